import Foundation
import Testing
import FeedGen

/// A second independent client, `reader` (PyPI: lemon24's feed reader library), subscribes to
/// every feed file the binary builds for the three sample sites (the repository's own posts/,
/// sites/jekyll-blog, sites/hugo-sample) and reads them as a reader application stores them
/// (Tests/feedparser/read_with_reader.py). Unlike feedparser it reads JSON Feed itself; Atom
/// and RSS go through its copy of feedparser with its own rules on top (an entry needs an id,
/// a malformed feed is an error, HTML content is sanitized). Expected values are written by
/// hand from the posts' front matter and the sites' configs, not from feedgen.
@Suite struct PythonReaderTests {
    struct Reading: Decodable {
        struct Feed: Decodable, Equatable {
            var title: String?
            var link: String?
            var subtitle: String?
        }
        struct Content: Decodable, Equatable {
            var type: String?
            var value: String
        }
        struct Enclosure: Decodable, Equatable {
            var href: String
            var type: String?
            var length: Int?
        }
        struct Entry: Decodable {
            var id: String
            var title: String?
            var link: String?
            var published: String?
            var updated: String?
            var summary: String?
            var content: [Content]
            var authors: [String?]
            var enclosures: [Enclosure]
        }
        var parser: String
        var error: String?
        var warnings: [String]
        var version: String?
        var feed: Feed
        var entries: [Entry]
    }

    /// One entry as reader must see it. Dates in UTC; `updated` is nil in RSS, which has none.
    struct Expected {
        var id: String
        var link: String
        var title: String
        var published: String
        var updated: String
        var authors: [String] = []
        var enclosures: [Reading.Enclosure] = []
        /// Front matter `summary`/`excerpt`/`description` as plain text, when the post has one.
        var summary: String?
    }

    enum Site: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case main, jekyllBlog, hugoSample

        var testDescription: String { rawValue }

        /// What is copied from the repository to build the site in a temporary folder.
        var sources: [String] {
            switch self {
            case .main: ["config.json", "posts"]
            case .jekyllBlog: ["sites/jekyll-blog"]
            case .hugoSample: ["sites/hugo-sample"]
            }
        }

        func file(_ format: FeedFormat) -> String {
            switch (self, format) {
            case (.main, _): "feeds/" + format.defaultFileName
            case (.jekyllBlog, .atom): "_site/feed.xml"
            case (.jekyllBlog, .rss): "_site/rss.xml"
            case (.jekyllBlog, .json): "_site/feed.json"
            case (.hugoSample, .atom): "public/news/atom.xml"
            case (.hugoSample, .rss): "public/news/index.xml"
            case (.hugoSample, .json): "public/news/feed.json"
            }
        }

        var feed: Reading.Feed {
            switch self {
            case .main: .init(title: "Field Notes", link: "https://notes.example.org/",
                              subtitle: "Notes on building small, fast tools — and the occasional café.")
            case .jekyllBlog: .init(title: "Gradient Notes", link: "https://gradient.example.net/",
                                    subtitle: "Notes on optimisation, numerics & the odd tool")
            case .hugoSample: .init(title: "Project News", link: "https://project.example.org/",
                                    subtitle: "Releases and guides of an example project")
            }
        }

