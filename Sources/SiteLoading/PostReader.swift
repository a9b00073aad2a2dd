import Foundation

/// Reads post files from disk: only regular files inside the site, never
/// more than a post may hold, and never blocking on a FIFO or a device.
enum PostReader {
    /// The whole file.
    static func bytes(of path: String, within boundary: SiteBoundary) throws(PostReadError) -> [UInt8] {
        let (descriptor, size) = try open(path, within: boundary)
        defer { close(descriptor) }
        // At most one byte more than the limit: a file that grew since `fstat` shows it.
        let capacity = Int(min(size, Int64(PostText.maximumSize))) + 1
        var bytes = [UInt8](repeating: 0, count: capacity)
        var filled = 0
        while filled < capacity {
            let count = bytes.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress! + filled, capacity - filled) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .system(errno)
            }
            if count == 0 { break }
            filled += count
        }
        guard filled <= PostText.maximumSize else { throw .tooLarge(nil) }
        bytes.removeLast(capacity - filled)
        return bytes
    }

    /// Opens a post for reading, after checking what it is: a regular file
    /// (checked on the open descriptor, which `O_NONBLOCK` keeps a FIFO from
    /// blocking) no larger than the limit, and, when it is a symbolic link,
    /// one whose target is inside the site. Returns the descriptor and the size.
    private static func open(_ path: String, within boundary: SiteBoundary) throws(PostReadError) -> (Int32, Int64) {
        let descriptor = try openUnchecked(path, within: boundary)
        do {
            return (descriptor, try checkedSize(of: descriptor))
        } catch {
            close(descriptor)
            throw error
        }
    }

    /// Opens a post, following a link only into the site, without asking what it is.
    private static func openUnchecked(_ path: String, within boundary: SiteBoundary) throws(PostReadError) -> Int32 {
        let flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY
        var descriptor = Foundation.open(path, flags | O_NOFOLLOW)
        if descriptor < 0 && errno == ELOOP {
            // The post itself is a link (the folders on its way were checked by the scan).
            guard let real = SiteBoundary.realPath(path) else { throw .system(errno) }
            guard boundary.contains(real) else { throw .outsideSite(target: real) }
            descriptor = Foundation.open(path, flags)
        }
        guard descriptor >= 0 else { throw .system(errno) }
        return descriptor
    }

    /// The size of an open post, or why it is not one: not a regular file, or too large.
    private static func checkedSize(of descriptor: Int32) throws(PostReadError) -> Int64 {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .system(errno) }
        if let kind = PostReadError.kind(ofMode: status.st_mode) ?? (status.st_mode & S_IFMT == S_IFDIR ? "a folder" : nil) {
            throw .notRegular(kind)
        }
        guard status.st_size <= PostText.maximumSize else { throw .tooLarge(Int64(status.st_size)) }
        return Int64(status.st_size)
    }

    /// The file up to the end of its front matter's closing line, so that
    /// choosing posts never reads a body it does not need. A file without
    /// front matter gives its first line; an unclosed block, the whole file.
    static func frontMatterBytes(of path: String, within boundary: SiteBoundary, rule: FrontMatterBlock.Rule = .hugo) throws(PostReadError) -> [UInt8] {
        // Every post's front matter is read on every cold build: the scan already
        // knew each entry's type from its folder listing, so the descriptor is
        // only `fstat`ed when the first read says more (a FIFO swapped in since
        // gives EAGAIN; a long front matter, a device or a huge file fill the buffer).
        let descriptor = try openUnchecked(path, within: boundary)
        defer { close(descriptor) }
        // Most front matter fits in the first 4 KB: read it into a stack buffer
        // and copy out only what is needed, instead of a fresh heap buffer per post.
        let first = try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4096) { buffer throws(PostReadError) -> [UInt8]? in
            let count = read(descriptor, buffer.baseAddress, buffer.count)
            if count < 0 {
                let code = errno
                if code == EAGAIN || code == EWOULDBLOCK { _ = try checkedSize(of: descriptor) }
                throw PostReadError.system(code)
            }
            let bytes = UnsafeBufferPointer(rebasing: buffer[..<count])
            if let end = frontMatterEnd(in: bytes, complete: count < buffer.count, rule: rule) { return Array(bytes[..<end]) }
            return count < buffer.count ? Array(bytes) : nil
        }
        if let first { return first }
        _ = try checkedSize(of: descriptor)
        // A long front matter: read on, in growing chunks, from the start.
        guard lseek(descriptor, 0, SEEK_SET) == 0 else { throw PostReadError.system(errno) }
        var bytes: [UInt8] = []
        var chunk = 16 * 1024
        while true {
            let start = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: chunk))
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + start, chunk) }
            guard count >= 0 else { throw PostReadError.system(errno) }
            bytes.removeLast(chunk - count)
            if let end = bytes.withUnsafeBufferPointer({ frontMatterEnd(in: $0, complete: count == 0, rule: rule) }) { return Array(bytes[..<end]) }
            if count == 0 { return bytes }
            if bytes.count > PostText.maximumSize { throw PostReadError.tooLarge(nil) }
            chunk = min(chunk * 4, 1 << 20)
        }
    }

    /// Index just past the front matter (or past the first line that is not
    /// blank when there is none), once enough bytes are there to tell.
    private static func frontMatterEnd(in bytes: UnsafeBufferPointer<UInt8>, complete: Bool, rule: FrontMatterBlock.Rule) -> Int? {
        switch FrontMatterBlock.scan(bytes, complete: complete, rule: rule) {
        case .none(let decidedBy): decidedBy
        case .found(_, _, _, let end, _): end
        case .unclosed: bytes.count
        case .incomplete: nil
        }
    }
}
