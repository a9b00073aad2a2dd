import Foundation
import Testing
import FeedGen
@testable import FeedBuild
@testable import FeedSupport
@testable import SiteLoading

/// `SiteBuilder.build()` on real folders: which posts reach the feed, in
/// which order, and that the same input always gives the same bytes.
@Suite struct BuildTests {
    static let june = TestDates.instant("2024-06-01T00:00:00Z")

    private func build(_ site: TemporarySite, config: SiteConfig? = nil, _ configure: (inout BuildOptions) -> Void = { _ in }) throws -> BuildReport {
        var options = BuildOptions()
        options.now = Self.june
        configure(&options)
        return try SiteBuilder(config: config ?? site.config(), options: options, postsDisplayPath: "posts").build()
    }

    /// The source post of each entry, newest first.
    private func entries(_ report: BuildReport) -> [String] {
        report.entries.map(\.path)
    }

    private func post(_ title: String, _ extra: String = "") -> String {
        "---\ntitle: \(title)\n\(extra)---\n\n\(title) body.\n"
    }

    // MARK: - Drafts

    @Test func draftsAreLeftOutByDefault() throws {
        let site = try TemporarySite(posts: [
            "2024-05-01-a.md": post("A"),
            "2024-05-02-b.md": post("B", "draft: true\n"),
            "2024-05-03-c.md": post("C", "published: false\n"),
        ])
        let report = try build(site)
        #expect(report.diagnostics == [])
        #expect(entries(report) == ["posts/2024-05-01-a.md"])
        #expect(report.outputs.map(\.entryCount) == [1, 1, 1])
    }

    @Test func draftsAreIncludedWithIncludeDrafts() throws {
        let site = try TemporarySite(posts: [
            "2024-05-01-a.md": post("A"),
            "2024-05-02-b.md": post("B", "draft: true\n"),
            "2024-05-03-c.md": post("C", "published: false\n"),
        ])
        let report = try build(site) { $0.includeDrafts = true }
        #expect(report.diagnostics == [])
        #expect(entries(report) == ["posts/2024-05-03-c.md", "posts/2024-05-02-b.md", "posts/2024-05-01-a.md"])
    }

    // MARK: - Scheduled posts

    private func scheduledSite() throws -> TemporarySite {
        try TemporarySite(posts: [
            "2024-05-01-past.md": post("Past"),
            "2024-06-02-future.md": post("Future", "date: 2024-06-02 00:00:00 +00:00\n"),
        ])
    }

    @Test func futurePostsAreLeftOut() throws {
        let report = try build(try scheduledSite())
        #expect(report.diagnostics == [])
        #expect(entries(report) == ["posts/2024-05-01-past.md"])
    }

    @Test func futurePostsAreIncludedWithIncludeFuture() throws {
        let report = try build(try scheduledSite()) { $0.includeFuture = true }
        #expect(entries(report) == ["posts/2024-06-02-future.md", "posts/2024-05-01-past.md"])
    }

    @Test func futurePostIsStillOutOneSecondBeforeItsDate() throws {
        let report = try build(try scheduledSite()) { $0.now = TestDates.instant("2024-06-01T23:59:59Z") }
        #expect(entries(report) == ["posts/2024-05-01-past.md"])
    }

    @Test func scheduledPostGoesLiveAtItsDate() throws {
        let report = try build(try scheduledSite()) { $0.now = TestDates.instant("2024-06-02T00:00:00Z") }
        #expect(entries(report) == ["posts/2024-06-02-future.md", "posts/2024-05-01-past.md"])
    }

    @Test func scheduledPostGoesLiveOnTheFirstBuildAfterItsDate() throws {
        let site = try scheduledSite()
        let before = try build(site)
        #expect(before.outputs.map(\.written) == [true, true, true])
        #expect(before.outputs.map(\.entryCount) == [1, 1, 1])
        let after = try build(site) { $0.now = TestDates.instant("2024-06-02T00:10:00Z") }
        #expect(entries(after) == ["posts/2024-06-02-future.md", "posts/2024-05-01-past.md"])
        #expect(after.outputs.map(\.written) == [true, true, true])
        #expect(after.outputs.map(\.entryCount) == [2, 2, 2])
    }

