import Foundation
import Testing
import FeedGen
@testable import SiteLoading

/// RFC 5005 archived feeds (`"archives"`) through the binary, read back by an
/// independent walker (Tests/feedparser/walk_archives.py: feedparser for
/// Atom and RSS, the json module for JSON Feed).
@Suite struct ArchiveTests {
    struct Walk: Decodable {
        struct Document: Decodable, Equatable {
            var file: String
            var bozo: Bool
            var archive: Bool
            var complete: Bool
            var current: String?
            var prev_archive: String?
            var next_archive: String?
            var ids: [String]
        }
        var documents: [Document]
    }

    static let script = SampleSite.root.appendingPathComponent("Tests/feedparser/walk_archives.py")
    static let feedsURL = "https://example.org/feeds/"

    static func walk(_ subscription: String, in site: TemporarySite) throws -> Walk {
        let data = try PythonScript.run(script, [site.url("feeds/" + subscription).path, feedsURL, site.url("feeds").path])
        return try JSONDecoder().decode(Walk.self, from: data)
    }

    /// Post `number` is dated `number` days after 2020-01-01.
    static func date(_ number: Int) -> (file: String, path: String) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let day = calendar.date(byAdding: .day, value: number, to: calendar.date(from: DateComponents(year: 2020, month: 1, day: 1))!)!
        let parts = calendar.dateComponents([.year, .month, .day], from: day)
        let (y, m, d) = (String(parts.year!), String(format: "%02d", parts.month!), String(format: "%02d", parts.day!))
        return ("\(y)-\(m)-\(d)", "\(y)/\(m)/\(d)")
    }

    static func post(_ number: Int, body: String? = nil) -> (name: String, text: String) {
        ("\(date(number).file)-post-\(number).md", "---\ntitle: Post \(number)\n---\n\(body ?? "Body of post \(number).")\n")
    }

    static func id(_ number: Int) -> String { "https://example.org/\(date(number).path)/post-\(number)/" }

    /// A site of `count` posts, written more than the cache's settling second ago.
    static func site(posts count: Int, archives: String = "true") throws -> TemporarySite {
        let posts = Dictionary(uniqueKeysWithValues: (1...count).map { post($0) })
        let site = try TemporarySite(config: #"{"title": "Archived", "url": "https://example.org", "author": "Ann", "archives": \#(archives)}"#, posts: posts)
        Thread.sleep(forTimeInterval: 1.1)
        return site
    }

    static let extensions: [FeedFormat: String] = [.atom: "xml", .rss: "rss", .json: "json"]

    @Test(arguments: FeedFormat.allCases)
    func walkingPrevArchiveReachesEveryPostOnceInOrder(_ format: FeedFormat) throws {
        // 300 posts in pages of 20: 15 full pages and an empty 16th, which the next post will go into.
        let site = try Self.site(posts: 300)
        let result = try FeedgenProcess.run(["build"], in: site.root)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == """
            feeds/atom.xml: written, 20 entries
            feeds/rss.xml: written, 20 entries
            feeds/feed.json: written, 20 entries
            feeds/archive/1.xml … 16.xml: 16 archive pages, 16 written, 300 entries
            feeds/archive/1.rss … 16.rss: 16 archive pages, 16 written, 300 entries
            feeds/archive/1.json … 16.json: 16 archive pages, 16 written, 300 entries

            """)
        let ext = Self.extensions[format]!
        let subscription = format.defaultFileName
        func page(_ number: Int) -> String { "archive/\(number).\(ext)" }
        let walk = try Self.walk(subscription, in: site)
        #expect(walk.documents.map(\.file) == [subscription] + (1...16).reversed().map(page))
        #expect(walk.documents[0] == .init(file: subscription, bozo: false, archive: false, complete: false, current: nil,
                                           prev_archive: Self.feedsURL + page(16), next_archive: nil, ids: (281...300).reversed().map(Self.id)))
        for (offset, document) in walk.documents.dropFirst().enumerated() {
            let number = 16 - offset
            let posts = number == 16 ? [] : ((number - 1) * 20 + 1...number * 20).reversed().map(Self.id)
            #expect(document == .init(file: page(number), bozo: false, archive: true, complete: false, current: Self.feedsURL + subscription,
                                      prev_archive: number > 1 ? Self.feedsURL + page(number - 1) : nil,
                                      next_archive: number < 16 ? Self.feedsURL + page(number + 1) : nil, ids: posts))
        }
        // Every post exactly once, newest first.
        #expect(walk.documents.dropFirst().flatMap(\.ids) == (1...300).reversed().map(Self.id))
        // And every page passes feedgen's own checks, RFC 5005's included.
        let validate = try FeedgenProcess.run(["validate", "feeds/archive"], in: site.root)
        #expect(validate.status == 0, "\(validate.stdout)")
    }

    /// Bytes and modification time of every archive page.
    static func pages(_ site: TemporarySite) throws -> [String: (Data, Date)] {
        var pages: [String: (Data, Date)] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: site.url("feeds/archive").path) {
            pages[name] = (try Data(contentsOf: site.url("feeds/archive/" + name)), try site.modificationDate("feeds/archive/" + name))
        }
        return pages
    }

    @Test func addingAPostRewritesOnlyTheNewestPageAndTheSubscriptionFeed() throws {
        let site = try Self.site(posts: 300)
        #expect(try FeedgenProcess.run(["build"], in: site.root).status == 0)
        let before = try Self.pages(site)
        let post = Self.post(301)
        try site.write("posts/" + post.name, post.text)
        Thread.sleep(forTimeInterval: 1.1)
        let result = try FeedgenProcess.run(["build", "--verbose"], in: site.root)
        #expect(result.status == 0)
        // The new post is the subscription feed's too: it is rendered once.
        #expect(result.stdout.components(separatedBy: "\n").suffix(8) == [
            "301 posts: 1 read, 300 from the cache, 20 rendered",
            "feeds/atom.xml: written, 20 entries",
            "feeds/rss.xml: written, 20 entries",
            "feeds/feed.json: written, 20 entries",
            "feeds/archive/1.xml … 16.xml: 16 archive pages, 1 written, 301 entries",
            "feeds/archive/1.rss … 16.rss: 16 archive pages, 1 written, 301 entries",
            "feeds/archive/1.json … 16.json: 16 archive pages, 1 written, 301 entries",
            "",
        ])
        let after = try Self.pages(site)
        #expect(Set(after.keys) == Set(before.keys))
        for (name, (bytes, modified)) in after {
            if name.hasPrefix("16.") {
                #expect(bytes != before[name]!.0)
            } else {
                #expect(bytes == before[name]!.0, "\(name)")
                #expect(modified == before[name]!.1, "\(name)")
            }
        }
        // Nothing changed: the pages are not even looked into.
        let again = try FeedgenProcess.run(["build", "--verbose"], in: site.root)
        #expect(again.stdout.contains("301 posts: 0 read, 301 from the cache, 0 rendered\n"))
        #expect(try Self.pages(site).mapValues(\.1) == after.mapValues(\.1))
    }

    /// The report lines of the archive pages, one per format.
    static func pageLines(_ stdout: String) -> [String] {
        stdout.components(separatedBy: "\n").filter { $0.hasPrefix("feeds/archive/") }
    }

    @Test func anUnchangedBuildTrustsThePagesWhileTheirFolderIsAsTheLastBuildLeftIt() throws {
        let site = try Self.site(posts: 50)
        #expect(try FeedgenProcess.run(["build"], in: site.root).status == 0)
        // A page removed moves the folder's times: the build looks at every page, and puts it back.
        let removed = try site.read("feeds/archive/2.rss")
        try FileManager.default.removeItem(at: site.url("feeds/archive/2.rss"))
        var result = try FeedgenProcess.run(["build"], in: site.root)
        #expect(Self.pageLines(result.stdout) == [
            "feeds/archive/1.xml … 3.xml: 3 archive pages, 0 written, 50 entries",
            "feeds/archive/1.rss … 3.rss: 3 archive pages, 1 written, 50 entries",
            "feeds/archive/1.json … 3.json: 3 archive pages, 0 written, 50 entries",
        ])
        #expect(try site.read("feeds/archive/2.rss") == removed)
        // So does a page renamed into place, as editors and rsync write files.
        let original = try site.read("feeds/archive/1.xml")
        try site.write("feeds/archive/1.xml.new", original.replacingOccurrences(of: "Post 1<", with: "Tampered<"))
        #expect(rename(site.url("feeds/archive/1.xml.new").path, site.url("feeds/archive/1.xml").path) == 0)
        result = try FeedgenProcess.run(["build"], in: site.root)
        #expect(Self.pageLines(result.stdout)[0] == "feeds/archive/1.xml … 3.xml: 3 archive pages, 1 written, 50 entries")
        #expect(try site.read("feeds/archive/1.xml") == original)
        // A page written over in place leaves its folder's times: an unchanged build repeats its report
        // without a stat per page (15,000 at 100,000 posts) ...
        let json = try site.read("feeds/archive/1.json")
        let handle = try #require(FileHandle(forWritingAtPath: site.url("feeds/archive/1.json").path))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(json.replacingOccurrences(of: "Post 1\"", with: "Tampered\"").utf8))
        try handle.close()
        result = try FeedgenProcess.run(["build", "--verbose"], in: site.root)
        #expect(result.stdout.contains("50 posts: 0 read, 50 from the cache, 0 rendered\n"))
        #expect(Self.pageLines(result.stdout)[2] == "feeds/archive/1.json … 3.json: 3 archive pages, 0 written, 50 entries")
        // ... and the next build that has something to do compares every page, and puts it back.
        let post = Self.post(51)
        try site.write("posts/" + post.name, post.text)
        result = try FeedgenProcess.run(["build"], in: site.root)
        #expect(Self.pageLines(result.stdout) == [
            "feeds/archive/1.xml … 3.xml: 3 archive pages, 1 written, 51 entries",
            "feeds/archive/1.rss … 3.rss: 3 archive pages, 1 written, 51 entries",
            "feeds/archive/1.json … 3.json: 3 archive pages, 2 written, 51 entries",
        ])
        #expect(try site.read("feeds/archive/1.json") == json)
    }

    @Test func aDamagedArchiveLineIsAWarningAndEveryPageIsComparedAgain() throws {
        let site = try Self.site(posts: 50)
        #expect(try FeedgenProcess.run(["build"], in: site.root).status == 0)
        // An entry count no longer a number, the file's length kept, so that only the line is damaged.
        let lines = try site.read("feeds/.feedgen-cache").components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.hasPrefix("archive\tarchive/2.rss\t") })
        var fields = lines[index].components(separatedBy: "\t")
        fields[3] = String(repeating: "x", count: fields[3].count)
        var damaged = lines
        damaged[index] = fields.joined(separator: "\t")
        try site.write("feeds/.feedgen-cache", damaged.joined(separator: "\n"))
        let result = try FeedgenProcess.run(["build"], in: site.root)
        #expect(result.status == 0)
        #expect(result.stderr == "feeds/.feedgen-cache:\(index + 1): warning: the build cache is damaged and was ignored; it will be rebuilt\n")
        #expect(Self.pageLines(result.stdout) == ["xml", "rss", "json"].map { "feeds/archive/1.\($0) … 3.\($0): 3 archive pages, 0 written, 50 entries" })
        // Rebuilt: the next build repeats its report.
        let again = try FeedgenProcess.run(["build", "--verbose"], in: site.root)
        #expect(again.stderr == "")
        #expect(again.stdout.contains("50 posts: 0 read, 50 from the cache, 0 rendered\n"))
    }

    @Test func changingAnOldPostRewritesOnlyItsPage() throws {
        let site = try Self.site(posts: 50)
        #expect(try FeedgenProcess.run(["build"], in: site.root).status == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: site.url("feeds/archive/2.xml").path)
        let before = try Self.pages(site)
        let post = Self.post(25, body: "Edited.")
        try site.write("posts/" + post.name, post.text)
        Thread.sleep(forTimeInterval: 1.1)
        let result = try FeedgenProcess.run(["build", "--verbose"], in: site.root)
        // Post 25 is on page 2 (posts 21 to 40): 20 posts rendered, the feeds left as they were.
        #expect(result.stdout.components(separatedBy: "\n").suffix(8) == [
            "50 posts: 1 read, 49 from the cache, 20 rendered",
            "feeds/atom.xml: unchanged, 20 entries",
            "feeds/rss.xml: unchanged, 20 entries",
            "feeds/feed.json: unchanged, 20 entries",
            "feeds/archive/1.xml … 3.xml: 3 archive pages, 1 written, 50 entries",
            "feeds/archive/1.rss … 3.rss: 3 archive pages, 1 written, 50 entries",
            "feeds/archive/1.json … 3.json: 3 archive pages, 1 written, 50 entries",
            "",
        ])
        let after = try Self.pages(site)
        for (name, (bytes, modified)) in after where !name.hasPrefix("2.") {
            #expect(bytes == before[name]!.0 && modified == before[name]!.1, "\(name)")
        }
        #expect(try site.read("feeds/archive/2.xml").contains("Edited."))
        // The rewritten page keeps its mode.
        #expect(try FileManager.default.attributesOfItem(atPath: site.url("feeds/archive/2.xml").path)[.posixPermissions] as? Int == 0o640)
    }

    @Test func aSiteWhoseHistoryFitsTheFeedSaysItIsComplete() throws {
        let site = try Self.site(posts: 20, archives: #"{"page_size": 5}"#)
        let result = try FeedgenProcess.run(["build"], in: site.root)
        #expect(result.stdout == "feeds/atom.xml: written, 20 entries\nfeeds/rss.xml: written, 20 entries\nfeeds/feed.json: written, 20 entries\n")
        #expect(!site.exists("feeds/archive"))
        for format in FeedFormat.allCases {
            let walk = try Self.walk(format.defaultFileName, in: site)
            #expect(walk.documents.map { [$0.complete, $0.archive] } == [[true, false]])
        }
        #expect(try site.read("feeds/atom.xml").contains("\n  <fh:complete/>\n"))
        // One more post, and the history moves to pages of 5: four full ones and an empty fifth.
        let post = Self.post(21)
        try site.write("posts/" + post.name, post.text)
        #expect(try FeedgenProcess.run(["build"], in: site.root).stdout.hasSuffix("feeds/archive/1.json … 5.json: 5 archive pages, 5 written, 21 entries\n"))
        #expect(try Self.walk("feed.json", in: site).documents.map(\.ids.count) == [20, 1, 5, 5, 5, 5])
    }

    @Test func archivesMustBeTrueFalseOrAPageSize() throws {
        let site = try TemporarySite(config: #"{"title": "T", "url": "https://example.org", "archives": {"page_sise": 0}}"#)
        let result = try FeedgenProcess.run(["build"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stderr == "config.json:1:72: unknown key \"archives.page_sise\" (did you mean \"page_size\"?)\n")
    }
}
