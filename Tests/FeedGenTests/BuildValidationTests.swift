import Foundation
import Testing
import FeedGen
@testable import FeedBuild
@testable import FeedSupport

@Suite struct BuildValidationTests {
    @Test func invalidEntryPublishesNothingAndNamesFeedEntryAndPost() throws {
        let site = try TemporarySite(posts: ["2024-05-01-hello.md": "---\ntitle: Hello\n---\n\nHi.\n"])
        var options = BuildOptions()
        options.now = Date(timeIntervalSince1970: 1_800_000_000)
        let config = try site.config()
        let first = try SiteBuilder(config: config, options: options, postsDisplayPath: "posts").build()
        #expect(first.succeeded)
        let before = try site.publishedFeeds()
        let modified = try site.modificationDate("feeds/atom.xml")
        #expect(before.count == 3)

        try site.write("posts/2024-05-02-second.md", "---\ntitle: Second\n---\n\nMore.\n")
        var editing = options
        editing.editEntries = { entries in entries[0].url = "/second/" }
        let report = try SiteBuilder(config: config, options: editing, postsDisplayPath: "posts").build()

        let feeds = DisplayPath.of(site.url("feeds"))
        let context = "(entry \"https://example.org/2024/05/02/second/\" \"Second\" from posts/2024-05-02-second.md)"
        #expect(report.diagnostics == [
            .error(SourceLocation(path: "\(feeds)/atom.xml", line: 14), "link href \"/second/\" is not an absolute http(s) URL \(context)"),
            .error(SourceLocation(path: "\(feeds)/rss.xml", line: 13), "link \"/second/\" is not an absolute http(s) URL \(context)"),
            .error(SourceLocation(path: "\(feeds)/feed.json", line: 15, column: 14), "\"url\" \"/second/\" is not an absolute http(s) URL \(context)"),
        ])
        #expect(report.outputs == [])
        #expect(try site.publishedFeeds() == before)
        #expect(try site.modificationDate("feeds/atom.xml") == modified)
    }
}