        /// Newest first. The main site's are the feedparser test's, with the same sources.
        var entries: [Expected] {
            switch self {
            case .main:
                FeedparserTests.expected.map { post in
                    Expected(id: post.id, link: post.link, title: post.title, published: post.published, updated: post.updated,
                             authors: post.authors, enclosures: post.enclosures.map { .init(href: $0.href!, type: $0.type, length: Int($0.length!)) },
                             summary: post.frontMatterSummary)
                }
            case .jekyllBlog:
                // _config.yml: timezone America/New_York, permalink /blog/:year/:title/; jekyll-feed's
                // ids are the post's id (no trailing slash); titles smartified, tags stripped.
                [
                    Expected(id: "https://gradient.example.net/blog/2024/html-heavy", link: "https://gradient.example.net/blog/2024/html-heavy/",
                             title: "Benchmarks &", published: "2024-07-05T00:00:00Z", updated: "2024-07-05T00:00:00Z"),  // 2024-07-04 20:00:00 -04:00
                    Expected(id: "https://gradient.example.net/blog/2024/reading-list", link: "https://gradient.example.net/blog/2024/reading-list/",
                             title: "Reading list: summer", published: "2024-06-01T04:00:00Z", updated: "2024-06-01T04:00:00Z"),  // 2024-06-01, New York midnight
                    Expected(id: "https://gradient.example.net/blog/2024/talk-video", link: "https://gradient.example.net/blog/2024/talk-video/",
                             title: "Talk: solvers in the wild", published: "2024-05-05T10:00:00Z", updated: "2024-05-05T10:00:00Z",  // 12:00:00 +0200
                             summary: "A recorded talk on choosing solvers, with slides."),
                    Expected(id: "https://gradient.example.net/blog/2024/conjugate-gradients", link: "https://gradient.example.net/blog/2024/conjugate-gradients/",
                             title: "Conjugate gradients, without the agonizing pain",
                             published: "2024-03-10T18:30:00Z", updated: "2024-04-01T14:00:00Z",  // 14:30 EDT (DST began that morning); last_modified_at 10:00 -04:00
                             authors: ["Ada Lindqvist"]),
                    Expected(id: "https://gradient.example.net/blog/2024/solver-zoo", link: "https://gradient.example.net/blog/2024/solver-zoo/",
                             title: "A small solver zoo", published: "2024-02-20T08:00:00Z", updated: "2024-02-20T08:00:00Z"),
                    Expected(id: "https://gradient.example.net/blog/2024/wolfe-conditions", link: "https://gradient.example.net/blog/2024/wolfe-conditions/",
                             title: "Wolfe conditions – the “curvature” half", published: "2024-01-15T23:30:22Z", updated: "2024-01-15T23:30:22Z"),  // 18:30:22 -0500
                    Expected(id: "https://gradient.example.net/blog/2023/why-line-search", link: "https://gradient.example.net/blog/2023/why-line-search/",
                             title: "Why line search still matters", published: "2023-11-02T13:15:00Z", updated: "2023-11-02T13:15:00Z"),  // 09:15:00 -0400
                ]
            case .hugoSample:
                // hugo.toml: timeZone Europe/Berlin, news = /news/:year/:month/:slug/; ids are the links, as Hugo's guids.
                [
                    Expected(id: "https://project.example.org/news/2024/03/0.89.4/", link: "https://project.example.org/news/2024/03/0.89.4/",
                             title: "Release 0.89.4: faster builds", published: "2024-03-05T09:00:00Z", updated: "2024-03-05T09:00:00Z"),  // 10:00+01:00
                    Expected(id: "https://project.example.org/news/2024/02/spring-meetup-talks-slides/",
                             link: "https://project.example.org/news/2024/02/spring-meetup-talks-slides/", title: "Spring meetup: talks & slides",
                             published: "2024-02-20T23:30:00Z", updated: "2024-02-20T23:00:00Z",  // 18:30-05:00; lastmod 2024-02-21, Berlin midnight
                             authors: ["Ann"]),
                    Expected(id: "https://project.example.org/news/2024/01/the-2024-roadmap/", link: "https://project.example.org/news/2024/01/the-2024-roadmap/",
                             // Its `description` is no summary on a Hugo site: Hugo's automatic one is.
                             title: "The 2024 roadmap", published: "2024-01-14T23:00:00Z", updated: "2024-01-14T23:00:00Z"),  // 2024-01-15, Berlin midnight
                    Expected(id: "https://project.example.org/news/2023/11/v1.0-final/", link: "https://project.example.org/news/2023/11/v1.0-final/",
                             title: "Version 1.0 is out!", published: "2023-11-20T09:00:00Z", updated: "2023-11-20T09:00:00Z",
                             summary: "The first stable release."),
                ]
            }
        }
    }

    static let script = SampleSite.root.appendingPathComponent("Tests/feedparser/read_with_reader.py")

    /// The site copied into a temporary folder and built by the binary, with a fixed clock.
    static func build(_ site: Site) throws -> TemporarySite {
        let folder = try TemporarySite()
        try FileManager.default.removeItem(at: folder.url("config.json"))
        try FileManager.default.removeItem(at: folder.url("posts"))
        for source in site.sources {
            let from = SampleSite.root.appendingPathComponent(source)
            let names = source.hasPrefix("sites/") ? try FileManager.default.contentsOfDirectory(atPath: from.path) : [""]
            for name in names where name != "public" && name != "_site" {
                let item = name.isEmpty ? from : from.appendingPathComponent(name)
                try FileManager.default.copyItem(at: item, to: folder.url(name.isEmpty ? source : name))
            }
        }
        let build = try FeedgenProcess.run(["build", "--quiet", "--now", "2026-01-01T00:00:00Z"], in: folder.root)
        #expect(build.status == 0, "\(build.stderr)")
        return folder
    }

    /// Each format's file of the site, read by one process.
    static func read(_ site: Site, in folder: TemporarySite) throws -> [(FeedFormat, Reading)] {
        let files = FeedFormat.allCases.map { folder.url(site.file($0)).path }
        let readings = try JSONDecoder().decode([Reading].self, from: PythonScript.run(script, files))
        return Array(zip(FeedFormat.allCases, readings))
    }

    @Test(arguments: Site.allCases)
    func readerSubscribesToEachFormatWithoutAnError(_ site: Site) throws {
        let folder = try Self.build(site)
        for (format, reading) in try Self.read(site, in: folder) {
            #expect(reading.parser.hasPrefix("reader 3."))
            #expect(reading.error == nil, "\(format)")
            #expect(reading.warnings == [], "\(format)")
            #expect(reading.version == ["atom": "atom10", "rss": "rss20", "json": "json11"][format.rawValue])
            #expect(reading.feed == site.feed, "\(format)")
        }
    }

    @Test(arguments: Site.allCases)
    func everyPostWithItsIdLinkTitleDatesAuthorsAndContent(_ site: Site) throws {
        let folder = try Self.build(site)
        let expected = site.entries
        for (format, reading) in try Self.read(site, in: folder) {
            let entries = reading.entries
            #expect(entries.map(\.id) == expected.map(\.id), "\(format)")
            #expect(entries.map(\.link) == expected.map(\.link), "\(format)")
            #expect(entries.map(\.title) == expected.map(\.title), "\(format)")
            #expect(entries.map(\.published) == expected.map(\.published), "\(format)")
            #expect(entries.map(\.updated) == expected.map { format == .rss ? nil : $0.updated }, "\(format)")
            #expect(entries.map(\.enclosures) == expected.map(\.enclosures), "\(format)")
            // reader keeps one author of an Atom or RSS entry (feedparser's author_detail, the
            // last one the entry names); from JSON Feed it keeps them all.
            #expect(entries.map(\.authors) == expected.map { format == .json ? $0.authors : Array($0.authors.suffix(1)) }, "\(format)")
            for (entry, post) in zip(entries, expected) {
                #expect(entry.content.count == 1, "\(format) \(entry.id)")
                #expect(entry.content.first?.type == "text/html", "\(format) \(entry.id)")
                #expect(entry.content.first?.value.hasPrefix("<") == true, "\(format) \(entry.id)")
                if let summary = post.summary {
                    // Atom summary and RSS description carry HTML, JSON Feed plain text.
                    #expect(entry.summary == (format == .json ? summary : "<p>\(summary)</p>"), "\(format) \(entry.id)")
                } else {
                    #expect(entry.summary?.isEmpty == false, "\(format) \(entry.id)")
                }
            }
            #expect(entries.first { $0.title == site.shortPost }?.content.first?.value == site.content(of: format), "\(format)")
        }
    }
}

