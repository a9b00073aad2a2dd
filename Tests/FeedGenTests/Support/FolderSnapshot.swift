import Foundation

/// Every file below a folder, dot files included, with its bytes and its
/// modification time to the nanosecond: equal snapshots mean nothing was
/// written, created or removed.
struct FolderSnapshot: Equatable, CustomStringConvertible {
    struct File: Equatable {
        var bytes: Data
        var modified: Int64
    }

    /// Path below the folder → file; `nil` when the folder does not exist.
    var files: [String: File]?

    init(_ folder: URL) throws {
        guard FileManager.default.fileExists(atPath: folder.path) else { files = nil; return }
        var files: [String: File] = [:]
        let paths = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
        for path in paths {
            let url = folder.appendingPathComponent(path)
            var status = stat()
            guard stat(url.path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { continue }
            files[path] = File(bytes: try Data(contentsOf: url), modified: Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec))
        }
        self.files = files
    }

    /// The same without the lock file, whose content (the holder's process id) every build that takes it rewrites.
    var withoutLock: FolderSnapshot {
        var copy = self
        copy.files?[".feedgen.lock"] = nil
        return copy
    }

    var names: [String] { files?.keys.sorted() ?? [] }

    var description: String { files == nil ? "no folder" : names.joined(separator: ", ") }
}
