import Foundation

/// Replaces a file so that a reader, or a crash, only ever sees the old
/// complete file or the new complete file.
enum AtomicFile {
    /// Temporary files start with this, so that the next run can remove
    /// the ones a killed run left behind.
    static let temporaryPrefix = ".feedgen-tmp-"

    enum Outcome: Equatable {
        case written
        case unchanged
    }

    /// Writes `bytes` to a temporary file in the same folder, flushes it to
    /// disk unless it need not be `durable`, and renames it over `url`; does
    /// nothing when the bytes are the same.
    static func write(_ bytes: [UInt8], to url: URL, durable: Bool = true) throws(Diagnostic) -> Outcome {
        if let existing = FileManager.default.contents(atPath: url.path), existing.elementsEqual(bytes) {
            return .unchanged
        }
        let folder = url.deletingLastPathComponent()
        // Category and tag feeds live in subfolders (feed/, feed/by_tag/).
        if !FileManager.default.fileExists(atPath: folder.path) {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw .error(SourceLocation(path: DisplayPath.of(folder)), "cannot create the folder: \(describe(error))")
            }
        }
        let temporary = folder.appendingPathComponent("\(temporaryPrefix)\(getpid())-\(url.lastPathComponent)")
        let location = SourceLocation(path: DisplayPath.of(url))
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .error(location, "cannot write: \(String(cString: strerror(errno)))") }
        var failure: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure == 0, durable, fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        if failure == 0, rename(temporary.path, url.path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary.path)
            throw .error(location, "cannot write: \(String(cString: strerror(failure)))")
        }
        if durable { syncFolder(folder) }
        return .written
    }

    /// Makes a rename in `folder` durable.
    private static func syncFolder(_ folder: URL) {
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// Removes temporary files that a killed run left in `folder`.
    static func removeLeftovers(in folder: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix(temporaryPrefix) {
            unlink(folder.appendingPathComponent(name).path)
        }
    }
}
