import Foundation
import Testing
import FeedGen
@testable import FeedSupport
@testable import FeedValidation

/// One fault per document; each test asserts the exact problem reported.
@Suite struct ValidationTests {
    static let atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>T</title>
          <link rel="self" href="https://example.org/feeds/atom.xml"/>
          <id>https://example.org/feeds/atom.xml</id>
          <updated>2024-05-01T10:00:00Z</updated>
          <author><name>A</name></author>
          <entry>
            <title>One</title>
            <link rel="alternate" href="https://example.org/one/"/>
            <id>https://example.org/one/</id>
            <updated>2024-05-01T10:00:00Z</updated>
            <content type="html">&lt;p&gt;Hi&lt;/p&gt;</content>
          </entry>
          <entry>
            <title>Two</title>
            <link rel="alternate" href="https://example.org/two/"/>
            <id>https://example.org/two/</id>
            <updated>2024-04-01T10:00:00Z</updated>
            <content type="html">&lt;p&gt;Hi&lt;/p&gt;</content>
          </entry>
        </feed>

        """

    static let rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0">
          <channel>
            <title>T</title>
            <link>https://example.org/</link>
            <description>D</description>
            <item>
              <title>One</title>
              <link>https://example.org/one/</link>
              <guid>https://example.org/one/</guid>
              <pubDate>Wed, 01 May 2024 10:00:00 +0000</pubDate>
            </item>
          </channel>
        </rss>

        """

    static let json = """
        {
          "version": "https://jsonfeed.org/version/1.1",
          "title": "T",
          "items": [
            {
              "id": "https://example.org/one/",
              "url": "https://example.org/one/",
              "content_html": "<p>Hi</p>",
              "date_published": "2024-05-01T10:00:00Z"
            }
          ]
        }

        """

    func problems(_ text: String, _ format: FeedFormat, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Diagnostic] {
        FeedValidator.problemsBothWays(text, as: format, sourceLocation: sourceLocation)
    }

    func edited(_ text: String, _ old: String, _ new: String) -> String {
        precondition(text.contains(old), "the fixture has no \(old)")
        return text.replacingOccurrences(of: old, with: new)
    }

    @Test func validFixturesPass() {
        #expect(problems(Self.atom, .atom) == [])
        #expect(problems(Self.rss, .rss) == [])
        #expect(problems(Self.json, .json) == [])
    }

    @Test func atomEntryWithoutID() {
        let text = edited(Self.atom, "    <id>https://example.org/two/</id>\n", "")
        #expect(problems(text, .atom) == [Diagnostic(line: 15, message: "Expecting an element id, got nothing", entryIndex: 1)])
    }

    @Test func atomTwoEntriesWithOneID() {
        let text = edited(Self.atom, "<id>https://example.org/two/</id>", "<id>https://example.org/one/</id>")
        #expect(problems(text, .atom) == [Diagnostic(line: 18, message: "entry id \"https://example.org/one/\" is also used by the entry on line 8", entryIndex: 1)])
    }

    @Test func atomRelativeLink() {
        let text = edited(Self.atom, "href=\"https://example.org/two/\"", "href=\"/two/\"")
        #expect(problems(text, .atom) == [Diagnostic(line: 17, message: "link href \"/two/\" is not an absolute http(s) URL", entryIndex: 1)])
    }

