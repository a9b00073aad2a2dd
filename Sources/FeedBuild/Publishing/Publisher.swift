import FeedSupport
import Foundation

/// Puts finished feed files into the output folder: created if missing,
/// locked for the duration of the build, each file replaced atomically.
struct Publisher {
    let folder: URL
    /// The folder's path with a slash: a build with archives stats every page
    /// file (15,000 at 100,000 posts), and a URL made per file cost more than the stat.
    private let folderPath: String

    init(folder: URL) {
        self.folder = folder
        let path = folder.path
        folderPath = path.hasSuffix("/") ? path : path + "/"
    }

    /// Creates the folder if needed and takes its lock.
    func lock(wait: Bool) throws -> BuildLock {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw Diagnostic.error(SourceLocation(path: DisplayPath.of(folder)), BuildReason.failedWithReason(.createOutputFolder, describe(error)))
        }
        return try BuildLock(folder: folder, wait: wait)
    }

    /// Removes what a killed run left in every folder the files are written
    /// to: the output folder and its subfolders (`feed/`, `feed/by_tag/`).
    func removeLeftovers(besides names: [String]) {
        for subfolder in Set([""] + names.map { ($0 as NSString).deletingLastPathComponent }) {
            AtomicFile.removeLeftovers(in: folder, subfolder: subfolder)
        }
    }

    func publish(_ bytes: [UInt8], as name: String) throws(Diagnostic) -> AtomicFile.Outcome {
        try AtomicFile.write(bytes, named: name, in: folder)
    }

    func stamp(of name: String) -> FileStamp? {
        FileStamp(path: folderPath + name)
    }

    func path(of name: String) -> String {
        DisplayPath.of(folder.appendingPathComponent(name))
    }
}
