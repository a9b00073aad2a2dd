import Foundation
import Testing
import FeedGen
@testable import FeedBuild
@testable import SiteLoading

/// `"max_bytes"` through the binary: a feed over the budget keeps its newest
/// entries that fit, then falls back to summaries. Each trimmed file is
/// compared byte for byte with the same site built with a smaller `limit`
/// (or `excerpt_only`), so the counts and sizes are exact.
@Suite struct SizeBudgetTests {
    /// Six posts of about 2,100 bytes each, a one-line summary first.
    static func posts() -> [String: String] {
        var posts: [String: String] = [:]
        for day in 1...6 {
            posts["2024-01-0\(day)-post-\(day).md"] = "---\ntitle: Post \(day)\n---\nSummary \(day).\n\n" + String(repeating: "word ", count: 420) + "\n"
        }
        return posts
    }

    static func config(_ extra: String) -> String {
        #"{"title": "Budget", "url": "https://example.org", "author": "Ann", "formats": ["atom", "json"]"# + extra + "}"
    }

    /// The bytes of each format built from the same posts with `extra` config keys.
    static func reference(_ extra: String) throws -> (atom: [UInt8], json: [UInt8]) {
        let site = try TemporarySite(config: config(extra), posts: posts())
        let result = try FeedgenProcess.run(["build", "--quiet"], in: site.root)
        #expect(result.status == 0, "\(result.stderr)")
        return (Array(try Data(contentsOf: site.url("feeds/atom.xml"))), Array(try Data(contentsOf: site.url("feeds/feed.json"))))
    }

    @Test func theOldestEntriesAreLeftOutUntilTheFileFits() throws {
        let three = try Self.reference(#", "limit": 3"#)
        let four = try Self.reference(#", "limit": 4"#)
        #expect(three.atom.count < four.atom.count)
        // Exactly the three-entry file's size: three fit, four do not.
        let site = try TemporarySite(config: Self.config(#", "max_bytes": \#(three.atom.count)"#), posts: Self.posts())
        let result = try FeedgenProcess.run(["build"], in: site.root)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let atom = Array(try Data(contentsOf: site.url("feeds/atom.xml")))
        let json = Array(try Data(contentsOf: site.url("feeds/feed.json")))
        #expect(atom == three.atom)
        #expect(atom.count == three.atom.count)
        // JSON Feed is smaller per entry here, so it keeps as many as fit in the same budget.
        let jsonCount = try [6, 5, 4, 3].first { count in try Self.reference(#", "limit": \#(count)"#).json.count <= three.atom.count }!
        #expect(json == (try Self.reference(#", "limit": \#(jsonCount)"#)).json)
        #expect(result.stdout == """
            feeds/atom.xml: written, 3 entries (3 oldest left out, to fit max_bytes)
            feeds/feed.json: written, \(jsonCount) entries (\(6 - jsonCount) oldest left out, to fit max_bytes)

            """)
        // One byte less and the third entry goes too.
        try site.write("config.json", Self.config(#", "max_bytes": \#(three.atom.count - 1)"#))
        let smaller = try FeedgenProcess.run(["build", "--quiet"], in: site.root)
        #expect(smaller.status == 0)
        #expect(Array(try Data(contentsOf: site.url("feeds/atom.xml"))) == (try Self.reference(#", "limit": 2"#)).atom)
    }

    @Test func summariesStandInWhenNotEvenTheNewestEntryFits() throws {
        let newestWhole = try Self.reference(#", "limit": 1"#)
        let summaries = try Self.reference(#", "excerpt_only": true"#)
        #expect(summaries.atom.count < newestWhole.atom.count)
        let site = try TemporarySite(config: Self.config(#", "max_bytes": \#(newestWhole.atom.count - 1)"#), posts: Self.posts())
        let result = try FeedgenProcess.run(["build"], in: site.root)
        #expect(result.status == 0)
        // All six summaries fit where one full post did not.
        #expect(Array(try Data(contentsOf: site.url("feeds/atom.xml"))) == summaries.atom)
        #expect(result.stdout.hasPrefix("feeds/atom.xml: written, 6 entries (summaries only, to fit max_bytes)\n"))
        // The repeated build says the same, from the cache.
        let again = try FeedgenProcess.run(["build"], in: site.root)
        #expect(again.stdout == result.stdout.replacingOccurrences(of: "written", with: "unchanged"))
    }

    @Test func summariesAlsoLoseTheirOldestEntries() throws {
        let twoSummaries = try Self.reference(#", "excerpt_only": true, "limit": 2"#)
        let site = try TemporarySite(config: Self.config(#", "max_bytes": \#(twoSummaries.atom.count)"#), posts: Self.posts())
        let result = try FeedgenProcess.run(["build"], in: site.root)
        #expect(result.status == 0)
        #expect(Array(try Data(contentsOf: site.url("feeds/atom.xml"))) == twoSummaries.atom)
        #expect(result.stdout.hasPrefix("feeds/atom.xml: written, 2 entries (summaries only, 4 oldest left out, to fit max_bytes)\n"))
    }

    @Test func aBudgetNoFeedCanMeetIsAnErrorAndPublishesNothing() throws {
        var posts = Self.posts()
        posts["2024-01-07-long-summary.md"] = "---\ntitle: Long\nexcerpt: " + String(repeating: "long ", count: 300) + "\n---\nBody.\n"
        let site = try TemporarySite(config: Self.config(#", "max_bytes": 1024"#), posts: posts)
        let result = try FeedgenProcess.run(["build"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stderr == """
            feeds/atom.xml: even its newest entry as a summary is more than "max_bytes" 1024 bytes
            feeds/feed.json: even its newest entry as a summary is more than "max_bytes" 1024 bytes
            feedgen: 2 errors; nothing was published

            """)
        #expect(!site.exists("feeds/atom.xml"))
        #expect(!site.exists("feeds/feed.json"))
    }

    @Test func aFeedOverWhatFeedBurnerReadsIsAWarning() {
        #expect(SizeBudget.readerWarning(size: 512 * 1024, path: "feeds/atom.xml") == nil)
        #expect(SizeBudget.readerWarning(size: 512 * 1024 + 1, path: "feeds/atom.xml")?.description
            == #"feeds/atom.xml: warning: the file is 524289 bytes, more than the 512 KB FeedBurner reads; readers may cut it off or refuse it (set "max_bytes" to fit)"#)
        #expect(SizeBudget.readerWarning(size: 15 * 1024 * 1024 + 1, path: "f.json")?.message
            == #"the file is 15728641 bytes, more than the 15 MiB Miniflux reads; readers may cut it off or refuse it (set "max_bytes" to fit)"#)
    }

    @Test func maxBytesMustBeAWholeNumberOfBytes() throws {
        let site = try TemporarySite(config: #"{"title": "T", "url": "https://example.org", "max_bytes": "1 MB"}"#)
        let result = try FeedgenProcess.run(["build"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stderr == "config.json:1:59: \"max_bytes\" must be a whole number of bytes, at least 1024\n")
    }
}