    @Test func atomMalformedDate() {
        let text = edited(Self.atom, "<updated>2024-04-01T10:00:00Z", "<updated>2024-04-01 10:00")
        #expect(problems(text, .atom) == [
            Diagnostic(line: 19, message: "Type dateTime doesn't allow value '2024-04-01 10:00'", entryIndex: 1),
            Diagnostic(line: 19, message: "<updated> \"2024-04-01 10:00\" is not an RFC 3339 date such as 2024-05-01T10:00:00Z", entryIndex: 1),
        ])
    }

    @Test func atomUnescapedAmpersand() {
        let text = edited(Self.atom, "<title>One</title>", "<title>Fish & Chips</title>")
        #expect(problems(text, .atom) == [Diagnostic(line: 9, column: 18, message: "xmlParseEntityRef: no name")])
    }

    @Test func atomForbiddenControlCharacter() {
        let text = edited(Self.atom, "<title>One</title>", "<title>On\u{1}e</title>")
        #expect(problems(text, .atom) == [Diagnostic(line: 9, column: 14, message: "PCDATA invalid Char value 1")])
    }

    @Test func atomFeedWithoutAuthorNeedsEntryAuthors() {
        let text = edited(Self.atom, "  <author><name>A</name></author>\n", "")
        #expect(problems(text, .atom) == [Diagnostic(line: 7, message: "the feed has no author, so every entry needs one (RFC 4287 section 4.1.1)", entryIndex: 0)])
    }

    @Test func rssChannelWithoutTitle() {
        let text = edited(Self.rss, "    <title>T</title>\n", "")
        #expect(problems(text, .rss) == [Diagnostic(line: 3, message: "Expecting an element title, got nothing")])
    }

    @Test func rssMissingChannel() {
        #expect(problems("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n</rss>\n", .rss) == [Diagnostic(line: 2, message: "the <rss> element needs a <channel>")])
    }

    @Test func rssMalformedDate() {
        let text = edited(Self.rss, "Wed, 01 May 2024 10:00:00 +0000", "2024-05-01T10:00:00Z")
        #expect(problems(text, .rss) == [Diagnostic(line: 11, message: "<pubDate> \"2024-05-01T10:00:00Z\" is not an RFC 822 date such as Wed, 01 May 2024 10:00:00 +0000", entryIndex: 0)])
    }

    @Test func rssRelativeItemLink() {
        let text = edited(Self.rss, "<link>https://example.org/one/</link>", "<link>one/</link>")
        #expect(problems(text, .rss) == [Diagnostic(line: 9, message: "link \"one/\" is not an absolute http(s) URL", entryIndex: 0)])
    }

    @Test func jsonItemWithoutContent() {
        let text = edited(Self.json, "      \"content_html\": \"<p>Hi</p>\",\n", "")
        #expect(problems(text, .json) == [Diagnostic(line: 5, column: 5, message: "an item needs \"content_html\" or \"content_text\"", entryIndex: 0)])
    }

    @Test func jsonWrongVersion() {
        let text = edited(Self.json, "version/1.1", "version/2")
        #expect(problems(text, .json) == [Diagnostic(line: 2, column: 14, message: "version \"https://jsonfeed.org/version/2\" is not https://jsonfeed.org/version/1.1")])
    }

    @Test func jsonMalformedDate() {
        let text = edited(Self.json, "2024-05-01T10:00:00Z", "May 1, 2024")
        #expect(problems(text, .json) == [Diagnostic(line: 9, column: 25, message: "\"date_published\" \"May 1, 2024\" is not an RFC 3339 date such as 2024-05-01T10:00:00Z", entryIndex: 0)])
    }

    @Test func jsonRelativeURL() {
        let text = edited(Self.json, "\"url\": \"https://example.org/one/\"", "\"url\": \"/one/\"")
        #expect(problems(text, .json) == [Diagnostic(line: 7, column: 14, message: "\"url\" \"/one/\" is not an absolute http(s) URL", entryIndex: 0)])
    }

    @Test func jsonUnknownKeyNeedsUnderscore() {
        let text = edited(Self.json, "\"title\": \"T\",", "\"title\": \"T\", \"_ext\": {}, \"tittle\": \"x\",")
        #expect(problems(text, .json) == [Diagnostic(line: 3, column: 39, message: "\"tittle\" is not a JSON Feed 1.1 key for the feed (did you mean \"title\"?); extensions must start with \"_\"")])
    }

    @Test func jsonDuplicateItemIDs() {
        let item = "{\"id\": \"x\", \"content_text\": \"a\"}"
        let text = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"T\", \"items\": [\(item),\n\(item)]}"
        #expect(problems(text, .json) == [Diagnostic(line: 2, column: 8, message: "item id \"x\" is also used by the item on line 1", entryIndex: 1)])
    }

    @Test func doctypeIsRefusedBeforeEntitiesAreRead() {
        let bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [
             <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
             <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
             <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
             <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
             <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
             <!ENTITY f SYSTEM "file:///etc/passwd">
            ]>
            <rss version="2.0"><channel><title>&e;&f;</title><link>https://x.org/</link><description>d</description></channel></rss>

            """
        #expect(FeedValidator.detectFormat(Array(bomb.utf8)) == .rss)
        #expect(problems(bomb, .rss) == [Diagnostic(line: 2, message: "a DOCTYPE declaration is not allowed in a feed; its entities could expand without bound or fetch other files")])
    }

    @Test func formatIsDetectedFromContent() {
        #expect(FeedValidator.detectFormat(Array(Self.atom.utf8)) == .atom)
        #expect(FeedValidator.detectFormat(Array(Self.rss.utf8)) == .rss)
        #expect(FeedValidator.detectFormat(Array(("\u{FEFF}\n  " + Self.json).utf8)) == .json)
        #expect(FeedValidator.detectFormat(Array("<!-- c --><html></html>".utf8)) == nil)
    }

    @Test func largeFeedIsValidated() throws {
        var text = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Big</title><link>https://x.org/</link><description>d</description>\n"
        let paragraph = String(repeating: "lorem ipsum &amp;lt;b&amp;gt; dolor ", count: 300)
        var index = 0
        while text.utf8.count < 50 * 1024 * 1024 {
            text += "<item><title>Item \(index)</title><link>https://x.org/\(index)</link><guid>https://x.org/\(index)</guid><description>\(paragraph)</description></item>\n"
            index += 1
        }
        text += "</channel></rss>\n"
        #expect(problems(text, .rss) == [])
    }
}
