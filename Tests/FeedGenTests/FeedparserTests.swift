import Foundation
import Testing
import FeedGen

/// An independent client reads what feedgen writes: Python's feedparser
/// for Atom and RSS (Tests/feedparser/read_feed.py; feedparser 6.0 cannot
/// read JSON Feed, so the script reads that with Python's json module by the
/// JSON Feed 1.1 spec). Expected values are written by hand from
/// posts/*.md and config.json (time zone Europe/Berlin), not from feedgen.
@Suite struct FeedparserTests {
    struct Reading: Decodable {
        struct Feed: Decodable { var title: String? }
        struct Enclosure: Decodable, Equatable {
            var href: String?
            var type: String?
            var length: String?
        }
        struct Entry: Decodable {
            var title: String?
            var link: String?
            var id: String?
            var published: String?
            var updated: String?
            var summary: String?
            var content: [String?]
            var authors: [String?]
            var tags: [String?]
            var enclosures: [Enclosure]
            var media_thumbnail: [String?]
        }
        var parser: String
        var bozo: Bool
        var bozo_exception: String?
        var version: String?
        var feed: Feed
        var entries: [Entry]
    }

    /// One post as a reader must see it.
    struct Expected {
        var title: String
        var link: String
        var id: String
        /// UTC.
        var published: String
        var updated: String
        var authors: [String]
        var tags: [String]
        var enclosures: [Reading.Enclosure] = []
        /// Atom and RSS: Media RSS thumbnail; JSON Feed: `image`.
        var thumbnailXML: String?
        var imageJSON: String?
        /// Front matter `excerpt`/`description`, when the post has one.
        var frontMatterSummary: String?
    }

    /// The five posts that are published and dated before 2026, newest first.
    static let expected: [Expected] = [
        Expected(
            title: "Episode 1: Feeds That Readers Trust",
            link: "https://notes.example.org/podcast/episode-1/",
            id: "tag:notes.example.org,2024:podcast/1",
            published: "2024-05-30T16:00:00Z",  // 2024-05-30 18:00:00 +02:00
            updated: "2024-06-02T07:00:00Z",  // updated: 2024-06-02 09:00:00 +02:00
            authors: ["Alice Example"],
            tags: ["podcast"],
            enclosures: [.init(href: "https://notes.example.org/audio/episode-1.mp3", type: "audio/mpeg", length: "24986239")],
            thumbnailXML: "https://notes.example.org/images/podcast/cover-small.png",
            imageJSON: "https://notes.example.org/images/podcast/cover.png"
        ),
        Expected(
            title: "The Harbour at Dawn",
            link: "https://notes.example.org/2024/04/22/harbour-at-dawn/",
            id: "https://notes.example.org/2024/04/22/harbour-at-dawn/",
            published: "2024-04-22T04:15:00Z",  // 2024-04-22T06:15:00+02:00
            updated: "2024-04-23T16:00:00Z",  // last_modified_at: 2024-04-23 18:00:00 +02:00
            authors: ["Bob Beispiel"],
            tags: ["photography", "open source"],
            thumbnailXML: "https://notes.example.org/images/2024/harbour.jpg",
            imageJSON: "https://notes.example.org/images/2024/harbour.jpg",
            frontMatterSummary: "Five photographs of the harbour before the ferries start, and what a phone camera cannot see."
        ),
        Expected(
            title: "Ein Café in Zürich — Grüße aus der Altstadt",
            link: "https://notes.example.org/2024/03/10/cafe-in-zurich/",
            id: "https://notes.example.org/2024/03/10/cafe-in-zurich/",
            published: "2024-03-09T23:00:00Z",  // file name 2024-03-10, midnight CET
            updated: "2024-03-09T23:00:00Z",
            authors: ["Zoë Müller"],
            tags: ["travel", "Café"],
            thumbnailXML: "https://notes.example.org/images/2024/zurich-teaser.jpg",
            imageJSON: "https://notes.example.org/images/2024/zurich-wide.jpg"
        ),
        Expected(
            title: "Tables & <code> in a ]]> world",
            link: "https://notes.example.org/2024/02/03/markdown-tour/",
            id: "https://notes.example.org/2024/02/03/markdown-tour/",
            published: "2024-02-03T08:30:00Z",  // 2024-02-03 09:30 in Berlin (CET)
            updated: "2024-02-03T08:30:00Z",
            authors: ["Alice Example", "Bob Beispiel"],
            tags: ["tutorials", "markdown", "gfm"]
        ),
        Expected(
            title: "Welcome to Field Notes",
            link: "https://notes.example.org/2024/01/15/welcome-to-field-notes/",
            id: "https://notes.example.org/2024/01/15/welcome-to-field-notes/",
            published: "2024-01-15T07:00:00Z",  // 2024-01-15 08:00:00 +01:00
            updated: "2024-01-15T07:00:00Z",
            authors: ["Alice Example"],
            tags: ["meta", "welcome", "jekyll"],
            frontMatterSummary: "Why this blog exists and what its feeds carry."
        ),
    ]

