import FeedSupport
import Foundation

/// Files written beside their targets first and put in place together, once
/// every one of them is known to be valid: the archive pages of a cold build
/// are too many to hold in memory until then. A staged file is a temporary
/// file (`AtomicFile.temporaryPrefix`, so a killed run's are removed by the
/// next); committing renames each over its target.
struct StagedFiles {
    let folder: URL
    private(set) var staged: [(temporary: URL, target: URL)] = []

    init(folder: URL) {
        self.folder = folder
    }

    /// Stages `bytes` for `name` below the folder (the caller has seen that the file holds others).
    mutating func stage(_ bytes: [UInt8], as name: String) throws(Diagnostic) {
        let target = folder.appendingPathComponent(name)
        let subfolder = (name as NSString).deletingLastPathComponent
        let temporaryName = (subfolder.isEmpty ? "" : subfolder + "/") + AtomicFile.temporaryName(for: "staged-" + target.lastPathComponent)
        // Not flushed here: `commit` flushes them, all at once when there are many.
        _ = try AtomicFile.write(bytes, named: temporaryName, in: folder, durable: false)
        let temporary = folder.appendingPathComponent(temporaryName)
        // A replaced page keeps its mode, as `AtomicFile` keeps a feed's.
        var previous = stat()
        if lstat(target.path, &previous) == 0, (previous.st_mode & S_IFMT) == S_IFREG {
            chmod(temporary.path, previous.st_mode & 0o7777)
        }
        staged.append((temporary, target))
    }

    /// Flushes every staged file to disk, then renames each over its target.
    mutating func commit() throws(Diagnostic) {
        guard !staged.isEmpty else { return }
        // A few files are flushed one by one; the thousands of a cold build of a large
        // archive at once, as one `sync` (glibc hides `syncfs` behind _GNU_SOURCE).
        if staged.count > 16 {
            sync()
        } else {
            for (temporary, _) in staged {
                let descriptor = open(temporary.path, O_RDONLY | O_CLOEXEC)
                guard descriptor >= 0 else { continue }
                fsync(descriptor)
                close(descriptor)
            }
        }
        var folders = Set<String>()
        for (temporary, target) in staged {
            guard rename(temporary.path, target.path) == 0 else {
                let failure = errno
                discard()
                throw .error(SourceLocation(path: DisplayPath.of(target)), BuildReason.failed(.write, code: failure))
            }
            folders.insert(target.deletingLastPathComponent().path)
        }
        staged = []
        // Makes the renames durable.
        for folder in folders {
            let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard descriptor >= 0 else { continue }
            fsync(descriptor)
            close(descriptor)
        }
    }

    /// Removes whatever is still staged.
    func discard() {
        for (temporary, _) in staged { unlink(temporary.path) }
    }
}
