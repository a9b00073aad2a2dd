import Testing
import FeedGen
@testable import FeedValidation

/// What the uniqueness checks remember of each id: a hash beside the first line.
@Suite struct EntryIDsTests {
    @Test func anIDUsedAgainGivesTheFirstEntrysLine() {
        var ids = EntryIDs()
        #expect(ids.firstLine(of: "https://example.org/a/", usedAgainOn: 3) == nil)
        #expect(ids.firstLine(of: "https://example.org/b/", usedAgainOn: 4) == nil)
        #expect(ids.firstLine(of: "https://example.org/a/", usedAgainOn: 9) == 3)
        #expect(ids.firstLine(of: "https://example.org/a/", usedAgainOn: 12) == 3)
        #expect(ids.firstLine(of: "", usedAgainOn: 13) == nil)
        #expect(ids.firstLine(of: "", usedAgainOn: 14) == 13)
    }

    /// The table grows many times over; every id keeps its line, none is taken for another.
    @Test func twoHundredThousandIDsKeepTheirLines() {
        var ids = EntryIDs()
        for index in 0..<200_000 {
            #expect(ids.firstLine(of: "https://example.org/\(index)/", usedAgainOn: index + 70_000) == nil)
        }
        for index in stride(from: 0, to: 200_000, by: 97) {
            #expect(ids.firstLine(of: "https://example.org/\(index)/", usedAgainOn: 0) == index + 70_000)
        }
    }
}
