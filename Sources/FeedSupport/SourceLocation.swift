/// A place in an input file that a diagnostic is about.
package struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    package var path: String
    /// 1-based; `nil` when the problem concerns the whole file.
    package var line: Int?
    package var column: Int?

    package init(path: String, line: Int? = nil, column: Int? = nil) {
        self.path = path
        self.line = line
        self.column = column
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
