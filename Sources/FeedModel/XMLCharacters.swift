/// The characters XML 1.0 allows (production [2] `Char`).
package enum XMLCharacters {
    /// C0 controls other than tab, newline and carriage return, and the
    /// non-characters U+FFFE and U+FFFF. Swift strings never hold surrogates.
    package static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value != 0x9 && value != 0xA && value != 0xD }
        return value == 0xFFFE || value == 0xFFFF
    }

    /// The same test on UTF-8: how many bytes the forbidden character
    /// starting at `index` takes, or `nil` when the character there is allowed.
    /// Inlinable: the posts' loader asks once per byte of every post.
    @inlinable package static func forbiddenLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let byte = bytes[index]
        if byte < 0x20 { return byte == 0x9 || byte == 0xA || byte == 0xD ? nil : 1 }
        // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
        guard byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE else { return nil }
        return 3
    }
}
