import Foundation
import Testing

/// The files feedgen made, kept honest: a file it published and no longer
/// makes is removed; a file it did not publish is never replaced or removed.
@Suite struct PublishedFilesTests {
    static let hello = "---\ntitle: Hello\ndate: 2024-05-01 10:00:00 +00:00\ntags: [swift, web]\n---\n\nHi.\n"

    private func build(_ site: TemporarySite, _ extra: [String] = []) throws -> FeedgenProcess.Result {
        try FeedgenProcess.run(["build", "--now", "2024-06-01T00:00:00Z"] + extra, in: site.root)
    }

    @Test func formatNoLongerConfiguredIsRemoved() throws {
        let site = try TemporarySite(posts: ["2024-05-01-hello.md": Self.hello])
        #expect(try build(site).status == 0)
        try site.write("config.json", #"{"title": "Test Site", "url": "https://example.org", "author": {"name": "Ann Author"}, "formats": ["atom"]}"#)
        let dry = try build(site, ["--dry-run"])
        #expect(dry.stdout == """
            feeds/atom.xml: would be unchanged, 1 entry
            feeds/feed.json: would be removed, no longer configured
            feeds/rss.xml: would be removed, no longer configured
            dry run: nothing was written

            """)
        #expect(site.exists("feeds/rss.xml"))
        let result = try build(site)
        #expect(result.status == 0)
        #expect(result.stdout == """
            feeds/atom.xml: unchanged, 1 entry
            feeds/feed.json: removed, no longer configured
            feeds/rss.xml: removed, no longer configured

            """)
        #expect(try FolderSnapshot(site.url("feeds")).names == [".feedgen-cache", ".feedgen-published", ".feedgen.lock", "atom.xml"])
        #expect(try site.read("feeds/.feedgen-published") == "feedgen-published 2\nfile\tatom.xml\npost\thttps://example.org/2024/05/01/hello/\tposts/2024-05-01-hello.md\n")
    }

    @Test func tagFeedNoLongerConfiguredIsRemoved() throws {
        let site = try TemporarySite(config: #"{"title": "T", "url": "https://example.org", "formats": ["atom"], "tag_feeds": ["swift", "web"]}"#,
                                     posts: ["2024-05-01-hello.md": Self.hello])
        #expect(try build(site).status == 0)
        try site.write("config.json", #"{"title": "T", "url": "https://example.org", "formats": ["atom"], "tag_feeds": ["swift"]}"#)
        let result = try build(site)
        #expect(result.status == 0)
        #expect(result.stdout == """
            feeds/atom.xml: unchanged, 1 entry
            feeds/feed/by_tag/swift.xml: unchanged, 1 entry
            feeds/feed/by_tag/web.xml: removed, no longer configured

            """)
        #expect(!site.exists("feeds/feed/by_tag/web.xml"))
    }

    @Test func fileFeedgenDidNotPublishIsNeitherReplacedNorRemoved() throws {
        let site = try TemporarySite(posts: ["2024-05-01-hello.md": Self.hello])
        let handWritten = "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Mine</title></feed>\n"
        try site.write("feeds/atom.xml", handWritten)
        let before = try FolderSnapshot(site.url("feeds"))
        let result = try build(site)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == """
            feeds/atom.xml: was not published by feedgen, so it is not replaced and nothing was published; move it away (or give feedgen's file another name) and build again
            feedgen: 1 error; nothing was published

            """)
        #expect(try FolderSnapshot(site.url("feeds")).withoutLock == before)
        #expect(try site.read("feeds/atom.xml") == handWritten)
        // --accept-changes is about subscribers' entries, not about someone else's file.
        #expect(try build(site, ["--accept-changes"]).status == 1)
        #expect(try site.read("feeds/atom.xml") == handWritten)
    }

    /// Feeds published by a feedgen from before the record (the sample site's
    /// committed feeds/) are recognised as feedgen's by what they say.
    @Test func feedsFromBeforeTheRecordAreFeedgens() throws {
        let site = try TemporarySite(posts: ["2024-05-01-hello.md": Self.hello])
        #expect(try build(site).status == 0)
        try FileManager.default.removeItem(at: site.url("feeds/.feedgen-published"))
        try FileManager.default.removeItem(at: site.url("feeds/.feedgen-cache"))
        try site.write("posts/2024-05-02-more.md", "---\ntitle: More\n---\n\nMore.\n")
        let result = try build(site)
        #expect(result.stderr == "")
        #expect(result.stdout == "feeds/atom.xml: written, 2 entries\nfeeds/rss.xml: written, 2 entries\nfeeds/feed.json: written, 2 entries\n")
    }
}
