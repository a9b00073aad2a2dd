/// The characters XML 1.0 allows (production [2] `Char`).
enum XMLCharacters {
    /// C0 controls other than tab, newline and carriage return, and the
    /// non-characters U+FFFE and U+FFFF. Swift strings never hold surrogates.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value != 0x9 && value != 0xA && value != 0xD }
        return value == 0xFFFE || value == 0xFFFF
    }
}
