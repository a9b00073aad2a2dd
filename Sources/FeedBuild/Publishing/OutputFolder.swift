import FeedSupport
import Foundation

/// The output folder as feedgen writes into it: every file and subfolder
/// opened relative to the folder's descriptor with `O_NOFOLLOW`, so that a
/// symbolic link planted there (`feeds/.feedgen.lock -> /etc/passwd`,
/// `feeds/feed -> /`) is never followed. The output folder itself may be a
/// link: the config names it.
enum OutputFolder {
    /// Opens the folder `subfolder` (slash-separated, may be empty) below
    /// `root`, creating the missing folders when `create` is set. Returns the
    /// descriptor, or the `errno` and the path of the folder that failed.
    static func open(_ root: URL, subfolder: String = "", create: Bool) -> Result<Int32, Failure> {
        var descriptor = Foundation.open(root.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if descriptor < 0 && errno == ENOENT && create {
            do {
                try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            } catch {
                return .failure(Failure(path: DisplayPath.of(root), code: (error as? CocoaError).flatMap { ($0.userInfo[NSUnderlyingErrorKey] as? POSIXError)?.code.rawValue } ?? EIO))
            }
            descriptor = Foundation.open(root.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        }
        guard descriptor >= 0 else { return .failure(Failure(path: DisplayPath.of(root), code: errno)) }
        var walked = root
        for component in subfolder.split(separator: "/").map(String.init) {
            walked.appendPathComponent(component)
            var next = openat(descriptor, component, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if next < 0 && errno == ENOENT && create {
                if mkdirat(descriptor, component, 0o755) != 0 && errno != EEXIST {
                    let code = errno
                    close(descriptor)
                    return .failure(Failure(path: DisplayPath.of(walked), code: code))
                }
                next = openat(descriptor, component, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            }
            let code = errno
            close(descriptor)
            // ELOOP, or ENOTDIR for a link on some systems: a link where a folder should be.
            guard next >= 0 else { return .failure(Failure(path: DisplayPath.of(walked), code: code == ENOTDIR && isLink(walked) ? ELOOP : code)) }
            descriptor = next
        }
        return .success(descriptor)
    }

    struct Failure: Error {
        var path: String
        var code: Int32

        /// Why `action` failed, with a link said plainly.
        func reason(_ action: BuildReason.FileAction) -> BuildReason {
            .refused(action, code: code)
        }
    }

    /// The bytes of the regular file `name` in the open `folder`, read
    /// without following a link, at most `limit` of them (`nil` past it),
    /// and its status; `.failure(ENOENT)` when there is none.
    static func read(_ name: String, in folder: Int32, limit: Int = .max) -> Result<(bytes: [UInt8]?, status: stat), Failure> {
        let descriptor = openat(folder, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(Failure(path: name, code: errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(Failure(path: name, code: errno)) }
        guard status.st_mode & S_IFMT == S_IFREG else { return .failure(Failure(path: name, code: EINVAL)) }
        guard status.st_size <= limit else { return .success((nil, status)) }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size) + 1)
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(Failure(path: name, code: errno))
            }
            if count == 0 { break }
            filled += count
        }
        guard filled <= limit else { return .success((nil, status)) }
        bytes.removeLast(bytes.count - filled)
        return .success((bytes, status))
    }

    private static func isLink(_ url: URL) -> Bool {
        var status = stat()
        return lstat(url.path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
    }
}
