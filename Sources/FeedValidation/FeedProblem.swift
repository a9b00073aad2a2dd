/// A problem found in a feed document, located in that document and, when
/// it is inside an entry, tied to that entry.
package struct FeedProblem: Equatable, Sendable {
    package var line: Int
    package var column: Int?
    package var message: String
    /// Position of the entry (item) among the feed's entries, 0 for the first.
    package var entryIndex: Int?

    package init(line: Int, column: Int? = nil, message: String, entryIndex: Int? = nil) {
        self.line = line
        self.column = column
        self.message = message
        self.entryIndex = entryIndex
    }
}
