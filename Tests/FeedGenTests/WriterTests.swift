import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import FeedGen

/// The three writers on a feed built by hand. Each expected document was
/// written line by line from the specs (RFC 4287, RSS 2.0 with the content,
/// Dublin Core, Atom and Media RSS namespaces, JSON Feed 1.1), not copied
/// from the program's output.
@Suite struct WriterTests {
    /// Two entries, newest first, dates in Europe/Berlin:
    /// - the first has `&`, `<` and `]]>` in its title and content, an
    ///   enclosure, an image, and two authors (one with an e-mail, one without);
    /// - the second has an explicit non-URL id, no authors and its own language.
    static let feed = Feed(
        title: "Tom & Jerry's <Notes> ]]>",
        description: "Cats & mice",
        siteURL: "https://example.org/",
        language: "en",
        authors: [Person(name: "Ann Author", email: "ann@example.org", url: "https://example.org/ann/")],
        iconURL: "https://example.org/favicon.png",
        logoURL: "https://example.org/logo.png",
        selfURLs: [
            .atom: "https://example.org/feeds/atom.xml",
            .rss: "https://example.org/feeds/rss.xml",
            .json: "https://example.org/feeds/feed.json",
        ],
        timeZone: TestDates.berlin,
        entries: [
            Entry(
                id: "https://example.org/2024/05/01/fish/",
                title: "Fish & <Chips> ]]> done",
                url: "https://example.org/2024/05/01/fish/",
                published: TestDates.instant("2024-05-01T08:00:00Z"),
                updated: TestDates.instant("2024-05-02T09:30:00Z"),
                authors: [
                    Person(name: "Ann Author", email: "ann@example.org"),
                    Person(name: "Bob", url: "https://bob.example.net/"),
                ],
                categories: ["podcast", "food & drink"],
                summaryHTML: "<p>Fish &amp; chips</p>",
                summaryText: "Fish & chips",
                contentHTML: "<p>Fish &amp; chips ]]> <b>bold</b></p>",
                image: EntryImage(url: "https://example.org/img/fish.jpg", thumbnailURL: "https://example.org/img/fish-small.jpg", alt: "A plate"),
                enclosures: [Enclosure(url: "https://example.org/audio/fish.mp3", type: "audio/mpeg", length: 12345, title: "Episode (MP3)", duration: 1561)],
                sourcePath: "posts/2024-05-01-fish.md"
            ),
            Entry(
                id: "tag:example.org,2024:second",
                title: "Zweiter Beitrag",
                url: "https://example.org/2024/01/15/zweiter/",
                published: TestDates.instant("2024-01-15T07:00:00Z"),
                updated: TestDates.instant("2024-01-15T07:00:00Z"),
                summaryHTML: "<p>Hallo</p>",
                summaryText: "Hallo",
                contentHTML: "<p>Hallo Welt</p>",
                language: "de",
                sourcePath: "posts/2024-01-15-zweiter.md"
            ),
        ]
    )

    // MARK: - Atom

