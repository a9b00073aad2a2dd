import Foundation

extension Process {
    /// `waitUntilExit()`, without Foundation's own exit detection: on Linux it
    /// watches a socket the child inherits (swift-corelibs-foundation #4795), and
    /// when another process holds that socket too (a child started at the same moment
    /// by a test running in parallel) it misses the exit and waits forever on a
    /// zombie, as a suite run once did. The child is reaped here instead.
    /// Returns what `terminationStatus` would: the exit status, or the signal's number.
    @discardableResult func waitForExit() -> Int32 {
        let pid = processIdentifier
        var status: Int32 = 0
        while true {
            let reaped = waitpid(pid, &status, 0)
            if reaped == pid {
                let result = status & 0x7f == 0 ? (status >> 8) & 0xff : status & 0x7f
                ReapedChildren.lock.withLock { ReapedChildren.statuses[pid] = result }
                return result
            }
            if reaped == -1 && errno == EINTR { continue }
            // Reaped before: by an earlier call here, or by Foundation, which then knows the status.
            if let known = ReapedChildren.lock.withLock({ ReapedChildren.statuses[pid] }) { return known }
            while isRunning { usleep(10_000) }
            return terminationStatus
        }
    }
}

/// The exit statuses of the children `waitForExit` reaped, by process id.
private enum ReapedChildren {
    static let lock = NSLock()
    nonisolated(unsafe) static var statuses: [Int32: Int32] = [:]
}
