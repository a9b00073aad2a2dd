/// A place in an input file that a diagnostic is about.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var path: String
    /// 1-based; `nil` when the problem concerns the whole file.
    public var line: Int?
    public var column: Int?

    public init(path: String, line: Int? = nil, column: Int? = nil) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:column`, leaving out what is unknown, as compilers print it.
    public var description: String {
        var text = path
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }
}
