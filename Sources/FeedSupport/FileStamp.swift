import Foundation

/// A file's size, modification time and status-change time: how the build
/// cache tells that a file changed without reading it. The change time moves
/// on every write, rename or `chmod`, even when an edit keeps the size and
/// puts the modification time back (`touch -r`, `rsync -t`).
package struct FileStamp: Hashable, Sendable {
    package var size: Int64
    /// Nanoseconds since 1970.
    package var modified: Int64
    /// Nanoseconds since 1970.
    package var changed: Int64

    package init(size: Int64, modified: Int64, changed: Int64) {
        self.size = size
        self.modified = modified
        self.changed = changed
    }

    package init?(path: String) {
        guard let stamp = path.withCString({ FileStamp(relativePath: $0, in: AT_FDCWD) }) else { return nil }
        self = stamp
    }

    /// Stats a path relative to an open folder, which spares the kernel
    /// walking the folder's own path again for each of thousands of files.
    package init?(relativePath: UnsafePointer<CChar>, in folder: Int32) {
        var status = stat()
        guard fstatat(folder, relativePath, &status, 0) == 0 else { return nil }
        size = Int64(status.st_size)
        modified = Self.nanoseconds(status.st_mtim)
        changed = Self.nanoseconds(status.st_ctim)
    }

    /// Now, in the nanoseconds since 1970 that file times use.
    package static var now: Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return nanoseconds(time)
    }

    private static func nanoseconds(_ time: timespec) -> Int64 {
        Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}
