import Foundation
import Testing
import FeedGen
@testable import FeedBuild
@testable import FeedSupport
@testable import SiteLoading

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

    func build(_ site: TemporarySite, cache: Bool = true, output: String = "feeds", now: Date = CacheTests.now,
               drafts: Bool = false, postsDisplayPath: String = "posts", settlingTime: Int64 = 0, acceptChanges: Bool = false) throws -> BuildReport {
        var config = try site.config()
        config.outputFolder = site.url(output)
        var options = BuildOptions()
        options.now = now
        options.useCache = cache
        options.includeDrafts = drafts
        options.acceptChanges = acceptChanges
        // These posts were written a moment ago; the test that needs the settling time sets it itself.
        options.settlingTime = settlingTime
        return try SiteBuilder(config: config, options: options, postsDisplayPath: postsDisplayPath).build()
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

    @Test func repeatedBuildSaysTheSameWarningsAndEntriesWithoutReadingAPost() throws {
        let site = try makeSite()
        try site.write("posts/2024-03-31-untitled.md", "---\ndate: 2024-03-31\n---\n\nNo title.\n")
        let first = try build(site)
        #expect(first.diagnostics == [.warning(FeedGen.SourceLocation(path: "posts/2024-03-31-untitled.md", line: 1), "the post has no title; using \"Untitled\" from its file name")])
        let second = try build(site)
        #expect(second.parsedCount == 0)
        #expect(second.diagnostics == first.diagnostics)
        #expect(second.entries.map(\.path) == first.entries.map(\.path))
        #expect(second.entries.map(\.url) == ["https://example.org/2024/03/31/untitled/"] + (27...30).reversed().map { "https://example.org/2024/03/\($0)/post-\($0)/" })
        #expect(second.outputs.map(\.written) == [false, false, false])
    }

    @Test func repeatedBuildNamesPostsByTheirPathAsPrintedNow() throws {
        let site = try makeSite()
        try site.write("posts/2024-03-31-untitled.md", "---\ndate: 2024-03-31\n---\n\nNo title.\n")
        _ = try build(site)
        let elsewhere = try build(site, postsDisplayPath: "site/posts")
        #expect(elsewhere.diagnostics.map(\.location.path) == ["site/posts/2024-03-31-untitled.md"])
        #expect(elsewhere.entries.first?.path == "site/posts/2024-03-31-untitled.md")
    }

    /// An edit that keeps the size and puts the modification time back, as
    /// `touch -r` or `rsync -t` can: only the status-change time shows it.
    func editKeepingSizeAndModificationTime(_ site: TemporarySite, _ name: String) throws {
        let path = site.url(name).path
        var status = stat()
        #expect(stat(path, &status) == 0)
        try site.write(name, try site.read(name).replacingOccurrences(of: "Text of post", with: "TEXT OF POST"))
        var times = [status.st_atim, status.st_mtim]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
    }

    @Test func editThatPutsTheModificationTimeBackIsNoticedByARepeatedBuild() throws {
        let site = try makeSite()
        _ = try build(site)
        try editKeepingSizeAndModificationTime(site, "posts/2024-03-30-post-30.md")
        #expect(try build(site).parsedCount == 1)
        #expect(try site.read("feeds/rss.xml").contains("TEXT OF POST 30"))
    }

    @Test func editThatPutsTheModificationTimeBackReachesTheFeedWhenOtherPostsChangedToo() throws {
        let site = try makeSite()
        _ = try build(site)
        try editKeepingSizeAndModificationTime(site, "posts/2024-03-30-post-30.md")
        try site.write("posts/2024-03-01-post-1.md", post("Post 1, edited", "2024-03-01"))
        try expectSameAsColdBuild(site)
        #expect(try site.read("feeds/rss.xml").contains("TEXT OF POST 30"))
    }

    @Test func touchingAPostWithoutChangingItIsNoticed() throws {
        let site = try makeSite()
        _ = try build(site)
        let path = site.url("posts/2024-03-01-post-1.md").path
        var times = [timespec(tv_sec: 1_700_000_000, tv_nsec: 0), timespec(tv_sec: 1_700_000_000, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        let report = try build(site)
        #expect(report.parsedCount == 1)
        #expect(report.outputs.map(\.written) == [false, false, false])
    }

    @Test func postInANewSubfolderIsNoticed() throws {
        let site = try makeSite()
        _ = try build(site)
        try site.write("posts/2024/2024-04-02-in-a-folder.md", post("In a folder", "2024-04-02"))
        try expectSameAsColdBuild(site)
        #expect(try site.read("feeds/rss.xml").contains("<title>In a folder</title>"))
    }

    @Test func includingDraftsIsNotARepeatedBuild() throws {
        let site = try makeSite()
        try site.write("posts/2024-04-01-draft.md", "---\ntitle: Draft\ndate: 2024-04-01\ndraft: true\n---\n\nSoon.\n")
        _ = try build(site)
        let report = try build(site, drafts: true)
        #expect(report.outputs.map(\.written) == [true, true, true])
        #expect(try site.read("feeds/rss.xml").contains("<title>Draft</title>"))
    }

    @Test func clockSetBackBeforeAPostsDateTakesItOutAgain() throws {
        let site = try makeSite()
        try site.write("posts/2025-07-01-scheduled.md", post("Scheduled", "2025-07-01"))
        let later = Date(timeIntervalSince1970: 1_760_000_000)  // 2025-10-09
        _ = try build(site, now: later)
        #expect(try site.read("feeds/rss.xml").contains("<title>Scheduled</title>"))
        try expectSameAsColdBuild(site, now: CacheTests.now)
        #expect(try !site.read("feeds/rss.xml").contains("<title>Scheduled</title>"))
    }

    @Test func postChangedJustBeforeABuildIsReadAgainByTheNext() throws {
        let site = try makeSite()
        // Written a moment ago: an edit of the same size in the same clock tick would not show in its stamp.
        let first = try build(site, settlingTime: 60_000_000_000)
        #expect(first.parsedCount == 30)
        let second = try build(site, settlingTime: 60_000_000_000)
        #expect(second.parsedCount == 30)
        #expect(second.outputs.map(\.written) == [false, false, false])
        _ = try build(site, settlingTime: 0)
        #expect(try build(site, settlingTime: 0).parsedCount == 0)
    }

    @Test func postDatedBefore1970OnDiskIsCachedLikeAnyOther() throws {
        let site = try makeSite()
        var times = [timespec(tv_sec: -1_000_000, tv_nsec: 0), timespec(tv_sec: -1_000_000, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, site.url("posts/2024-03-01-post-1.md").path, &times, 0) == 0)
        _ = try build(site)
        try site.write("posts/2024-03-02-post-2.md", post("Post 2, edited", "2024-03-02"))
        let report = try build(site)
        #expect(report.diagnostics == [])
        #expect(report.parsedCount == 1)
    }

    @Test func renderingErrorIsReportedAgainByTheNextBuild() throws {
        let site = try makeSite()
        // The front matter is fine; the body, read only for the feed, is not UTF-8.
        try site.write("posts/2024-04-01-broken.md", bytes: Array("---\ntitle: Broken\ndate: 2024-04-01\n---\n\nBad ".utf8) + [0xFF] + Array(" byte.\n".utf8))
        var config = try site.config()
        config.outputFolder = site.url("feeds")
        var options = BuildOptions()
        options.now = CacheTests.now
        options.keepGoing = true
        options.settlingTime = 0
        let first = try SiteBuilder(config: config, options: options, postsDisplayPath: "posts").build()
        #expect(first.diagnostics.map(\.message) == ["the file is not valid UTF-8; save it as UTF-8"])
        #expect(first.outputs.map(\.entryCount) == [4, 4, 4])
        let second = try build(site)
        #expect(second.diagnostics.map(\.message) == ["the file is not valid UTF-8; save it as UTF-8"])
        #expect(!second.succeeded)
        #expect(try build(site).diagnostics.map(\.message) == ["the file is not valid UTF-8; save it as UTF-8"])
    }

    @Test func renderingWarningIsSaidAgainWhenTheFeedIsLeftAsItIs() throws {
        let site = try makeSite()
        try site.write("posts/2024-04-01-liquid.md", post("Liquid", "2024-04-01", body: "{% youtube abc %}"))
        let first = try build(site)
        #expect(first.diagnostics.map(\.message) == ["Liquid tag \"youtube\" comes from a plugin feedgen does not have; it renders as nothing"])
        try site.write("posts/2024-03-01-post-1.md", post("Post 1, edited", "2024-03-01"))
        let second = try build(site)
        #expect(second.diagnostics == first.diagnostics)
        #expect(try build(site).diagnostics == first.diagnostics)
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
        // Every entry gets a new id: the publish guard refuses that unless accepted.
        let report = try build(site, acceptChanges: true)
        #expect(report.parsedCount == 30)
        try expectSameAsColdBuild(site)
        #expect(try site.read("feeds/rss.xml").contains("<link>https://example.org/post-30/</link>"))
    }

    @Test func changingTheAuthorsFileGivesWhatAColdBuildGives() throws {
        let site = try makeSite(config: #"{"title": "T", "url": "https://example.org", "limit": 5, "authors_file": "authors.yml"}"#)
        try site.write("authors.yml", "ann: Ann Author\n")
        try site.write("posts/2024-04-01-by-ann.md", "---\ntitle: By Ann\ndate: 2024-04-01\nauthor: ann\n---\n\nHello.\n")
        _ = try build(site)
        #expect(try site.read("feeds/feed.json").contains(#""name": "Ann Author""#))
        try site.write("authors.yml", "ann: Ann Newname\n")
        try expectSameAsColdBuild(site)
        #expect(try site.read("feeds/feed.json").contains(#""name": "Ann Newname""#))
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

    @Test func categoriesAndTagsComeBackFromTheCacheAsWritten() throws {
        let site = try makeSite(config: #"{"title": "T", "url": "https://example.org", "limit": 5, "category_feeds": ["news", "a b"], "tag_feeds": true}"#)
        try site.write("posts/2023-01-01-old.md", "---\ntitle: Old\ndate: 2023-01-01\ncategories: [news, \"a b\"]\ntags: [swift, feeds]\n---\n\nOld.\n")
        try site.write("posts/2023-01-02-tab.md", "---\ntitle: Tab\ndate: 2023-01-02\ncategories: [\"a\\tb\"]\n---\n\nA tab.\n")
        _ = try build(site)
        try site.write("posts/2024-03-01-post-1.md", post("Post 1, edited", "2024-03-01"))
        let report = try build(site)
        // The edited post, and the post whose category holds a tab, which the cache cannot keep.
        #expect(report.parsedCount == 2)
        try expectSameAsColdBuild(site)
        for name in ["feed/news.xml", "feed/a b.xml", "feed/by_tag/swift.xml", "feed/by_tag/feeds.xml"] {
            #expect(try site.read("feeds/" + name).contains("<title>Old</title>"), "\(name)")
            #expect(try site.read("feeds/" + name) == site.read("cold/" + name), "\(name)")
        }
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

    @Test func cacheWithBytesAddedAtTheEndIsIgnoredWithAWarning() throws {
        let site = try makeSite()
        _ = try build(site)
        let text = try site.read("feeds/.feedgen-cache")
        try site.write("feeds/.feedgen-cache", text + "post\textra.md\n")
        let report = try build(site)
        #expect(report.diagnostics.map(\.message) == ["the build cache is damaged and was ignored; it will be rebuilt"])
        #expect(report.parsedCount == 30)
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
