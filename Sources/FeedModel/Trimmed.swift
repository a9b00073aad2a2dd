extension String {
    /// Without white space at either end, as every layer reads a value written by hand.
    package var trimmed: String {
        // Most strings have nothing to trim, which their first and last bytes tell without Unicode's tables.
        if let first = utf8.first, let last = utf8.last, (0x21..<0x80).contains(first), (0x21..<0x80).contains(last) { return self }
        var slice = self[...]
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return String(slice)
    }
}
