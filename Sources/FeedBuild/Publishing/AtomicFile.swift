import FeedSupport
import Foundation

/// Replaces a file so that a reader, or a crash, only ever sees the old
/// complete file or the new complete file. Every file is opened relative to
/// its folder's descriptor without following links (see `OutputFolder`),
/// and a replaced file keeps its mode (and, for root, its owner).
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
        try write(bytes, named: url.lastPathComponent, in: url.deletingLastPathComponent(), durable: durable)
    }

    /// The same for `name`, a path below the folder `root` whose subfolders
    /// (`feed/by_tag/`) are created as needed and never followed as links.
    static func write(_ bytes: [UInt8], named name: String, in root: URL, durable: Bool = true) throws(Diagnostic) -> Outcome {
        let url = root.appendingPathComponent(name)
        let location = SourceLocation(path: DisplayPath.of(url))
        let subfolder = (name as NSString).deletingLastPathComponent
        let fileName = (name as NSString).lastPathComponent
        let folder: Int32
        switch OutputFolder.open(root, subfolder: subfolder, create: true) {
        case .success(let descriptor): folder = descriptor
        case .failure(let failure): throw .error(SourceLocation(path: failure.path), failure.reason(.createFolder))
        }
        defer { close(folder) }

        var previous: stat?
        switch OutputFolder.read(fileName, in: folder, limit: bytes.count) {
        case .success(let existing):
            if existing.bytes == bytes { return .unchanged }
            previous = existing.status
        case .failure(let failure) where failure.code == ENOENT: break
        case .failure(let failure) where failure.code == EINVAL:
            throw .error(location, BuildReason.notARegularFile)
        case .failure(let failure): throw .error(location, failure.reason(.write))
        }

        let temporary = temporaryName(for: fileName)
        var descriptor = openat(folder, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        if descriptor < 0 && errno == EEXIST {
            // Left by a killed run whose process id this one has now.
            unlinkat(folder, temporary, 0)
            descriptor = openat(folder, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else { throw .error(location, BuildReason.failed(.write, code: errno)) }
        var failure = writeAll(bytes, to: descriptor)
        if failure == 0, let previous {
            // A 0444 or 0600 file stays so; only root can give a file back its owner.
            if fchmod(descriptor, previous.st_mode & 0o7777) != 0 { failure = errno }
            if geteuid() == 0 { _ = fchown(descriptor, previous.st_uid, previous.st_gid) }
        }
        if failure == 0, durable, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        if failure == 0, renameat(folder, temporary, folder, fileName) != 0 { failure = errno }
        if failure != 0 {
            unlinkat(folder, temporary, 0)
            throw .error(location, BuildReason.failed(.write, code: failure))
        }
        // Makes the rename durable.
        if durable { fsync(folder) }
        return .written
    }

    /// `.feedgen-tmp-<pid>-<name>`, or with a hash of the name when that would
    /// pass NAME_MAX: a 240-letter tag is a legal file name, its temporary one must be too.
    static func temporaryName(for name: String) -> String {
        let plain = "\(temporaryPrefix)\(getpid())-\(name)"
        guard plain.utf8.count > Int(NAME_MAX) else { return plain }
        var hash = StableHash()
        hash.add(name)
        return "\(temporaryPrefix)\(getpid())-\(hash.hex)"
    }

    /// 0, or the `errno` of the write that failed.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32 {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return 0
        }
    }

    /// Removes temporary files that a killed run left in `subfolder` of `root`.
    static func removeLeftovers(in root: URL, subfolder: String = "") {
        guard case .success(let folder) = OutputFolder.open(root, subfolder: subfolder, create: false) else { return }
        // fdopendir takes the descriptor over; closedir closes it.
        guard let directory = fdopendir(folder) else {
            close(folder)
            return
        }
        defer { closedir(directory) }
        var leftovers: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name.hasPrefix(temporaryPrefix) { leftovers.append(name) }
        }
        for name in leftovers { unlinkat(dirfd(directory), name, 0) }
    }
}
