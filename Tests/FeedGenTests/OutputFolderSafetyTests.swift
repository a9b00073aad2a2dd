import Foundation
import Testing

/// What feedgen writes into the output folder (issue 14, cases 3 and 9; issue
/// 13's file modes): never through a planted link, temporary names that fit
/// NAME_MAX, replaced files that keep their mode.
@Suite struct OutputFolderSafetyTests {
    @Test func plantedLockLinkIsNeverFollowed() throws {
        let outside = try TemporarySite()
        try outside.write("victim", "precious\n")
        let site = try TemporarySite(posts: ["2024-01-01-good.md": BadInputTests.good])
        try FileManager.default.createDirectory(at: site.url("feeds"), withIntermediateDirectories: true)
        for target in [outside.url("victim").path, outside.url("created-by-feedgen").path] {
            try? FileManager.default.removeItem(at: site.url("feeds/.feedgen.lock"))
            try FileManager.default.createSymbolicLink(atPath: site.url("feeds/.feedgen.lock").path, withDestinationPath: target)
            let result = try FeedgenProcess.run(["build"], in: site.root)
            #expect(result.status == 1)
            #expect(result.stdout == "")
            #expect(result.stderr == """
                feeds/.feedgen.lock: cannot create the lock file: it is a symbolic link, and feedgen never writes through one; remove it
                feedgen: 1 error; nothing was published

                """)
        }
        #expect(try outside.read("victim") == "precious\n")
        #expect(!outside.exists("created-by-feedgen"))
        #expect(try site.publishedFeeds() == [:])
    }

    @Test func plantedFeedLinkIsRefusedAndItsTargetUntouched() throws {
        let outside = try TemporarySite()
        try outside.write("victim", "precious\n")
        let site = try TemporarySite(posts: ["2024-01-01-good.md": BadInputTests.good])
        try FileManager.default.createDirectory(at: site.url("feeds"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: site.url("feeds/atom.xml").path, withDestinationPath: outside.url("victim").path)
        let result = try FeedgenProcess.run(["build", "--no-cache"], in: site.root)
        #expect(result.status == 73)
        #expect(result.stderr == """
            feeds/atom.xml: cannot write: it is a symbolic link, and feedgen never writes through one; remove it
            feedgen: not published, each keeps its previous version: feeds/atom.xml; the other 2 files were published

            """)
        #expect(result.stdout == "feeds/rss.xml: written, 1 entry\nfeeds/feed.json: written, 1 entry\n")
        #expect(try outside.read("victim") == "precious\n")
    }

    @Test func tagOf240LettersGetsItsFeeds() throws {
        let tag = String(repeating: "a", count: 240)
        let site = try TemporarySite(config: #"{"title": "T", "url": "https://example.org", "author": {"name": "A"}, "tag_feeds": true}"#,
                                     posts: ["2024-01-01-good.md": "---\ntitle: Good\ntags: [\(tag)]\n---\n\nHello.\n"])
        let result = try FeedgenProcess.run(["build"], in: site.root)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == """
            feeds/atom.xml: written, 1 entry
            feeds/rss.xml: written, 1 entry
            feeds/feed.json: written, 1 entry
            feeds/feed/by_tag/\(tag).xml: written, 1 entry
            feeds/feed/by_tag/\(tag).rss: written, 1 entry
            feeds/feed/by_tag/\(tag).json: written, 1 entry

            """)
        let written = try FileManager.default.contentsOfDirectory(atPath: site.url("feeds/feed/by_tag").path).sorted()
        #expect(written == [tag + ".json", tag + ".rss", tag + ".xml"])
        #expect(try site.read("feeds/feed/by_tag/\(tag).xml").contains("<title>Good</title>"))
    }

    @Test func replacedFileKeepsItsMode() throws {
        let site = try TemporarySite(posts: ["2024-01-01-good.md": BadInputTests.good])
        #expect(try FeedgenProcess.run(["build", "--quiet"], in: site.root).status == 0)
        #expect(chmod(site.url("feeds/atom.xml").path, 0o444) == 0)
        #expect(chmod(site.url("feeds/rss.xml").path, 0o600) == 0)
        #expect(chmod(site.url("feeds/feed.json").path, 0o664) == 0)
        try site.write("posts/2024-01-02-new.md", "---\ntitle: New\n---\n\nNew.\n")
        let result = try FeedgenProcess.run(["build"], in: site.root)
        #expect(result.status == 0)
        #expect(result.stdout == "feeds/atom.xml: written, 2 entries\nfeeds/rss.xml: written, 2 entries\nfeeds/feed.json: written, 2 entries\n")
        func mode(_ path: String) throws -> Int {
            try FileManager.default.attributesOfItem(atPath: site.url(path).path)[.posixPermissions] as! Int
        }
        #expect(try [mode("feeds/atom.xml"), mode("feeds/rss.xml"), mode("feeds/feed.json")] == [0o444, 0o600, 0o664])
        #expect(try site.read("feeds/atom.xml").contains("<title>New</title>"))
    }
}