extension PythonReaderTests.Site {
    /// The title of one short post per site, whose whole content is compared.
    var shortPost: String {
        switch self {
        case .main: "Welcome to Field Notes"
        case .jekyllBlog: "Talk: solvers in the wild"
        case .hugoSample: "Version 1.0 is out!"
        }
    }

    /// That post's content as reader stores it: from Atom and RSS sanitized by feedparser
    /// (no trailing newline), from JSON Feed as written. feedgen's feed has no iframe or script
    /// for the sanitizer to drop: the video and the gist are links, which every format keeps
    /// (before, Atom and RSS subscribers got an empty `<div class="video">` and no gist at all).
    func content(of format: FeedFormat) -> String {
        let json = format == .json
        switch self {
        case .main:
            return """
                <p>This is the first post of <em>Field Notes</em>, a small blog about building tools that do
                one thing well. Every post here is a Markdown file with YAML front matter, the way
                Jekyll keeps them.</p>
                <p>The feeds are built by feedgen. Read <a href="https://notes.example.org/about/">about the author</a> or go back to the
                <a href="https://notes.example.org/">front page</a>.</p>
                """ + (json ? "\n" : "")
        case .jekyllBlog:
            return """
                <p>I gave a talk on picking solvers. The recording:</p>
                <p><a href="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ">Solvers in the wild</a></p>


                <p>Slides are <a href="https://gradient.example.net/assets/slides.pdf">here</a> and the page was built at
                build time, not 0 times.</p>
                <dl>
                <dt>Term</dt>
                <dd>A definition list, kramdown style.</dd>
                </dl>

                <p><abbr title="Conjugate gradient">CG</abbr> is everywhere.</p>
                """ + (json ? "\n" : "")
        case .hugoSample:
            let gist = #"<p><a href="https://gist.github.com/example/1234">https://gist.github.com/example/1234</a></p>"#
            return "<p>Version 1.0 is the first stable release.</p>\n" + gist + (json ? "\n\n" : "")
        }
    }
}
