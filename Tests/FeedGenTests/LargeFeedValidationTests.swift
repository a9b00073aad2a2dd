import Foundation
import Testing
import FeedGen
@testable import FeedValidation
@testable import SiteLoading

/// `feedgen validate` on feeds with more entries than one RELAX NG batch
/// (issue 14, case 12): read a chunk at a time with entries forgotten once
/// checked, yet the same problems, at the same lines, as one tree. Memory
/// and time are measured by bench/validate-large, not here.
@Suite struct LargeFeedValidationTests {
    static let atomHead = #"<?xml version="1.0" encoding="utf-8"?>"# + "\n"
        + #"<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>https://example.org/</id><updated>2024-01-01T00:00:00Z</updated><author><name>A</name></author><link href="https://example.org/"/>"# + "\n"

    /// An Atom feed whose entries are one a line from line 3, `inside(index)` added to each.
    static func atom(head: String = atomHead, entries count: Int, inside: (Int) -> String = { _ in "" }, tail: String = "") -> String {
        var lines = [head]
        for index in 0..<count {
            lines.append("<entry><title>Post \(index)</title><id>https://example.org/\(index)/</id><link href=\"https://example.org/\(index)/\"/><updated>2024-01-01T00:00:00Z</updated>\(inside(index))</entry>\n")
        }
        lines.append(tail + "</feed>\n")
        return lines.joined()
    }

    /// `feedgen validate` run on a file of that name and text.
    static func validate(_ name: String, _ text: String) throws -> FeedgenProcess.Result {
        let site = try TemporarySite()
        try site.write(name, text)
        return try FeedgenProcess.run(["validate", name], in: site.root)
    }

