import Testing
import FeedGen
@testable import FeedValidation

/// The entries' first lines, kept as differences, tie libxml2's problems to entries.
@Suite struct EntryLinesTests {
    @Test func eachLineFallsToTheLastEntryStartingByIt() {
        var lines = EntryLines()
        for line in [3, 3, 5, 200, 70_000, 70_000, 5_000_000_000] { lines.append(line) }
        #expect(lines.lastEntries(startingBy: [1, 3, 4, 5, 199, 200, 69_999, 70_000, 4_999_999_999, 5_000_000_000, 6_000_000_000, 2])
            == [nil, 1, 1, 2, 2, 3, 3, 5, 5, 6, 6, nil])
        #expect(EntryLines().lastEntries(startingBy: [1, 10]) == [nil, nil])
    }
}
