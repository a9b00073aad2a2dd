extension String {
    /// This string with some of its UTF-8 sequences replaced. `replacement`
    /// looks at the bytes at an index and says how many to replace and by
    /// what, or `nil` to keep that byte. The runs in between are copied in
    /// bulk: escaping character by character was most of a writer's time.
    /// Replacements must cover whole Unicode scalars, at least one byte.
    package func replacingUTF8(_ replacement: (UnsafeBufferPointer<UInt8>, Int) -> (count: Int, with: StaticString)?) -> String {
        var source = self
        return source.withUTF8 { bytes in
            var output: [UInt8] = []
            var runStart = 0
            var index = 0
            while index < bytes.count {
                guard let (count, text) = replacement(bytes, index) else {
                    index += 1
                    continue
                }
                precondition(count > 0, "a replacement must consume at least one byte")
                if output.isEmpty { output.reserveCapacity(bytes.count + bytes.count / 8) }
                output += UnsafeBufferPointer(rebasing: bytes[runStart..<index])
                output += UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
                index += count
                runStart = index
            }
            guard runStart > 0 else { return self }
            output += UnsafeBufferPointer(rebasing: bytes[runStart...])
            return String(decoding: output, as: UTF8.self)
        }
    }
}
