import Foundation

/// A feed file read a chunk at a time, so that `feedgen validate` holds a
/// bounded part of it whatever its size. Anything but a regular file (a
/// pipe such as `<(curl …)`) is read whole when opened instead: validation
/// may have to read the bytes a second time.
package final class FeedInput {
    /// The first bytes, read when the file is opened: what the format is told from.
    package let head: [UInt8]
    /// Why reading failed, once it has.
    private(set) var readError: String?
    private let descriptor: Int32?
    /// The bytes when they are held in memory.
    private let bytes: [UInt8]
    private var offset = 0

    static let headSize = 1024 * 1024

    /// The file at `path`; `nil` when it cannot be opened or read.
    package init?(path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            close(descriptor)
            return nil
        }
        if (status.st_mode & S_IFMT) == S_IFREG {
            self.descriptor = descriptor
            bytes = []
            var head = [UInt8](repeating: 0, count: Self.headSize)
            var count = 0
            while count < head.count {
                let read = head.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress! + count, $0.count - count) }
                if read < 0 && errno == EINTR { continue }
                guard read > 0 else {
                    if read < 0 {
                        close(descriptor)
                        return nil
                    }
                    break
                }
                count += read
            }
            head.removeSubrange(count...)
            self.head = head
            guard lseek(descriptor, 0, SEEK_SET) == 0 else {
                close(descriptor)
                return nil
            }
        } else {
            defer { close(descriptor) }
            guard let data = try? FileHandle(fileDescriptor: descriptor, closeOnDealloc: false).readToEnd() else { return nil }
            self.descriptor = nil
            bytes = Array(data)
            head = Array(bytes.prefix(Self.headSize))
        }
    }

    /// Bytes already in memory.
    package init(bytes: [UInt8]) {
        descriptor = nil
        self.bytes = bytes
        head = Array(bytes.prefix(Self.headSize))
    }

    deinit {
        if let descriptor { close(descriptor) }
    }

    /// Fills `buffer` with the next bytes; 0 at the end, -1 when reading failed (`readError` says why).
    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        guard let descriptor else {
            let count = min(buffer.count, bytes.count - offset)
            bytes.withUnsafeBytes { buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[offset..<offset + count])) }
            offset += count
            return count
        }
        while true {
            let count = Foundation.read(descriptor, buffer.baseAddress, buffer.count)
            if count >= 0 { return count }
            if errno == EINTR { continue }
            readError = String(cString: strerror(errno))
            return -1
        }
    }

    /// Starts again at the first byte.
    func rewind() -> Bool {
        guard let descriptor else {
            offset = 0
            return true
        }
        return lseek(descriptor, 0, SEEK_SET) == 0
    }
}
