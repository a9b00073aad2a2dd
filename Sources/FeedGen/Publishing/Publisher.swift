import Foundation

/// Puts finished feed files into the output folder: created if missing,
/// locked for the duration of the build, each file replaced atomically.
struct Publisher {
    let folder: URL

    /// Creates the folder if needed, takes its lock and clears what a killed run left.
    func lock(wait: Bool) throws -> BuildLock {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw Diagnostic.error(SourceLocation(path: DisplayPath.of(folder)), "cannot create the output folder: \(ConfigLoader.describe(error))")
        }
        let lock = try BuildLock(folder: folder, wait: wait)
        AtomicFile.removeLeftovers(in: folder)
        return lock
    }

    /// Removes what a killed run left beside the files in subfolders (`feed/`).
    func removeLeftovers(besides names: [String]) {
        for subfolder in Set(names.map { ($0 as NSString).deletingLastPathComponent }) where !subfolder.isEmpty {
            AtomicFile.removeLeftovers(in: folder.appendingPathComponent(subfolder))
        }
    }

    func publish(_ bytes: [UInt8], as name: String) throws(Diagnostic) -> AtomicFile.Outcome {
        if let delay = ProcessInfo.processInfo.environment["FEEDGEN_TEST_PUBLISH_DELAY"].flatMap(Double.init) {
            // Lets tests kill a build in the middle of publishing.
            Thread.sleep(forTimeInterval: delay)
        }
        return try AtomicFile.write(bytes, to: folder.appendingPathComponent(name))
    }

    func finish() {
        AtomicFile.syncFolder(folder)
    }

    func stamp(of name: String) -> FileStamp? {
        FileStamp(path: folder.appendingPathComponent(name).path)
    }

    func stamps(of names: [String]) -> [String: FileStamp] {
        Dictionary(uniqueKeysWithValues: names.compactMap { name in stamp(of: name).map { (name, $0) } })
    }

    func path(of name: String) -> String {
        DisplayPath.of(folder.appendingPathComponent(name))
    }
}
