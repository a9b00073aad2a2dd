import Foundation
import Testing
import FeedGen
@testable import FeedValidation

/// A small Jekyll blog (Tests/JekyllSite): `feedgen init` translates its
/// `_config.yml`, and the feeds `feedgen build` then writes carry the same
/// entries as those the real Jekyll + jekyll-feed write for it.
@Suite struct JekyllCompatibilityTests {
    static let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("JekyllSite")

    /// A copy of the Jekyll site in a temporary folder.
    func copySite() throws -> TemporarySite {
        let site = try TemporarySite()
        try FileManager.default.removeItem(at: site.url("config.json"))
        try FileManager.default.removeItem(at: site.url("posts"))
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.source.path) where name != "expected-config.json" {
            try FileManager.default.copyItem(at: Self.source.appendingPathComponent(name), to: site.url(name))
        }
        return site
    }

    @Test func initTranslatesTheJekyllConfig() throws {
        let site = try copySite()
        let result = try FeedgenProcess.run(["init"], in: site.root)
        #expect(result.status == 0)
        #expect(try site.read("config.json") == String(contentsOf: Self.source.appendingPathComponent("expected-config.json"), encoding: .utf8))
        #expect(result.stdout.hasPrefix("Wrote config.json, translated from _config.yml:\n  title: from title\n  url: from url + baseurl\n"))
        let again = try FeedgenProcess.run(["init"], in: site.root)
        #expect(again.status == 1)
        #expect(again.stderr == "config.json: already exists; feedgen init --force overwrites it\n")
        #expect(try FeedgenProcess.run(["init", "--force"], in: site.root).status == 0)
    }

    @Test func initWithoutAJekyllConfigWritesAStartingConfigThatBuilds() throws {
        let site = try TemporarySite()
        try FileManager.default.removeItem(at: site.url("config.json"))
        let result = try FeedgenProcess.run(["init"], in: site.root)
        #expect(result.status == 0)
        let config = try site.config()
        #expect(config.title == "My Site")
        #expect(config.url == "https://example.org")
        try site.write("posts/2024-05-01-hello.md", "---\ntitle: Hello\n---\n\nHi.\n")
        #expect(try FeedgenProcess.run(["build", "--quiet"], in: site.root).status == 0)
    }

    /// Builds the site with the real Jekyll + jekyll-feed; returns its output folder.
    func buildWithJekyll(_ site: TemporarySite, arguments: [String] = []) throws -> URL {
        let output = site.url("jekyll-out")
        let jekyll = Process()
        jekyll.executableURL = URL(fileURLWithPath: "/usr/bin/jekyll")
        jekyll.arguments = ["build", "--quiet", "-s", site.root.path, "-d", output.path] + arguments
        jekyll.currentDirectoryURL = site.root
        try jekyll.run()
        let jekyllStatus = jekyll.waitForExit()
        #expect(jekyllStatus == 0)
        return output
    }

    struct AtomEntry: Equatable {
        var id: String
        var link: String
        var title: String
        var published: Date
        var updated: Date
        var categories: [String]
        /// `media:thumbnail`'s URL.
        var image: String?
    }

    func entries(ofAtomFile url: URL) throws -> (id: String, entries: [AtomEntry]) {
        let parser = XMLDocumentParser(relaxNG: AtomSchema.relaxNG)
        let (root, _) = parser.check(Array(try Data(contentsOf: url)))
        let feed = try #require(root)
        let atom = AtomWriter.namespace
        func date(_ element: XMLNode?) throws -> Date { try Date(#require(element).text, strategy: .iso8601) }
        let entries = try feed.children("entry", in: atom).map { entry in
            AtomEntry(
                id: entry.child("id", in: atom)?.text ?? "",
                link: entry.children("link", in: atom).first { $0.attributes["rel"] == "alternate" }?.attributes["href"] ?? "",
                title: entry.child("title", in: atom)?.text ?? "",
                published: try date(entry.child("published", in: atom)),
                updated: try date(entry.child("updated", in: atom)),
                categories: entry.children("category", in: atom).compactMap { $0.attributes["term"] },
                image: entry.child("thumbnail", in: "http://search.yahoo.com/mrss/")?.attributes["url"]
            )
        }
        return (feed.child("id", in: atom)?.text ?? "", entries)
    }

    /// Differences allowed on purpose:
    /// - jekyll-feed escapes titles twice (`&` arrives as `&amp;`); feedgen writes the title.
    /// - jekyll-feed repeats the site author in every entry; feedgen's entries without an
    ///   author inherit the feed's (RFC 4287 §4.2.1), so authors are not compared here.
    /// - jekyll-feed's `updated` is the build time; feedgen's is the newest entry's.
    /// - Summaries and content differ in markup (kramdown vs cmark-gfm) and in URLs
    ///   (feedgen makes them absolute), so they are not compared.
    @Test func entriesMatchWhatJekyllFeedWrites() throws {
        let site = try copySite()
        let jekyllOutput = try buildWithJekyll(site)
        #expect(try FeedgenProcess.run(["init"], in: site.root).status == 0)
        let build = try FeedgenProcess.run(["build"], in: site.root)
        #expect(build.stderr == "")
        #expect(build.status == 0)

        let theirs = try entries(ofAtomFile: jekyllOutput.appendingPathComponent("feed.xml"))
        let ours = try entries(ofAtomFile: site.url("_site/feed.xml"))
        #expect(ours.id == theirs.id)
        #expect(ours.id == "https://blog.example.com/notes/feed.xml")
        let theirEntries = theirs.entries.map { entry in
            var entry = entry
            entry.title = entry.title.replacingOccurrences(of: "&amp;", with: "&")
            return entry
        }
        #expect(ours.entries.count == 5)
        #expect(ours.entries == theirEntries)
        #expect(ours.entries.map(\.id) == [
            "https://blog.example.com/notes/2024/03/20/summer-time",
            "https://blog.example.com/notes/tech/2024/03/05/liquid-links",
            "https://blog.example.com/notes/2024/03/01/no-date-in-front-matter",
            "https://blog.example.com/notes/news/2024/02/14/cover-story",
            "https://blog.example.com/notes/tech/life/2024/01/10/hello-world",
        ])
    }

    /// jekyll-feed's per-category and per-tag feeds, under the same paths.
    /// Allowed difference: jekyll-feed titles a tag's feed "Site | " (it only
    /// knows categories there); feedgen writes "Site | Tag".
    @Test func categoryAndTagFeedsMatchJekyllFeed() throws {
        let site = try copySite()
        let jekyllOutput = try buildWithJekyll(site)
        #expect(try FeedgenProcess.run(["init"], in: site.root).status == 0)
        let build = try FeedgenProcess.run(["build"], in: site.root)
        #expect(build.status == 0)
        #expect(build.stdout.contains("_site/feed/tech.xml: written, 2 entries\n_site/feed/tech.rss: written, 2 entries\n_site/feed/tech.json: written, 2 entries\n"))
        for path in ["feed/tech.xml", "feed/by_tag/intro.xml", "feed/by_tag/dates.xml"] {
            let theirs = try entries(ofAtomFile: jekyllOutput.appendingPathComponent(path))
            let ours = try entries(ofAtomFile: site.url("_site/" + path))
            #expect(ours.id == theirs.id, "\(path)")
            #expect(ours.entries == theirs.entries, "\(path)")
            #expect(!ours.entries.isEmpty, "\(path)")
        }
        let validate = try FeedgenProcess.run(["validate", "_site/feed", "_site/feed/by_tag"], in: site.root)
        #expect(validate.status == 0)
    }

    /// `"tag_feeds": true` is jekyll-feed's `tags: true`: a feed per tag, except
    /// tags with characters other than letters, digits and `_`, which it skips.
    @Test func everyTagFeedSkipsTagsThatAreNotWords() throws {
        let site = try TemporarySite(
            config: "{\"title\": \"T\", \"url\": \"https://example.org\", \"tag_feeds\": true, \"formats\": [\"atom\"]}",
            posts: [
                "2024-05-01-a.md": "---\ntitle: A\ntags: [swift, c++]\n---\n\nA.\n",
                "2024-05-02-b.md": "---\ntitle: B\ntags: [web_dev, swift]\n---\n\nB.\n",
            ])
        let result = try FeedgenProcess.run(["build"], in: site.root)
        #expect(result.status == 0)
        #expect(result.stdout == """
            feeds/atom.xml: written, 2 entries
            feeds/feed/by_tag/swift.xml: written, 2 entries
            feeds/feed/by_tag/web_dev.xml: written, 1 entry

            """)
    }

    /// The second sample site, built from its `_config.yml` alone (no config.json):
    /// `collections.posts.permalink`, `defaults:` (an image for every post),
    /// dates in Ruby's forms, a category folder (`notes/_posts/`) and a draft.
    /// Titles go through `smartify | strip_html | normalize_whitespace` in both.
    @Test func theResearchBlogMatchesJekyllFeedEntryByEntry() throws {
        let site = try TemporarySite()
        try FileManager.default.removeItem(at: site.url("config.json"))
        try FileManager.default.removeItem(at: site.url("posts"))
        let blog = SampleSite.root.appendingPathComponent("sites/jekyll-blog")
        for name in try FileManager.default.contentsOfDirectory(atPath: blog.path) {
            try FileManager.default.copyItem(at: blog.appendingPathComponent(name), to: site.url(name))
        }
        let jekyllOutput = try buildWithJekyll(site, arguments: ["--drafts"])
        let build = try FeedgenProcess.run(["build", "--drafts", "--quiet"], in: site.root)
        #expect(build.status == 0)
        let theirs = try entries(ofAtomFile: jekyllOutput.appendingPathComponent("feed.xml"))
        let ours = try entries(ofAtomFile: site.url("_site/feed.xml"))
        #expect(ours.id == theirs.id)
        #expect(ours.entries.count == 8)
        // jekyll-feed escapes a title's `&` twice; feedgen writes the text.
        let theirEntries = theirs.entries.map { entry in
            var entry = entry
            entry.title = entry.title.replacingOccurrences(of: "&amp;", with: "&")
            return entry
        }
        #expect(ours.entries == theirEntries)
        #expect(ours.entries.map(\.title).contains("Wolfe conditions \u{2013} the \u{201C}curvature\u{201D} half"))
        #expect(ours.entries.map(\.link).contains("https://gradient.example.net/blog/2024/reading-list/"))
        #expect(ours.entries.compactMap(\.image).count == 8)
    }

    @Test func liquidSiteURLBecomesTheSiteAddress() throws {
        let site = try copySite()
        #expect(try FeedgenProcess.run(["init"], in: site.root).status == 0)
        #expect(try FeedgenProcess.run(["build", "--quiet"], in: site.root).status == 0)
        let atom = try site.read("_site/feed.xml")
        #expect(atom.contains("&lt;a href=\"https://blog.example.com/notes/about/\"&gt;about this blog&lt;/a&gt;"))
    }

    @Test func linksPrintsAutodiscoveryTags() throws {
        let site = try copySite()
        #expect(try FeedgenProcess.run(["init"], in: site.root).status == 0)
        let result = try FeedgenProcess.run(["links"], in: site.root)
        #expect(result.stdout == """
            <link rel="alternate" type="application/atom+xml" title="Jekyll &amp; Friends (Atom)" href="https://blog.example.com/notes/feed.xml">
            <link rel="alternate" type="application/rss+xml" title="Jekyll &amp; Friends (RSS)" href="https://blog.example.com/notes/rss.xml">
            <link rel="alternate" type="application/feed+json" title="Jekyll &amp; Friends (JSON Feed)" href="https://blog.example.com/notes/feed.json">

            """)
    }
}
