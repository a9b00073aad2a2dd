import Foundation

/// A file's size and modification time: how the build cache tells that a
/// file changed without reading it.
struct FileStamp: Hashable, Sendable {
    var size: Int64
    /// Nanoseconds since 1970.
    var modified: Int64

    init(size: Int64, modified: Int64) {
        self.size = size
        self.modified = modified
    }

    init?(path: String) {
        guard let stamp = path.withCString({ FileStamp(relativePath: $0, in: AT_FDCWD) }) else { return nil }
        self = stamp
    }

    /// Stats a path relative to an open folder, which spares the kernel
    /// walking the folder's own path again for each of thousands of files.
    init?(relativePath: UnsafePointer<CChar>, in folder: Int32) {
        var status = stat()
        guard fstatat(folder, relativePath, &status, 0) == 0 else { return nil }
        size = Int64(status.st_size)
        modified = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
    }
}