    @Test func problemInTheThirdBatchIsFoundAtItsLine() throws {
        let feed = Self.atom(entries: 1_000, inside: { $0 == 700 ? "<bogus/>" : "" }, tail: "<subtitle>after the entries</subtitle>")
        let site = try TemporarySite()
        try site.write("big.xml", feed)
        let result = try FeedgenProcess.run(["validate", "big.xml"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stdout == "big.xml:703: Element entry has extra content: bogus\nbig.xml: invalid Atom (1 problem)\n")
        try site.write("good.xml", feed.replacingOccurrences(of: "<bogus/>", with: ""))
        let good = try FeedgenProcess.run(["validate", "good.xml"], in: site.root)
        #expect(good.status == 0)
        #expect(good.stdout == "good.xml: valid Atom\n")
    }

    /// 300,000 items (36 MB): lines past 65,535, which libxml2 keeps as
    /// 65,535 in its tree, are the exact ones, for the schema and the checks.
    @Test func problemsNearTheEndOfThreeHundredThousandItemsAtTheirLines() throws {
        var lines = [#"<?xml version="1.0" encoding="utf-8"?>"# + "\n<rss version=\"2.0\"><channel><title>T</title><link>https://example.org/</link><description>D</description>\n"]
        for index in 0..<300_000 {
            let extra = index == 299_000 ? "<bogus/>" : ""
            let guid = index == 299_500 ? 10 : index
            lines.append("<item><title>Item \(index)</title><link>https://example.org/\(index)/</link><guid>https://example.org/\(guid)/</guid>\(extra)</item>\n")
        }
        lines.append("</channel></rss>\n")
        let result = try Self.validate("big.xml", lines.joined())
        #expect(result.status == 1)
        #expect(result.stdout == """
            big.xml:299003: Element item has extra content: bogus
            big.xml:299503: guid "https://example.org/10/" is also used by the item on line 13
            big.xml: invalid RSS (2 problems)

            """)
    }

    /// The same for JSON Feed: items read one by one, the exact lines and columns.
    @Test func jsonProblemsNearTheEndOfThreeHundredThousandItemsAtTheirLines() throws {
        var lines = ["{\n  \"version\": \"https://jsonfeed.org/version/1.1\",\n  \"title\": \"T\",\n  \"items\": [\n"]
        for index in 0..<300_000 {
            let url = index == 299_000 ? "relative/" : "https://example.org/\(index)/"
            let id = index == 299_500 ? 10 : index
            lines.append("    {\"id\": \"https://example.org/\(id)/\", \"url\": \"\(url)\", \"content_html\": \"<p>Item \(index)</p>\"}\(index < 299_999 ? "," : "")\n")
        }
        lines.append("  ]\n}\n")
        let result = try Self.validate("big.json", lines.joined())
        #expect(result.status == 1)
        #expect(result.stdout == """
            big.json:299005:50: "url" "relative/" is not an absolute http(s) URL
            big.json:299505:12: item id "https://example.org/10/" is also used by the item on line 15
            big.json: invalid JSON Feed (2 problems)

            """)
    }

    /// Of two "items", the last is the feed's (as JSONValue reads a repeated
    /// key), also when the first was checked as it was read.
    @Test func theLastItemsOfAJSONFeedAreItsItems() {
        let feed = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "T",
             "items": [{"id": "a", "url": "/a"}],
             "items": [{"id": "b", "content_text": "b", "url": "/b"}, {"id": "b", "content_text": "c"}]}
            """
        #expect(FeedValidator.problemsBothWays(feed, as: .json) == [
            Diagnostic(line: 3, column: 11, message: "\"items\" appears twice in the feed"),
            Diagnostic(line: 3, column: 52, message: "\"url\" \"/b\" is not an absolute http(s) URL", entryIndex: 0),
            Diagnostic(line: 3, column: 66, message: "item id \"b\" is also used by the item on line 3", entryIndex: 1),
        ])
        #expect(FeedValidator.problemsBothWays(feed.replacingOccurrences(of: #""items": [{"id": "b""#, with: #""items": 7, "x": [{"id": "b""#), as: .json).first
            == Diagnostic(line: 3, column: 11, message: "\"items\" appears twice in the feed"))
    }

    /// A required element after the entries (the feed's id) counts for every
    /// batch: the entries read before it are validated again beside it.
    @Test func anElementAfterTheEntriesIsBesideEveryBatch() {
        let head = Self.atomHead.replacingOccurrences(of: "<id>https://example.org/</id>", with: "")
        for count in [257, 600] {
            #expect(FeedValidator.problemsBothWays(Self.atom(head: head, entries: count, tail: "<id>https://example.org/</id>"), as: .atom) == [])
        }
        // Up to one batch the document is validated whole, in its order, and
        // libxml2's interleave then wants the feed's id before the entries
        // (in batches the entries come after the feed's other elements).
        #expect(FeedValidator.problemsBothWays(Self.atom(head: head, entries: 256, tail: "<id>https://example.org/</id>"), as: .atom) == [
            Diagnostic(line: 2, message: "Expecting an element id, got nothing"),
        ])
        let lateHead = Self.atomHead.replacingOccurrences(of: "<updated>2024-01-01T00:00:00Z</updated>", with: "")
        let late = Self.atom(head: lateHead, entries: 600, tail: "<rights>r</rights><updated>yesterday</updated><logo>logo.png</logo>\n")
        #expect(FeedValidator.problemsBothWays(late, as: .atom) == [
            Diagnostic(line: 603, message: "Type dateTime doesn't allow value 'yesterday'", entryIndex: 599),
            Diagnostic(line: 603, message: "<updated> \"yesterday\" is not an RFC 3339 date such as 2024-05-01T10:00:00Z"),
            Diagnostic(line: 603, message: "logo \"logo.png\" is not an absolute http(s) URL"),
        ])
    }

    /// RFC 4287's author rule waits for the feed's author, which may follow its entries.
    @Test func theFeedsAuthorAfterItsEntriesCoversThem() {
        let head = Self.atomHead.replacingOccurrences(of: "<author><name>A</name></author>", with: "")
        #expect(FeedValidator.problemsBothWays(Self.atom(head: head, entries: 300, tail: "<author><name>A</name></author>"), as: .atom) == [])
        #expect(FeedValidator.problemsBothWays(Self.atom(head: head, entries: 300), as: .atom) == [
            Diagnostic(line: 3, message: "the feed has no author, so every entry needs one (RFC 4287 section 4.1.1)", entryIndex: 0),
        ])
    }

    /// A document that is not well-formed near its end has only that
    /// problem, none of its entries' (which were already checked and forgotten).
    @Test func aFeedBrokenAfterItsEntriesHasOnlyTheParseError() {
        let feed = Self.atom(entries: 1_000, inside: { _ in "<link rel=\"related\" href=\"/relative/\"/>" }, tail: "<subtitle>Fish & chips</subtitle>")
        #expect(FeedValidator.problemsBothWays(feed, as: .atom) == [Diagnostic(line: 1003, column: 17, message: "xmlParseEntityRef: no name")])
    }

    /// A root the schema does not read (Atom 0.3's, an RSS file read as
    /// Atom) is refused alone, as when read whole; its children are freed as read.
    @Test func aForeignRootIsRefusedAlone() {
        let old = Self.atom(entries: 1_000, inside: { $0 == 500 ? "<bogus/>" : "" }).replacingOccurrences(of: "http://www.w3.org/2005/Atom", with: "http://purl.org/atom/ns#")
        #expect(FeedValidator.problemsBothWays(old, as: .atom) == [
            Diagnostic(line: 2, message: "Did not expect element feed there"),
            Diagnostic(line: 2, message: "the root element is <feed>, not an Atom <feed>"),
        ])
        #expect(FeedValidator.problemsBothWays(Self.atom(entries: 1_000), as: .rss) == [
            Diagnostic(line: 2, message: "Expecting element rss, got feed"),
            Diagnostic(line: 2, message: "the root element is <feed>, not an RSS <rss>"),
        ])
        #expect(FeedValidator.problemsBothWays(old + "<x>&bad;</x>", as: .atom) == [Diagnostic(line: 1004, column: 1, message: "Extra content at the end of the document")])
    }

    /// A DOCTYPE past the first 64 KB (which are searched before parsing)
    /// still stops parsing before its entities are read.
    @Test func aDoctypeAfterALongCommentIsRefused() {
        let feed = #"<?xml version="1.0"?>"# + "\n<!-- " + String(repeating: "c", count: 100_000) + " -->\n"
            + "<!DOCTYPE feed [\n <!ENTITY a \"aaaaaaaaaa\">\n <!ENTITY f SYSTEM \"file:///etc/passwd\">\n]>\n"
            + Self.atom(entries: 2).split(separator: "\n", maxSplits: 1)[1]
        #expect(FeedValidator.problemsBothWays(feed, as: .atom) == [
            Diagnostic(line: 3, message: "a DOCTYPE declaration is not allowed in a feed; its entities could expand without bound or fetch other files"),
        ])
    }
}
