/// A problem found in a feed document, located in that document and, when
/// it is inside an entry, tied to that entry.
public struct FeedProblem: Equatable, Sendable {
    public var line: Int
    public var column: Int?
    public var message: String
    /// Position of the entry (item) among the feed's entries, 0 for the first.
    public var entryIndex: Int?

    public init(line: Int, column: Int? = nil, message: String, entryIndex: Int? = nil) {
        self.line = line
        self.column = column
        self.message = message
        self.entryIndex = entryIndex
    }
}
