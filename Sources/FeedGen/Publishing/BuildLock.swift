import Foundation

/// One build at a time per output folder. An `flock` on a file in the
/// folder: the kernel releases it when its process dies, however it dies,
/// so a lock left by a dead process never blocks the next build.
public final class BuildLock {
    public static let fileName = ".feedgen.lock"

    /// Another build holds the lock.
    public struct Busy: Error, Equatable {
        public var lockPath: String
        /// The holder's process id, as it wrote it into the lock file.
        public var holder: Int32?
    }

    private let descriptor: Int32

    /// Takes the lock, waiting for it when `wait` is set, else failing at once with `Busy`.
    public init(folder: URL, wait: Bool) throws {
        let url = folder.appendingPathComponent(Self.fileName)
        descriptor = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw Diagnostic.error(SourceLocation(path: DisplayPath.of(url)), "cannot create the lock file: \(String(cString: strerror(errno)))")
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
