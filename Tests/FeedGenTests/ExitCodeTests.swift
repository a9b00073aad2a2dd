import Foundation
import Testing

/// Exit codes and messages true to the README when the output cannot be
/// written (issue 14, case 11), through the real binary.
@Suite struct ExitCodeTests {
    static let config = #"{"title": "T", "url": "https://example.org", "author": {"name": "A"}, "category_feeds": ["news"]}"#
    static let post = "---\ntitle: Good\ncategories: [news]\n---\n\nHello.\n"

    @Test func diskFillingBetweenFilesSaysWhatWasAndWasNotPublished() throws {
        let site = try TemporarySite(config: Self.config, posts: ["2024-01-01-good.md": Self.post])
        // The fourth write, the first category feed, fails as on a full disk.
        let result = try FeedgenProcess.run(["build", "--test-failing-write", "3"], in: site.root)
        #expect(result.status == 73)
        #expect(result.stdout == "feeds/atom.xml: written, 1 entry\nfeeds/rss.xml: written, 1 entry\nfeeds/feed.json: written, 1 entry\n")
        #expect(result.stderr == """
            feeds/feed/news.xml: cannot write: No space left on device
            feeds/feed/news.rss: cannot write: No space left on device
            feeds/feed/news.json: cannot write: No space left on device
            feedgen: not published, each keeps its previous version: feeds/feed/news.xml, feeds/feed/news.rss, feeds/feed/news.json; the other 3 files were published

            """)
        #expect(!site.exists("feeds/feed/news.xml") && !site.exists("feeds/feed/news.rss") && !site.exists("feeds/feed/news.json"))
        let complete = try TemporarySite(config: Self.config, posts: ["2024-01-01-good.md": Self.post])
        #expect(try FeedgenProcess.run(["build", "--quiet"], in: complete.root).status == 0)
        for name in ["atom.xml", "rss.xml", "feed.json"] {
            #expect(try site.read("feeds/" + name) == complete.read("feeds/" + name))
        }
        // The next build, with room again, publishes the rest.
        let next = try FeedgenProcess.run(["build"], in: site.root)
        #expect(next.status == 0)
        #expect(try site.read("feeds/feed/news.xml") == complete.read("feeds/feed/news.xml"))
    }

    @Test func cacheThatCannotBeWrittenIsAWarning() throws {
        let site = try TemporarySite(posts: ["2024-01-01-good.md": BadInputTests.good])
        try FileManager.default.createDirectory(at: site.url("feeds/.feedgen-cache"), withIntermediateDirectories: true)
        let warning = "feeds/.feedgen-cache: warning: cannot write: it is not a regular file; the next build reads every post again\n"
        let first = try FeedgenProcess.run(["build"], in: site.root)
        #expect(first.status == 0)
        #expect(first.stderr == warning)
        #expect(first.stdout == "feeds/atom.xml: written, 1 entry\nfeeds/rss.xml: written, 1 entry\nfeeds/feed.json: written, 1 entry\n")
        let second = try FeedgenProcess.run(["build"], in: site.root)
        #expect(second.status == 0)
        #expect(second.stderr == warning)
        #expect(second.stdout == HostileFolderTests.unchanged)
        #expect(try FeedgenProcess.run(["build", "--quiet"], in: site.root).stderr == "")
    }
}
