import Foundation
import Testing
@testable import FeedGen

/// The build cache: work grows with what changed, and the output is always
/// what a cold build would write.
@Suite struct CacheTests {
    static let now = Date(timeIntervalSince1970: 1_750_000_000)  // 2025-06-15

    func post(_ title: String, _ date: String, body: String = "Body.") -> String {
        "---\ntitle: \(title)\ndate: \(date)\n---\n\n\(body)\n"
    }

    func makeSite(count: Int = 30, config: String = "{\"title\": \"T\", \"url\": \"https://example.org\", \"limit\": 5}") throws -> TemporarySite {
        var posts: [String: String] = [:]
        for day in 1...count {
            let date = String(format: "2024-03-%02d", day)
            posts["\(date)-post-\(day).md"] = post("Post \(day)", date, body: "Text of post \(day), see https://example.com/\(day)")
        }
        return try TemporarySite(config: config, posts: posts)
    }

    func build(_ site: TemporarySite, cache: Bool = true, output: String = "feeds", now: Date = CacheTests.now) throws -> BuildReport {
        var config = try site.config()
        config.outputFolder = site.url(output)
        var options = BuildOptions()
        options.now = now
        options.useCache = cache
        return try SiteBuilder(config: config, options: options, postsDisplayPath: "posts").build()
    }

    /// The cached build's files against a cold build's of the same site.
    func expectSameAsColdBuild(_ site: TemporarySite, now: Date = CacheTests.now, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let warm = try build(site, now: now)
        #expect(warm.succeeded, sourceLocation: sourceLocation)
        let cold = try build(site, cache: false, output: "cold", now: now)
        #expect(cold.succeeded, sourceLocation: sourceLocation)
        for name in ["atom.xml", "rss.xml", "feed.json"] {
            let cached = try Data(contentsOf: site.url("feeds/" + name))
            let fresh = try Data(contentsOf: site.url("cold/" + name))
            #expect(cached == fresh, "\(name) differs from a cold build", sourceLocation: sourceLocation)
        }
    }

    @Test func postsThatDoNotReachTheFeedAreNeverRendered() throws {
        let site = try makeSite()
        let report = try build(site, cache: false)
        #expect(report.postCount == 30)
        #expect(report.parsedCount == 30)
        #expect(report.renderedCount == 5)
    }

    @Test func secondBuildWithNothingChangedParsesAndRendersNothing() throws {
        let site = try makeSite()
        _ = try build(site)
        let second = try build(site)
        #expect(second.parsedCount == 0)
        #expect(second.renderedCount == 0)
        #expect(second.outputs.map(\.written) == [false, false, false])
        #expect(second.outputs.map(\.entryCount) == [5, 5, 5])
    }

    @Test func touchingAnOldPostParsesOnlyThatPost() throws {
        let site = try makeSite()
        _ = try build(site)
        try site.write("posts/2024-03-01-post-1.md", post("Post 1, edited", "2024-03-01"))
        let report = try build(site)
        #expect(report.parsedCount == 1)
        #expect(report.renderedCount == 0)
    }

    @Test func editingAPostInTheFeedGivesWhatAColdBuildGives() throws {
        let site = try makeSite()
        _ = try build(site)
        try site.write("posts/2024-03-30-post-30.md", post("Post 30, edited", "2024-03-30", body: "New text."))
        try expectSameAsColdBuild(site)
        #expect(try site.read("feeds/rss.xml").contains("<title>Post 30, edited</title>"))
    }

    @Test func addingAPostGivesWhatAColdBuildGives() throws {
        let site = try makeSite()
        _ = try build(site)
        try site.write("posts/2024-04-01-new.md", post("New", "2024-04-01"))
        try expectSameAsColdBuild(site)
        #expect(try site.read("feeds/rss.xml").contains("<title>New</title>"))
    }