    @Test func atomDocument() {
        #expect(AtomWriter.write(Self.feed) == """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xml:lang="en">
              <title>Tom &amp; Jerry's &lt;Notes&gt; ]]&gt;</title>
              <subtitle>Cats &amp; mice</subtitle>
              <link rel="self" type="application/atom+xml" href="https://example.org/feeds/atom.xml"/>
              <link rel="alternate" type="text/html" href="https://example.org/"/>
              <id>https://example.org/feeds/atom.xml</id>
              <updated>2024-05-02T11:30:00+02:00</updated>
              <author>
                <name>Ann Author</name>
                <email>ann@example.org</email>
                <uri>https://example.org/ann/</uri>
              </author>
              <generator version="0.1.0">feedgen</generator>
              <icon>https://example.org/favicon.png</icon>
              <logo>https://example.org/logo.png</logo>
              <entry>
                <title>Fish &amp; &lt;Chips&gt; ]]&gt; done</title>
                <link rel="alternate" type="text/html" href="https://example.org/2024/05/01/fish/"/>
                <link rel="enclosure" type="audio/mpeg" length="12345" title="Episode (MP3)" href="https://example.org/audio/fish.mp3"/>
                <id>https://example.org/2024/05/01/fish/</id>
                <published>2024-05-01T10:00:00+02:00</published>
                <updated>2024-05-02T11:30:00+02:00</updated>
                <author>
                  <name>Ann Author</name>
                  <email>ann@example.org</email>
                </author>
                <author>
                  <name>Bob</name>
                  <uri>https://bob.example.net/</uri>
                </author>
                <category term="podcast"/>
                <category term="food &amp; drink"/>
                <summary type="html">&lt;p&gt;Fish &amp;amp; chips&lt;/p&gt;</summary>
                <content type="html">&lt;p&gt;Fish &amp;amp; chips ]]&gt; &lt;b&gt;bold&lt;/b&gt;&lt;/p&gt;</content>
                <media:thumbnail url="https://example.org/img/fish-small.jpg"/>
                <media:content url="https://example.org/img/fish.jpg" medium="image"/>
              </entry>
              <entry xml:lang="de">
                <title>Zweiter Beitrag</title>
                <link rel="alternate" type="text/html" href="https://example.org/2024/01/15/zweiter/"/>
                <id>tag:example.org,2024:second</id>
                <published>2024-01-15T08:00:00+01:00</published>
                <updated>2024-01-15T08:00:00+01:00</updated>
                <summary type="html">&lt;p&gt;Hallo&lt;/p&gt;</summary>
                <content type="html">&lt;p&gt;Hallo Welt&lt;/p&gt;</content>
              </entry>
            </feed>

            """)
    }

    /// RFC 4287 §4.1.1: a feed without authors needs one unless every entry has one.
    @Test func atomFeedWithoutAuthorsNamesTheSiteWhenAnEntryHasNone() {
        var feed = Self.feed
        feed.authors = []
        let atom = AtomWriter.write(feed)
        #expect(atom.components(separatedBy: "\n")[8...11].joined(separator: "\n") == """
              <author>
                <name>Tom &amp; Jerry's &lt;Notes&gt; ]]&gt;</name>
              </author>
              <generator version="0.1.0">feedgen</generator>
            """)
    }

    @Test func emptyFeedIsDatedAtTheEpoch() {
        let feed = Feed(title: "Empty", description: "", siteURL: "https://example.org/", language: nil, authors: [],
                        iconURL: nil, logoURL: nil, selfURLs: [.atom: "https://example.org/feeds/atom.xml"], timeZone: TestDates.utc, entries: [])
        #expect(AtomWriter.write(feed) == """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
              <title>Empty</title>
              <link rel="self" type="application/atom+xml" href="https://example.org/feeds/atom.xml"/>
              <link rel="alternate" type="text/html" href="https://example.org/"/>
              <id>https://example.org/feeds/atom.xml</id>
              <updated>1970-01-01T00:00:00Z</updated>
              <generator version="0.1.0">feedgen</generator>
            </feed>

            """)
    }

    // MARK: - RSS

    @Test func rssDocument() {
        #expect(RSSWriter.write(Self.feed) == """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
              <channel>
                <title>Tom &#x26; Jerry's &#x3C;Notes&gt; ]]&gt;</title>
                <link>https://example.org/</link>
                <description>Cats &amp; mice</description>
                <atom:link href="https://example.org/feeds/rss.xml" rel="self" type="application/rss+xml"/>
                <language>en</language>
                <managingEditor>ann@example.org (Ann Author)</managingEditor>
                <lastBuildDate>Thu, 02 May 2024 11:30:00 +0200</lastBuildDate>
                <generator>feedgen 0.1.0</generator>
                <image>
                  <url>https://example.org/logo.png</url>
                  <title>Tom &#x26; Jerry's &#x3C;Notes&gt; ]]&gt;</title>
                  <link>https://example.org/</link>
                </image>
                <item>
                  <title>Fish &#x26; &#x3C;Chips&gt; ]]&gt; done</title>
                  <link>https://example.org/2024/05/01/fish/</link>
                  <guid isPermaLink="true">https://example.org/2024/05/01/fish/</guid>
                  <pubDate>Wed, 01 May 2024 10:00:00 +0200</pubDate>
                  <dc:creator>Ann Author</dc:creator>
                  <dc:creator>Bob</dc:creator>
                  <category>podcast</category>
                  <category>food &#x26; drink</category>
                  <description>&lt;p&gt;Fish &amp;amp; chips&lt;/p&gt;</description>
                  <content:encoded>&lt;p&gt;Fish &amp;amp; chips ]]&gt; &lt;b&gt;bold&lt;/b&gt;&lt;/p&gt;</content:encoded>
                  <enclosure url="https://example.org/audio/fish.mp3" length="12345" type="audio/mpeg"/>
                  <media:thumbnail url="https://example.org/img/fish-small.jpg"/>
                  <media:content url="https://example.org/img/fish.jpg" medium="image"/>
                </item>
                <item>
                  <title>Zweiter Beitrag</title>
                  <link>https://example.org/2024/01/15/zweiter/</link>
                  <guid isPermaLink="false">tag:example.org,2024:second</guid>
                  <pubDate>Mon, 15 Jan 2024 08:00:00 +0100</pubDate>
                  <description>&lt;p&gt;Hallo&lt;/p&gt;</description>
                  <content:encoded>&lt;p&gt;Hallo Welt&lt;/p&gt;</content:encoded>
                </item>
              </channel>
            </rss>

            """)
    }

    @Test func rssDescriptionFallsBackToTheTitle() {
        var feed = Self.feed
        feed.description = ""
        let lines = RSSWriter.write(feed).components(separatedBy: "\n")
        #expect(lines[5] == "    <description>Tom &amp; Jerry's &lt;Notes&gt; ]]&gt;</description>")
    }

    // MARK: - JSON Feed

    @Test func jsonFeedDocument() {
        #expect(JSONFeedWriter.write(Self.feed) == """
            {
              "version": "https://jsonfeed.org/version/1.1",
              "title": "Tom & Jerry's <Notes> ]]>",
              "home_page_url": "https://example.org/",
              "feed_url": "https://example.org/feeds/feed.json",
              "description": "Cats & mice",
              "icon": "https://example.org/logo.png",
              "favicon": "https://example.org/favicon.png",
              "authors": [
                {
                  "name": "Ann Author",
                  "url": "https://example.org/ann/"
                }
              ],
              "language": "en",
              "items": [
                {
                  "id": "https://example.org/2024/05/01/fish/",
                  "url": "https://example.org/2024/05/01/fish/",
                  "title": "Fish & <Chips> ]]> done",
                  "content_html": "<p>Fish &amp; chips ]]> <b>bold</b></p>",
                  "summary": "Fish & chips",
                  "image": "https://example.org/img/fish.jpg",
                  "date_published": "2024-05-01T10:00:00+02:00",
                  "date_modified": "2024-05-02T11:30:00+02:00",
                  "authors": [
                    {
                      "name": "Ann Author",
                      "url": "mailto:ann@example.org"
                    },
                    {
                      "name": "Bob",
                      "url": "https://bob.example.net/"
                    }
                  ],
                  "tags": [
                    "podcast",
                    "food & drink"
                  ],
                  "attachments": [
                    {
                      "url": "https://example.org/audio/fish.mp3",
                      "mime_type": "audio/mpeg",
                      "title": "Episode (MP3)",
                      "size_in_bytes": 12345,
                      "duration_in_seconds": 1561
                    }
                  ]
                },
                {
                  "id": "tag:example.org,2024:second",
                  "url": "https://example.org/2024/01/15/zweiter/",
                  "title": "Zweiter Beitrag",
                  "content_html": "<p>Hallo Welt</p>",
                  "summary": "Hallo",
                  "date_published": "2024-01-15T08:00:00+01:00",
                  "date_modified": "2024-01-15T08:00:00+01:00",
                  "language": "de"
                }
              ]
            }

            """)
    }

    @Test func jsonStringEscaping() throws {
        var feed = Self.feed
        feed.title = "Quote \" backslash \\ newline \n tab \t bell \u{07} separator \u{2028} é"
        let json = JSONFeedWriter.write(feed)
        let titleLine = json.components(separatedBy: "\n")[2]
        #expect(titleLine == #"  "title": "Quote \" backslash \\ newline \n tab \t bell \u0007 separator \u2028 é","#)
        // And a JSON parser reads the exact title back.
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(object?["title"] as? String == feed.title)
    }

    @Test func xmlEscapingOfTextAndAttributes() {
        let text = "a & b < c > d \" e ' f \t g \n h \r i \u{01} j \u{FFFE} k \u{FFFF} l \u{FFFD} m ü 語"
        #expect(XMLEscaping.text(text) == "a &amp; b &lt; c &gt; d \" e ' f \t g \n h &#13; i  j  k  l \u{FFFD} m ü 語")
        #expect(XMLEscaping.attribute(text) == "a &amp; b &lt; c &gt; d &quot; e &apos; f &#9; g &#10; h &#13; i  j  k  l \u{FFFD} m ü 語")
        #expect(XMLEscaping.text("plain ü") == "plain ü")
        #expect(XMLEscaping.text("ends with &") == "ends with &amp;")
    }

    @Test func excerptOnlyEntryCarriesTheSummaryAsContentHTML() {
        var feed = Self.feed
        feed.entries = [feed.entries[1]]
        feed.entries[0].contentHTML = nil
        let json = JSONFeedWriter.write(feed)
        #expect(json.components(separatedBy: "\n")[20] == #"      "content_html": "<p>Hallo</p>","#)
        // Atom has no content element then: the summary is the last child.
        #expect(AtomWriter.write(feed).components(separatedBy: "\n")[22...23].joined(separator: "\n") == """
                <summary type="html">&lt;p&gt;Hallo&lt;/p&gt;</summary>
              </entry>
            """)
    }

    // MARK: - Read back by an XML parser

    /// Foundation's XMLParser (libxml2's SAX parser underneath) reads the
    /// documents and gives back the exact original strings.
    @Test(arguments: [FeedFormat.atom, .rss])
    func xmlReadsBackTheEscapedTitlesAndContent(_ format: FeedFormat) throws {
        let document = format == .atom ? AtomWriter.write(Self.feed) : RSSWriter.write(Self.feed)
        let reader = TextCollector(Data(document.utf8))
        #expect(reader.parsed)
        #expect(reader.texts("title").prefix(2) == ["Tom & Jerry's <Notes> ]]>", format == .atom ? "Fish & <Chips> ]]> done" : "Tom & Jerry's <Notes> ]]>"])
        #expect(reader.texts(format == .atom ? "content" : "content:encoded") == ["<p>Fish &amp; chips ]]> <b>bold</b></p>", "<p>Hallo Welt</p>"])
    }
}

/// Collects the text of every element by name, with a namespace prefix as written.
final class TextCollector: NSObject, XMLParserDelegate {
    private var stack: [(name: String, text: String)] = []
    private var collected: [(String, String)] = []
    private(set) var parsed = false

    init(_ data: Data) {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        parsed = parser.parse()
    }

    func texts(_ name: String) -> [String] {
        collected.filter { $0.0 == name }.map(\.1)
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        stack.append((qualifiedName ?? elementName, ""))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if !stack.isEmpty { stack[stack.count - 1].text += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if let last = stack.popLast() { collected.append(last) }
    }
}