    // MARK: - Limit and order

    @Test func limitKeepsTheNewest() throws {
        let site = try TemporarySite(
            config: #"{"title": "Test Site", "url": "https://example.org", "limit": 2}"#,
            posts: [
                "2024-05-01-a.md": post("A"),
                "2024-05-03-c.md": post("C"),
                "2024-05-02-b.md": post("B"),
            ]
        )
        let report = try build(site)
        #expect(entries(report) == ["posts/2024-05-03-c.md", "posts/2024-05-02-b.md"])
        #expect(report.outputs.map(\.entryCount) == [2, 2, 2])
        #expect(report.postCount == 3)
    }

    @Test func newestFirstWithSameTimeOrderedByPathAsJekyllReversed() throws {
        let site = try TemporarySite(posts: [
            "2024-05-01-a.md": post("A", "date: 2024-05-01 09:00\n"),
            "2024-05-01-b.md": post("B", "date: 2024-05-01 09:00\n"),
            "2024-05-01-c.md": post("C", "date: 2024-05-01 08:00\n"),
            "2024-04-30-d.md": post("D"),
            "sub/2024-05-02-e.md": post("E"),
        ])
        let report = try build(site)
        #expect(entries(report) == [
            "posts/sub/2024-05-02-e.md",
            "posts/2024-05-01-b.md",
            "posts/2024-05-01-a.md",
            "posts/2024-05-01-c.md",
            "posts/2024-04-30-d.md",
        ])
    }

    @Test func publishedFilesAreNamedByTheConfig() throws {
        let site = try TemporarySite(
            config: #"{"title": "T", "url": "https://example.org", "formats": ["json", "atom"], "files": {"atom": "index.atom"}}"#,
            posts: ["2024-05-01-a.md": post("A")]
        )
        let report = try build(site)
        #expect(report.outputs.map(\.format) == [.atom, .json])
        #expect(report.outputs.map(\.path) == [site.url("feeds/index.atom").path, site.url("feeds/feed.json").path])
        #expect(try site.publishedFeeds().keys.sorted() == ["feed.json", "index.atom"])
    }

    @Test func secondBuildWithNothingChangedWritesNothing() throws {
        let site = try TemporarySite(posts: ["2024-05-01-a.md": post("A")])
        _ = try build(site)
        let first = try site.publishedFeeds()
        let second = try build(site)
        #expect(second.outputs.map(\.written) == [false, false, false])
        #expect(try site.publishedFeeds() == first)
    }

    // MARK: - Determinism

    /// Forty posts with authors, tags, images, enclosures and links, so that
    /// anything hash- or thread-ordered would show.
    private func busySite() throws -> TemporarySite {
        var posts: [String: String] = [:]
        for day in 1...40 {
            let date = String(format: "2024-03-%02d", (day - 1) % 28 + 1)
            posts["\(day % 3 == 0 ? "sub/" : "")\(date)-post-\(day).md"] = """
                ---
                title: Post \(day) & <friends>
                date: \(date) \(String(format: "%02d", day % 24)):00
                tags: [t\(day % 5), shared, "x \(day % 2)"]
                categories: c\(day % 4)
                author: {name: Author \(day % 3), email: a\(day % 3)@example.org}
                image: /img/\(day).png
                enclosure: /audio/\(day).mp3
                ---

                Paragraph with [a link](../\(day)/) and ![img](pic-\(day).png).

                Second paragraph, *emphasis*, `code` and a table:

                | a | b |
                |---|---|
                | \(day) | x |
                """
        }
        let config = #"{"title": "Busy", "url": "https://example.org/blog", "timezone": "Europe/Berlin", "limit": 30}"#
        return try TemporarySite(config: config, posts: posts)
    }

    private func files(in folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where !name.hasPrefix(".") {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    @Test func twoBuildsIntoTwoFoldersGiveIdenticalBytes() throws {
        let site = try busySite()
        var config = try site.config()
        config.outputFolder = site.url("one")
        let first = try build(site, config: config)
        config.outputFolder = site.url("two")
        let second = try build(site, config: config)
        #expect(first.diagnostics == [])
        #expect(second.diagnostics == [])
        let one = try files(in: site.url("one"))
        #expect(one.keys.sorted() == ["atom.xml", "feed.json", "rss.xml"])
        #expect(one == (try files(in: site.url("two"))))
    }

    @Test func oneThreadAndManyThreadsGiveIdenticalBytes() throws {
        let site = try busySite()
        var config = try site.config()
        config.outputFolder = site.url("serial")
        let serial = try build(site, config: config) { $0.threads = 1 }
        config.outputFolder = site.url("parallel")
        let parallel = try build(site, config: config) { $0.threads = 8 }
        #expect(serial.diagnostics == [])
        #expect(entries(serial) == entries(parallel))
        #expect(entries(serial).count == 30)
        #expect(try files(in: site.url("serial")) == (try files(in: site.url("parallel"))))
    }

    // MARK: - Clashes

    @Test func duplicatePermalinkIsAnErrorNamingBothFiles() throws {
        let site = try TemporarySite(posts: [
            "2024-05-01-hello.md": post("Hello"),
            "2024/2024-05-01-hello.md": post("Hello again"),
        ])
        let report = try build(site)
        #expect(report.diagnostics == [
            .error(SourceLocation(path: "posts/2024/2024-05-01-hello.md", line: 1),
                   "permalink /2024/05/01/hello/ is also used by posts/2024-05-01-hello.md"),
        ])
        #expect(report.outputs.isEmpty)
        #expect(try site.publishedFeeds() == [:])
    }

    @Test func duplicateIDIsAnErrorNamingBothFiles() throws {
        let site = try TemporarySite(posts: [
            "2024-05-01-one.md": post("One", "id: urn:x:1\n"),
            "2024-05-02-two.md": post("Two", "id: urn:x:1\n"),
        ])
        let report = try build(site)
        #expect(report.diagnostics == [
            .error(SourceLocation(path: "posts/2024-05-02-two.md", line: 1), "id urn:x:1 is also used by posts/2024-05-01-one.md"),
        ])
        #expect(report.outputs.isEmpty)
    }

    /// Two posts sharing both a permalink and an id: two errors, printed in
    /// the same order by every run (cron mails the output; a changing order
    /// looks like a changing problem). Eight runs of the real binary.
    @Test func clashOnPermalinkAndIDIsPrintedInTheSameOrderEveryRun() throws {
        let site = try TemporarySite(posts: [
            "2024-05-01-a.md": post("A", "id: urn:x\npermalink: /same/\n"),
            "2024-05-02-b.md": post("B", "id: urn:x\npermalink: /same/\n"),
        ])
        var outputs = Set<String>()
        for _ in 1...8 {
            let result = try FeedgenProcess.run(["build"], in: site.root)
            #expect(result.status == 1)
            outputs.insert(result.stderr)
        }
        #expect(outputs.count == 1)
        #expect(Set(outputs.first?.split(separator: "\n").map(String.init) ?? []) == [
            "posts/2024-05-02-b.md:4: permalink /same/ is also used by posts/2024-05-01-a.md",
            "posts/2024-05-02-b.md:1: id urn:x is also used by posts/2024-05-01-a.md",
            "feedgen: 2 errors; nothing was published",
        ])
    }

    @Test func draftDoesNotClashUnlessDraftsAreIncluded() throws {
        let site = try TemporarySite(posts: [
            "2024-05-01-hello.md": post("Hello"),
            "2024/2024-05-01-hello.md": post("Hello draft", "draft: true\n"),
        ])
        let report = try build(site)
        #expect(report.diagnostics == [])
        #expect(entries(report) == ["posts/2024-05-01-hello.md"])
    }

    // MARK: - What reaches the entries

    @Test func liquidWarningNamesTheFileLine() throws {
        let site = try TemporarySite(posts: ["2024-05-01-liquid.md": "---\ntitle: L\n---\n\nHello {{ page.title }}.\n{% youtube abc %}\n"])
        let report = try build(site)
        #expect(report.diagnostics == [
            .warning(SourceLocation(path: "posts/2024-05-01-liquid.md", line: 6), "Liquid tag \"youtube\" comes from a plugin feedgen does not have; it renders as nothing"),
        ])
    }

    @Test func excerptOnlySiteCarriesTheExcerptAndNoContent() throws {
        let site = try TemporarySite(
            config: #"{"title": "T", "url": "https://example.org", "excerpt_only": true}"#,
            posts: ["2024-05-01-a.md": "---\ntitle: A\n---\n\nFirst [link](/x/).\n\nSecond.\n"]
        )
        let report = try build(site)
        #expect(report.diagnostics == [])
        let atom = TextCollector(try Data(contentsOf: site.url("feeds/atom.xml")))
        #expect(atom.texts("summary") == ["<p>First <a href=\"https://example.org/x/\">link</a>.</p>\n"])
        #expect(atom.texts("content") == [])
        let rss = TextCollector(try Data(contentsOf: site.url("feeds/rss.xml")))
        #expect(rss.texts("description").last == "<p>First <a href=\"https://example.org/x/\">link</a>.</p>\n")
        #expect(rss.texts("content:encoded") == [])
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: site.url("feeds/feed.json"))) as? [String: Any]
        let item = (json?["items"] as? [[String: Any]])?.first
        #expect(item?["content_html"] as? String == "<p>First <a href=\"https://example.org/x/\">link</a>.</p>\n")
        #expect(item?["summary"] as? String == "First link.")
    }

    // MARK: - Each problem once

    /// A warning found while reading the front matter must not be printed
    /// a second time when the same post's body is rendered.
    @Test func byteOrderMarkWarningIsReportedOnce() throws {
        let site = try TemporarySite()
        try site.write("posts/2024-05-01-bom.md", bytes: [0xEF, 0xBB, 0xBF] + Array(post("Bom").utf8))
        let report = try build(site)
        #expect(report.diagnostics == [
            .warning(SourceLocation(path: "posts/2024-05-01-bom.md", line: 1), "the file starts with a UTF-8 byte order mark; it was ignored"),
        ])
    }

    @Test func controlCharacterInFrontMatterIsReportedOnce() throws {
        let site = try TemporarySite(posts: ["2024-05-01-bell.md": "---\ntitle: Bell\u{07}\n---\n\nBody.\n"])
        let report = try build(site)
        #expect(report.diagnostics == [
            .warning(SourceLocation(path: "posts/2024-05-01-bell.md", line: 2), "removed 1 control character that XML does not allow"),
        ])
        #expect(entries(report) == ["posts/2024-05-01-bell.md"])
    }

    @Test func controlCharacterInTheBodyIsReportedWithItsLine() throws {
        let site = try TemporarySite(posts: ["2024-05-01-bell.md": "---\ntitle: Bell\n---\n\nOne.\n\nTwo\u{0B}.\n"])
        let report = try build(site)
        #expect(report.diagnostics == [
            .warning(SourceLocation(path: "posts/2024-05-01-bell.md", line: 7), "removed 1 control character that XML does not allow"),
        ])
    }

    @Test func invalidUTF8InTheBodyIsAnErrorWithItsLine() throws {
        let site = try TemporarySite()
        try site.write("posts/2024-05-01-latin.md", bytes: Array("---\ntitle: Latin\n---\n\nCaf".utf8) + [0xE9] + Array(".\n".utf8))
        let report = try build(site)
        #expect(report.diagnostics == [
            .error(SourceLocation(path: "posts/2024-05-01-latin.md", line: 5), "the file is not valid UTF-8; save it as UTF-8"),
        ])
        #expect(report.outputs.isEmpty)
    }
}