    static let script = SampleSite.root.appendingPathComponent("Tests/feedparser/read_feed.py")

    static func read(_ file: URL) throws -> Reading {
        try JSONDecoder().decode(Reading.self, from: PythonScript.run(script, [file.path]))
    }

    private func fileName(_ format: FeedFormat) -> String {
        format.defaultFileName
    }

    @Test(arguments: FeedFormat.allCases)
    func readerParsesWithoutComplaint(_ format: FeedFormat) throws {
        let build = try SampleSite.Build()
        let reading = try Self.read(build.url(fileName(format)))
        #expect(reading.bozo == false, "\(reading.bozo_exception ?? "")")
        #expect(reading.bozo_exception == nil)
        #expect(reading.version == ["atom": "atom10", "rss": "rss20", "json": "json11"][format.rawValue])
        #expect(reading.feed.title == "Field Notes")
        #expect(reading.entries.count == 5)
    }

    @Test(arguments: FeedFormat.allCases)
    func everyPostHasItsTitleLinkIDAndDates(_ format: FeedFormat) throws {
        let build = try SampleSite.Build()
        let entries = try Self.read(build.url(fileName(format))).entries
        #expect(entries.map(\.title) == Self.expected.map(\.title))
        #expect(entries.map(\.link) == Self.expected.map(\.link))
        #expect(entries.map(\.id) == Self.expected.map(\.id))
        #expect(entries.map(\.published) == Self.expected.map(\.published))
        // RSS 2.0 items have no updated date; Atom and JSON Feed carry it.
        #expect(entries.map(\.updated) == Self.expected.map { format == .rss ? nil : $0.updated })
    }

    @Test(arguments: FeedFormat.allCases)
    func everyPostHasItsAuthorsAndTags(_ format: FeedFormat) throws {
        let build = try SampleSite.Build()
        let entries = try Self.read(build.url(fileName(format))).entries
        #expect(entries.map(\.authors) == Self.expected.map(\.authors))
        #expect(entries.map(\.tags) == Self.expected.map(\.tags))
    }

    @Test(arguments: FeedFormat.allCases)
    func enclosuresAndImages(_ format: FeedFormat) throws {
        let build = try SampleSite.Build()
        let entries = try Self.read(build.url(fileName(format))).entries
        #expect(entries.map(\.enclosures) == Self.expected.map(\.enclosures))
        #expect(entries.map(\.media_thumbnail) == Self.expected.map { expected in
            (format == .json ? expected.imageJSON : expected.thumbnailXML).map { [$0] } ?? []
        })
    }

    @Test(arguments: FeedFormat.allCases)
    func frontMatterSummaries(_ format: FeedFormat) throws {
        let build = try SampleSite.Build()
        let entries = try Self.read(build.url(fileName(format))).entries
        for (entry, expected) in zip(entries, Self.expected) {
            guard let text = expected.frontMatterSummary else { continue }
            // Atom summary and RSS description carry HTML, JSON Feed plain text.
            #expect(entry.summary == (format == .json ? text : "<p>\(text)</p>"))
        }
    }

    @Test(arguments: FeedFormat.allCases)
    func everyEntryHasContent(_ format: FeedFormat) throws {
        let build = try SampleSite.Build()
        let entries = try Self.read(build.url(fileName(format))).entries
        #expect(entries.map(\.content.count) == [1, 1, 1, 1, 1])
        // The welcome post's body, as Markdown renders it, with its links made
        // absolute. feedparser strips the trailing newline; JSON keeps it.
        let body = """
            <p>This is the first post of <em>Field Notes</em>, a small blog about building tools that do
            one thing well. Every post here is a Markdown file with YAML front matter, the way
            Jekyll keeps them.</p>
            <p>The feeds are built by feedgen. Read <a href="https://notes.example.org/about/">about the author</a> or go back to the
            <a href="https://notes.example.org/">front page</a>.</p>
            """
        #expect(entries.last?.content.first == (format == .json ? body + "\n" : body))
    }
}
