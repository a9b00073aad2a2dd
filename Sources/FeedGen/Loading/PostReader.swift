import Foundation

/// Reads post files from disk.
enum PostReader {
    /// The whole file.
    static func bytes(of path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// The file up to the end of its front matter's closing line, so that
    /// choosing posts never reads a body it does not need. A file without
    /// front matter gives its first line; an unclosed block, the whole file.
    static func frontMatterBytes(of path: String) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        // Most front matter fits in the first 4 KB: read it into a stack buffer
        // and copy out only what is needed, instead of a fresh heap buffer per post.
        let first = try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4096) { buffer -> [UInt8]? in
            let count = read(descriptor, buffer.baseAddress, buffer.count)
            guard count >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            let bytes = UnsafeBufferPointer(rebasing: buffer[..<count])
            if let end = frontMatterEnd(in: bytes, complete: count < buffer.count) { return Array(bytes[..<end]) }
            return count < buffer.count ? Array(bytes) : nil
        }
        if let first { return first }
        // A long front matter: read on, in growing chunks, from the start.
        guard lseek(descriptor, 0, SEEK_SET) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        var bytes: [UInt8] = []
        var chunk = 16 * 1024
        while true {
            let start = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: chunk))
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + start, chunk) }
            guard count >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            bytes.removeLast(chunk - count)
            if let end = bytes.withUnsafeBufferPointer({ frontMatterEnd(in: $0, complete: count == 0) }) { return Array(bytes[..<end]) }
            if count == 0 || bytes.count > PostText.maximumSize { return bytes }
            chunk = min(chunk * 4, 1 << 20)
        }
    }

    /// Index just past the front matter (or past the first line that is not
    /// blank when there is none), once enough bytes are there to tell.
    private static func frontMatterEnd(in bytes: UnsafeBufferPointer<UInt8>, complete: Bool) -> Int? {
        switch FrontMatterBlock.scan(bytes, complete: complete) {
        case .none(let decidedBy): decidedBy
        case .found(_, _, _, let end, _): end
        case .unclosed: bytes.count
        case .incomplete: nil
        }
    }
}
