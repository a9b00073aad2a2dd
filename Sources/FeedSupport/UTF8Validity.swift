/// Whether bytes given a chunk at a time are UTF-8, as
/// `String(validating:as:)` says of them all at once. A chunk is checked up
/// to its last character that is whole; the bytes of one cut by the chunk's
/// end are checked with the next chunk.
package struct UTF8Validity {
    package private(set) var isValid = true
    private var cut: [UInt8] = []

    package mutating func check(_ chunk: ArraySlice<UInt8>) {
        guard isValid else { return }
        let bytes = cut + chunk
        var end = bytes.count
        // The start of the last character: a byte that is not 10xxxxxx, at most 3 back.
        var start = bytes.count - 1
        while start >= 0, bytes.count - start <= 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        if start >= 0, bytes.count - start <= 4, bytes.count - start < Self.length(startingWith: bytes[start]) { end = start }
        isValid = String(validating: bytes[..<end], as: UTF8.self) != nil
        cut = Array(bytes[end...])
    }

    /// The end of the bytes: a character cut there is not UTF-8.
    package mutating func finish() {
        if !cut.isEmpty { isValid = false }
        cut = []
    }

    /// How many bytes a character with this first byte has (1 for a byte that starts none).
    private static func length(startingWith byte: UInt8) -> Int {
        switch byte {
        case 0xC0...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF7: 4
        default: 1
        }
    }
}
