/// A place in an input file that a diagnostic is about.
package struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    package var path: String
    /// 1-based; `nil` when the problem concerns the whole file.
    package var line: Int?
    package var column: Int?
    /// In a feed, the entry (item) the place is inside, 0 for the first: the
    /// build names that entry and the post it came from. Never printed.
    package var entryIndex: Int?

    package init(path: String, line: Int? = nil, column: Int? = nil) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// A place in a text whose file is not known where the problem is found
    /// (a feed checked in memory, JSON parsed from bytes): the caller that
    /// knows the file gives its path (`Diagnostic.inFile`).
    package init(line: Int, column: Int? = nil, entryIndex: Int? = nil) {
        self.path = ""
        self.line = line
        self.column = column
        self.entryIndex = entryIndex
    }

    /// `path:line:column`, leaving out what is unknown, as compilers print it.
    package var description: String {
        var text = path
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }
}
