import FeedSupport
import Foundation

/// Reading and removing one named file of the output folder, through the
/// folder's descriptors as everything feedgen does there: no link followed.
extension OutputFolder {
    /// What is at `name` below `root`.
    enum Existing {
        case none
        case file([UInt8])
        /// A link, a folder, or a file that cannot be read: publishing there fails and says why.
        case unreadable
    }

    static func existing(_ name: String, in root: URL) -> Existing {
        switch open(root, subfolder: (name as NSString).deletingLastPathComponent, create: false) {
        case .failure(let failure): return failure.code == ENOENT ? .none : .unreadable
        case .success(let folder):
            defer { close(folder) }
            switch read((name as NSString).lastPathComponent, in: folder) {
            case .success(let found): return found.bytes.map(Existing.file) ?? .unreadable
            case .failure(let failure): return failure.code == ENOENT ? .none : .unreadable
            }
        }
    }

    /// The bytes at `name`, when it is a regular file.
    static func bytes(_ name: String, in root: URL) -> [UInt8]? {
        if case .file(let bytes) = existing(name, in: root) { return bytes }
        return nil
    }

    /// Removes the file `name` below `root` (an unlink: atomic); a file already gone is fine.
    static func remove(_ name: String, in root: URL) throws(Diagnostic) {
        let location = SourceLocation(path: DisplayPath.of(root.appendingPathComponent(name)))
        switch open(root, subfolder: (name as NSString).deletingLastPathComponent, create: false) {
        case .failure(let failure):
            guard failure.code == ENOENT else { throw .error(location, failure.reason(.remove)) }
        case .success(let folder):
            defer { close(folder) }
            if unlinkat(folder, (name as NSString).lastPathComponent, 0) != 0 && errno != ENOENT {
                throw .error(location, BuildReason.failed(.remove, code: errno))
            }
        }
    }
}
