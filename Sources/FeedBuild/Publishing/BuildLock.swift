import FeedSupport
import Foundation

/// One build at a time per output folder. An `flock` on a file in the
/// folder: the kernel releases it when its process dies, however it dies,
/// so a lock left by a dead process never blocks the next build.
package final class BuildLock {
    package static let fileName = ".feedgen.lock"

    /// Another build holds the lock.
    package struct Busy: Error, Equatable {
        package var lockPath: String
        /// The holder's process id, as it wrote it into the lock file.
        package var holder: Int32?

        /// `path: another feedgen build … holds the lock; …`, the one line cron mails.
        package var diagnostic: Diagnostic {
            .error(SourceLocation(path: lockPath), BuildReason.busy(holder: holder))
        }
    }

    private let descriptor: Int32

    /// Takes the lock, waiting for it when `wait` is set, else failing at once with `Busy`.
    package init(folder: URL, wait: Bool) throws {
        let url = folder.appendingPathComponent(Self.fileName)
        let location = SourceLocation(path: DisplayPath.of(url))
        let folderDescriptor: Int32
        switch OutputFolder.open(folder, create: false) {
        case .success(let opened): folderDescriptor = opened
        case .failure(let failure): throw Diagnostic.error(location, failure.reason(.createLockFile))
        }
        // Never through a link planted in its place: that would truncate the link's target.
        descriptor = openat(folderDescriptor, Self.fileName, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o644)
        let code = errno
        close(folderDescriptor)
        guard descriptor >= 0 else {
            throw Diagnostic.error(location, BuildReason.refused(.createLockFile, code: code))
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            throw Diagnostic.error(location, BuildReason.lockFileNotRegular)
        }
        while flock(descriptor, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0 {
            if errno == EINTR { continue }
            let holder = Self.readPID(descriptor)
            close(descriptor)
            throw Busy(lockPath: DisplayPath.of(url), holder: holder)
        }
        ftruncate(descriptor, 0)
        let pid = "\(getpid())\n"
        _ = pid.withCString { pwrite(descriptor, $0, strlen($0), 0) }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    private static func readPID(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, 32, 0) }
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
