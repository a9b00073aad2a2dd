import Foundation
import Testing
import FeedGen
@testable import FeedValidation

/// RFC 5005's rules, as the W3C feed validator checks them, in each format:
/// one fault per document, the exact problem reported.
@Suite struct FeedHistoryValidationTests {
    static func atom(_ history: String) -> String {
        """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xmlns:fh="http://purl.org/syndication/history/1.0">
          <title>T</title>
          <link rel="self" href="https://example.org/feeds/archive/2.xml"/>
        \(history)
          <id>https://example.org/feeds/atom.xml</id>
          <updated>2024-05-01T10:00:00Z</updated>
          <author><name>A</name></author>
        </feed>

        """
    }

    static func rss(_ history: String) -> String {
        """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:fh="http://purl.org/syndication/history/1.0">
          <channel>
            <title>T</title>
            <link>https://example.org/</link>
            <description>D</description>
            <atom:link rel="self" href="https://example.org/feeds/archive/2.rss"/>
        \(history)
          </channel>
        </rss>

        """
    }

    static func problems(_ text: String, as format: FeedFormat) -> [String] {
        FeedValidator.problemsBothWays(text, as: format).map { "\($0.location.line ?? 0):\($0.location.column.map(String.init) ?? ""): \($0.message)" }
    }

    @Test func aValidArchivePageHasNoProblem() {
        #expect(Self.problems(Self.atom("""
              <link rel="current" href="https://example.org/feeds/atom.xml"/>
              <link rel="prev-archive" href="https://example.org/feeds/archive/1.xml"/>
              <link rel="next-archive" href="https://example.org/feeds/archive/3.xml"/>
              <fh:archive/>
            """), as: .atom) == [])
        #expect(Self.problems(Self.rss("""
              <atom:link rel="current" href="https://example.org/feeds/rss.xml"/>
              <fh:archive/>
            """), as: .rss) == [])
    }

    @Test func anArchiveWithoutCurrent() {
        #expect(Self.problems(Self.atom("  <fh:archive/>"), as: .atom)
            == [#"5:: an archive document needs a link rel="current" to its subscription feed (RFC 5005 section 4)"#])
        #expect(Self.problems(Self.rss("  <fh:archive/>"), as: .rss)
            == [#"8:: an archive document needs a link rel="current" to its subscription feed (RFC 5005 section 4)"#])
    }

    @Test func fhArchiveInACompleteFeed() {
        #expect(Self.problems(Self.atom("""
              <link rel="current" href="https://example.org/feeds/atom.xml"/>
              <fh:archive/>
              <fh:complete/>
            """), as: .atom)
            == ["7:: fh:archive in a complete feed: a document is either complete (RFC 5005 section 2) or an archive document (section 4)"])
    }

    @Test func aCompleteFeedLinksToNoArchive() {
        #expect(Self.problems(Self.rss("""
              <atom:link rel="prev-archive" href="https://example.org/feeds/archive/1.rss"/>
              <fh:complete/>
            """), as: .rss)
            == [#"8:: a complete feed (fh:complete) has no link rel="prev-archive": it holds every entry (RFC 5005 section 2)"#])
    }

    @Test func linksPastTheEndOrBackToItself() {
        #expect(Self.problems(Self.atom("""
              <link rel="current" href="https://example.org/feeds/atom.xml"/>
              <link rel="prev-archive" href="https://example.org/feeds/archive/2.xml"/>
              <link rel="next-archive" href="https://example.org/feeds/atom.xml"/>
              <link rel="next-archive" href="https://example.org/feeds/archive/3.xml"/>
              <fh:archive/>
            """), as: .atom) == [
                #"6:: link rel="prev-archive" leads back to this document"#,
                #"7:: link rel="next-archive" leads past the newest archive document, to the subscription feed"#,
                #"8:: a second link rel="next-archive"; a feed document has one (RFC 5005 section 4)"#,
            ])
    }

    @Test func theMarkersAreEmptyAndBelongToTheFeed() {
        #expect(Self.problems(Self.atom("""
              <link rel="current" href="https://example.org/feeds/atom.xml"/>
              <fh:archive>yes</fh:archive>
            """), as: .atom).count == 1)
        let inItem = Self.rss("<item><title>x</title><fh:archive/></item>")
        #expect(Self.problems(inItem, as: .rss).count == 1)
    }

    static func json(_ history: String, nextURL: String? = nil) -> String {
        """
        {
          "version": "https://jsonfeed.org/version/1.1",
          "title": "T",
          "feed_url": "https://example.org/feeds/archive/2.json",\(nextURL.map { "\n  \"next_url\": \"\($0)\"," } ?? "")
          "_rfc5005": \(history),
          "items": []
        }

        """
    }

    @Test func jsonFeedCarriesTheSameRules() {
        #expect(Self.problems(Self.json(#"{"archive": true, "current": "https://example.org/feeds/feed.json"}"#), as: .json) == [])
        #expect(Self.problems(Self.json(#"{"archive": true}"#), as: .json)
            == [#"5:27: an archive document needs a link rel="current" to its subscription feed (RFC 5005 section 4)"#])
        #expect(Self.problems(Self.json(#"{"archive": true, "complete": true, "current": "https://example.org/feeds/feed.json"}"#), as: .json)
            == ["5:45: fh:archive in a complete feed: a document is either complete (RFC 5005 section 2) or an archive document (section 4)"])
        #expect(Self.problems(Self.json(#"{"complete": true, "prev_archive": "https://example.org/feeds/archive/1.json"}"#,
                                        nextURL: "https://example.org/feeds/archive/1.json"), as: .json)
            == [#"6:50: a complete feed (fh:complete) has no link rel="prev-archive": it holds every entry (RFC 5005 section 2)"#])
        #expect(Self.problems(Self.json(#"{"prev_archive": "https://example.org/feeds/archive/1.json"}"#, nextURL: "https://example.org/feeds/archive/0.json"), as: .json)
            == [#"5:15: "next_url" and "_rfc5005"."prev_archive" name different documents"#])
        #expect(Self.problems(Self.json(#"{"archive": "yes", "current": "feed.json"}"#), as: .json) == [
            #"5:27: "archive" must be true or false, not a string"#,
            #"5:45: "current" "feed.json" is not an absolute http(s) URL"#,
        ])
    }
}