    @Test func deletingAPostGivesWhatAColdBuildGives() throws {
        let site = try makeSite()
        _ = try build(site)
        try FileManager.default.removeItem(at: site.url("posts/2024-03-30-post-30.md"))
        try expectSameAsColdBuild(site)
        #expect(try !site.read("feeds/rss.xml").contains("<title>Post 30</title>"))
    }

    @Test func renamingAPostGivesWhatAColdBuildGives() throws {
        let site = try makeSite()
        _ = try build(site)
        try FileManager.default.moveItem(at: site.url("posts/2024-03-30-post-30.md"), to: site.url("posts/2024-03-30-renamed.md"))
        try expectSameAsColdBuild(site)
        #expect(try site.read("feeds/rss.xml").contains("<link>https://example.org/2024/03/30/renamed/</link>"))
    }

    @Test func changingTheConfigGivesWhatAColdBuildGives() throws {
        let site = try makeSite()
        _ = try build(site)
        try site.write("config.json", "{\"title\": \"T\", \"url\": \"https://example.org\", \"limit\": 5, \"permalink\": \"/:title/\"}")
        let report = try build(site)
        #expect(report.parsedCount == 30)
        try expectSameAsColdBuild(site)
        #expect(try site.read("feeds/rss.xml").contains("<link>https://example.org/post-30/</link>"))
    }

    @Test func clockThatMakesAFuturePostDueGivesWhatAColdBuildGives() throws {
        let site = try makeSite()
        try site.write("posts/2025-07-01-scheduled.md", post("Scheduled", "2025-07-01"))
        _ = try build(site)
        #expect(try !site.read("feeds/rss.xml").contains("<title>Scheduled</title>"))
        let later = Date(timeIntervalSince1970: 1_760_000_000)  // 2025-10-09
        try expectSameAsColdBuild(site, now: later)
        #expect(try site.read("feeds/rss.xml").contains("<title>Scheduled</title>"))
    }

    @Test func garbageCacheIsIgnoredWithAWarning() throws {
        let site = try makeSite()
        _ = try build(site)
        try site.write("feeds/.feedgen-cache", "this is not a cache\n")
        let report = try build(site)
        #expect(report.diagnostics == [.warning(FeedGen.SourceLocation(path: DisplayPath.of(site.url("feeds/.feedgen-cache")), line: 1),
                                                "the build cache is damaged and was ignored; it will be rebuilt")])
        #expect(report.parsedCount == 30)
        try expectSameAsColdBuild(site)
    }

    @Test func truncatedCacheIsIgnoredWithAWarning() throws {
        let site = try makeSite()
        _ = try build(site)
        let bytes = try Data(contentsOf: site.url("feeds/.feedgen-cache"))
        try site.write("feeds/.feedgen-cache", bytes: Array(bytes.prefix(bytes.count - 7)))
        let report = try build(site)
        #expect(report.diagnostics.map(\.message) == ["the build cache is damaged and was ignored; it will be rebuilt"])
        #expect(report.parsedCount == 30)
        try expectSameAsColdBuild(site)
    }

    @Test func outputChangedBehindTheCachesBackIsRewritten() throws {
        let site = try makeSite()
        _ = try build(site)
        let original = try site.read("feeds/atom.xml")
        try site.write("feeds/atom.xml", "<feed/>")
        let report = try build(site)
        #expect(report.outputs.map(\.written) == [true, false, false])
        #expect(try site.read("feeds/atom.xml") == original)
    }

    @Test func noCacheNeitherReadsNorWritesIt() throws {
        let site = try makeSite()
        _ = try build(site, cache: false)
        #expect(!site.exists("feeds/.feedgen-cache"))
        _ = try build(site)
        try site.write("feeds/.feedgen-cache", "garbage\n")
        let report = try build(site, cache: false)
        #expect(report.diagnostics == [])
        #expect(try site.read("feeds/.feedgen-cache") == "garbage\n")
    }
}
