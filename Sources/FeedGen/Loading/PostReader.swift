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
            var scanned = 0
            if let end = frontMatterEnd(in: bytes, from: &scanned) { return Array(bytes[..<end]) }
            return count < buffer.count ? Array(bytes) : nil
        }
        if let first { return first }
        // A long front matter: read on, in growing chunks, from the start.
        guard lseek(descriptor, 0, SEEK_SET) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        var bytes: [UInt8] = []
        var scanned = 0
        var chunk = 16 * 1024
        while true {
            let start = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: chunk))
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + start, chunk) }
            guard count >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            bytes.removeLast(chunk - count)
            if let end = bytes.withUnsafeBufferPointer({ frontMatterEnd(in: $0, from: &scanned) }) { return Array(bytes[..<end]) }
            if count == 0 || bytes.count > PostText.maximumSize { return bytes }
            chunk = min(chunk * 4, 1 << 20)
        }
    }

    /// Index just past the line that ends the front matter (or past the first
    /// line when there is none), once enough bytes are there to tell.
    /// `scanned` remembers how far complete lines were already looked at.
    private static func frontMatterEnd(in bytes: UnsafeBufferPointer<UInt8>, from scanned: inout Int) -> Int? {
        let newline = UInt8(ascii: "\n")
        guard let firstEnd = bytes.firstIndex(of: newline) else { return nil }
        let first = bytes[..<firstEnd]
        let opens = first.starts(with: [0xEF, 0xBB, 0xBF] + "---".utf8) || first.starts(with: "---".utf8)
        guard opens else { return firstEnd + 1 }
        var lineStart = max(scanned, firstEnd + 1)
        while let lineEnd = bytes[lineStart...].firstIndex(of: newline) {
            var line = bytes[lineStart..<lineEnd]
            while let last = line.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") || last == UInt8(ascii: "\r") {
                line = line.dropLast()
            }
            if line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8) { return lineEnd + 1 }
            lineStart = lineEnd + 1
        }
        scanned = lineStart
        return nil
    }
}
