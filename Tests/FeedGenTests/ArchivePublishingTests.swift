import Foundation
import Testing

/// Archive pages (RFC 5005) are published files like the feeds, through the binary: the
/// record (.feedgen-published) names them, `--dry-run` lists them, a page no longer made is
/// removed with a line even when the build cache is gone, and a file feedgen did not write
/// is never replaced or removed.
@Suite struct ArchivePublishingTests {
    static let config = #"{"title": "Archived", "url": "https://example.org", "author": "Ann", "archives": true}"#

    /// The `file` lines of the record.
    static func recordedFiles(_ site: TemporarySite) throws -> [String] {
        try site.read("feeds/.feedgen-published").split(separator: "\n").filter { $0.hasPrefix("file\t") }.map { String($0.dropFirst(5)) }
    }

    static func pages(_ numbers: ClosedRange<Int>) -> [String] {
        numbers.flatMap { ["archive/\($0).json", "archive/\($0).rss", "archive/\($0).xml"] }
    }

    /// Deletes posts 1 to `last`, the oldest: the subscription feed keeps its entries, the pages shift.
    static func deletePosts(through last: Int, of site: TemporarySite) throws {
        for number in 1...last { try FileManager.default.removeItem(at: site.url("posts/" + ArchiveTests.post(number).name)) }
    }

    @Test func theRecordNamesEveryPage() throws {
        let site = try ArchiveTests.site(posts: 50)
        #expect(try FeedgenProcess.run(["build"], in: site.root).status == 0)
        #expect(try site.read("feeds/.feedgen-published").hasPrefix("feedgen-published 2\n"))
        #expect(try Self.recordedFiles(site) == Self.pages(1...3) + ["atom.xml", "feed.json", "rss.xml"])
    }

    @Test func aPageNoLongerMadeIsRemovedWithoutTheCache() throws {
        // 50 posts: pages 1 and 2 full, 3 holds posts 41 to 50. Without posts 1 to 15, 35 are left: two pages.
        let site = try ArchiveTests.site(posts: 50)
        #expect(try FeedgenProcess.run(["build"], in: site.root).status == 0)
        try Self.deletePosts(through: 15, of: site)
        let before = try FolderSnapshot(site.url("feeds"))
        let dry = try FeedgenProcess.run(["build", "--dry-run", "--no-cache"], in: site.root)
        #expect(dry.status == 0)
        #expect(dry.stderr == "")
        #expect(dry.stdout == """
            feeds/atom.xml: would be written, 20 entries (0 added, 0 removed, 0 changed)
            feeds/rss.xml: would be written, 20 entries (0 added, 0 removed, 0 changed)
            feeds/feed.json: would be written, 20 entries (0 added, 0 removed, 0 changed)
            feeds/archive/1.xml … 2.xml: 2 archive pages, 2 would be written (1–2), 35 entries
            feeds/archive/1.rss … 2.rss: 2 archive pages, 2 would be written (1–2), 35 entries
            feeds/archive/1.json … 2.json: 2 archive pages, 2 would be written (1–2), 35 entries
            feeds/archive/3.xml: 1 archive page would be removed, no longer made
            feeds/archive/3.rss: 1 archive page would be removed, no longer made
            feeds/archive/3.json: 1 archive page would be removed, no longer made
            dry run: nothing was written

            """)
        #expect(try FolderSnapshot(site.url("feeds")) == before)

        let result = try FeedgenProcess.run(["build", "--no-cache"], in: site.root)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == """
            feeds/atom.xml: written, 20 entries
            feeds/rss.xml: written, 20 entries
            feeds/feed.json: written, 20 entries
            feeds/archive/1.xml … 2.xml: 2 archive pages, 2 written, 35 entries
            feeds/archive/1.rss … 2.rss: 2 archive pages, 2 written, 35 entries
            feeds/archive/1.json … 2.json: 2 archive pages, 2 written, 35 entries
            feeds/archive/3.xml: 1 archive page removed, no longer made
            feeds/archive/3.rss: 1 archive page removed, no longer made
            feeds/archive/3.json: 1 archive page removed, no longer made

            """)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.url("feeds/archive").path).sorted() == Self.pages(1...2).map { String($0.dropFirst(8)) })
        #expect(try Self.recordedFiles(site) == Self.pages(1...2) + ["atom.xml", "feed.json", "rss.xml"])
        // The subscription feed now links to page 2, the newest.
        #expect(try site.read("feeds/atom.xml").contains(#"<link rel="prev-archive" type="application/atom+xml" href="https://example.org/feeds/archive/2.xml"/>"#))
    }

    @Test func withoutArchivesEveryPageAndTheirFolderGo() throws {
        let site = try ArchiveTests.site(posts: 50)
        #expect(try FeedgenProcess.run(["build"], in: site.root).status == 0)
        try site.write("config.json", #"{"title": "Archived", "url": "https://example.org", "author": "Ann"}"#)
        let result = try FeedgenProcess.run(["build"], in: site.root)
        #expect(result.status == 0)
        #expect(result.stdout == """
            feeds/atom.xml: written, 20 entries
            feeds/rss.xml: written, 20 entries
            feeds/feed.json: written, 20 entries
            feeds/archive/1.xml … 3.xml: 3 archive pages removed, no longer made
            feeds/archive/1.rss … 3.rss: 3 archive pages removed, no longer made
            feeds/archive/1.json … 3.json: 3 archive pages removed, no longer made

            """)
        #expect(!site.exists("feeds/archive"))
        #expect(try Self.recordedFiles(site) == ["atom.xml", "feed.json", "rss.xml"])
        #expect(!(try site.read("feeds/atom.xml")).contains("archive"))
    }

    @Test func aDryRunListsThePagesItWouldWriteAndWritesNothing() throws {
        let site = try ArchiveTests.site(posts: 50)
        #expect(try FeedgenProcess.run(["build"], in: site.root).status == 0)
        let post = ArchiveTests.post(51)
        try site.write("posts/" + post.name, post.text)
        let before = try FolderSnapshot(site.url("feeds"))
        let dry = try FeedgenProcess.run(["build", "--dry-run"], in: site.root)
        #expect(dry.status == 0)
        #expect(dry.stdout.components(separatedBy: "\n").suffix(5) == [
            "feeds/archive/1.xml … 3.xml: 3 archive pages, 1 would be written (3), 51 entries",
            "feeds/archive/1.rss … 3.rss: 3 archive pages, 1 would be written (3), 51 entries",
            "feeds/archive/1.json … 3.json: 3 archive pages, 1 would be written (3), 51 entries",
            "dry run: nothing was written",
            "",
        ])
        #expect(try FolderSnapshot(site.url("feeds")) == before)
        // And the build writes what the dry run said.
        #expect(try FeedgenProcess.run(["build"], in: site.root).stdout.hasSuffix("feeds/archive/1.json … 3.json: 3 archive pages, 1 written, 51 entries\n"))
    }

    static let handWritten = "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Mine</title></feed>\n"

    @Test func aFileFeedgenDidNotWriteInAPagesPlaceIsNotReplaced() throws {
        let site = try ArchiveTests.site(posts: 50)
        try site.write("feeds/archive/2.xml", Self.handWritten)
        let before = try FolderSnapshot(site.url("feeds"))
        for flags in [[], ["--keep-going"], ["--accept-changes"]] {
            let result = try FeedgenProcess.run(["build"] + flags, in: site.root)
            #expect(result.status == 1)
            #expect(result.stdout == "")
            #expect(result.stderr == """
                feeds/archive/2.xml: was not published by feedgen, so it is not replaced and nothing was published; move it away (or give feedgen's file another name) and build again
                feedgen: 1 error; nothing was published

                """)
            #expect(try FolderSnapshot(site.url("feeds")).withoutLock == before, "\(flags)")
        }
        let dry = try FeedgenProcess.run(["build", "--dry-run"], in: site.root)
        #expect(dry.status == 1)
        #expect(dry.stderr.split(separator: "\n").first == "feeds/archive/2.xml: was not published by feedgen, so it is not replaced and nothing was published; move it away (or give feedgen's file another name) and build again")
    }

    @Test func filesFeedgenDidNotWriteBesideThePagesStay() throws {
        let site = try ArchiveTests.site(posts: 50)
        #expect(try FeedgenProcess.run(["build"], in: site.root).status == 0)
        try site.write("feeds/archive/9.xml", Self.handWritten)
        try site.write("feeds/archive/README", "Mine.\n")
        try Self.deletePosts(through: 15, of: site)
        #expect(try FeedgenProcess.run(["build", "--no-cache"], in: site.root).status == 0)
        try site.write("config.json", #"{"title": "Archived", "url": "https://example.org", "author": "Ann"}"#)
        let result = try FeedgenProcess.run(["build", "--no-cache"], in: site.root)
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("feeds/archive/1.json … 2.json: 2 archive pages removed, no longer made\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.url("feeds/archive").path).sorted() == ["9.xml", "README"])
        #expect(try site.read("feeds/archive/9.xml") == Self.handWritten)
    }

    /// A folder whose record is of version 1 (a feedgen that did not record its pages) and
    /// whose cache is gone: its pages are told as feedgen's by what they say, and then recorded.
    @Test func pagesFromBeforeTheRecordNamedThemAreFeedgens() throws {
        let site = try ArchiveTests.site(posts: 50)
        #expect(try FeedgenProcess.run(["build"], in: site.root).status == 0)
        let feedsOnly = try site.read("feeds/.feedgen-published").split(separator: "\n")
            .filter { !$0.hasPrefix("file\tarchive/") }.dropFirst().map { $0 + "\n" }.joined()
        try site.write("feeds/.feedgen-published", "feedgen-published 1\n" + feedsOnly)
        try FileManager.default.removeItem(at: site.url("feeds/.feedgen-cache"))
        let edited = ArchiveTests.post(5, body: "Edited.")
        try site.write("posts/" + edited.name, edited.text)
        let result = try FeedgenProcess.run(["build"], in: site.root)
        #expect(result.stderr == "")
        #expect(result.stdout.hasSuffix("feeds/archive/1.json … 3.json: 3 archive pages, 1 written, 50 entries\n"))
        #expect(try site.read("feeds/archive/1.xml").contains("Edited."))
        #expect(try Self.recordedFiles(site) == Self.pages(1...3) + ["atom.xml", "feed.json", "rss.xml"])

        // Beside such a record, a page that does not say it is feedgen's is not replaced.
        try site.write("feeds/.feedgen-published", "feedgen-published 1\n" + feedsOnly)
        try FileManager.default.removeItem(at: site.url("feeds/.feedgen-cache"))
        try site.write("feeds/archive/1.xml", Self.handWritten)
        let refused = try FeedgenProcess.run(["build"], in: site.root)
        #expect(refused.status == 1)
        #expect(refused.stderr.split(separator: "\n").first == "feeds/archive/1.xml: was not published by feedgen, so it is not replaced and nothing was published; move it away (or give feedgen's file another name) and build again")
        #expect(try site.read("feeds/archive/1.xml") == Self.handWritten)
    }
}
