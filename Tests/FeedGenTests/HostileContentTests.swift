import Foundation
import Testing
import FeedGen
@testable import SiteLoading

/// Post bodies that once were cut short, or blocked every feed (issue 14,
/// cases 1, 7 and the --keep-going half of 8), through the real binary.
@Suite struct HostileContentTests {
    static let good = BadInputTests.good
    static let writtenOne = "feeds/atom.xml: written, 1 entry\nfeeds/rss.xml: written, 1 entry\nfeeds/feed.json: written, 1 entry\n"

    /// The JSON Feed's items, as a reader decodes them.
    func items(_ site: TemporarySite) throws -> [[String: Any]] {
        let feed = try JSONSerialization.jsonObject(with: Data(try site.read("feeds/feed.json").utf8)) as! [String: Any]
        return feed["items"] as! [[String: Any]]
    }

    @Test func htmlNestedDeeperThanLibxml2sDefaultIsPublishedWhole() throws {
        let depth = 3000
        let nested = String(repeating: "<div>", count: depth) + "<a href=\"deep.html\">deep</a>" + String(repeating: "</div>", count: depth)
        let site = try TemporarySite(posts: ["2024-01-02-deep.md": "---\ntitle: Deep\n---\n\n\(nested)\n\nAfter the divs, [a link](after.html).\n"])
        let result = try FeedgenProcess.run(["build"], in: site.root)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == Self.writtenOne)
        let absolute = nested.replacingOccurrences(of: "deep.html", with: "https://example.org/2024/01/02/deep/deep.html")
        #expect(try items(site).first?["content_html"] as? String
            == absolute + "\n<p>After the divs, <a href=\"https://example.org/2024/01/02/deep/after.html\">a link</a>.</p>\n")
        #expect(try site.read("feeds/atom.xml").contains("After the divs"))
        #expect(try site.read("feeds/rss.xml").contains("After the divs"))
    }

    @Test func postTooLargeOnceEscapedIsDroppedWithKeepGoing() throws {
        let site = try TemporarySite(posts: [
            "2024-01-01-good.md": Self.good,
            "2024-01-02-angles.md": "---\ntitle: Angles\n---\n\n" + String(repeating: "<", count: 2_600_000) + "\n",
        ])
        let message = "posts/2024-01-02-angles.md: the post's HTML is 9.9 MB, more than the 10,000,000 bytes libxml2 and the feed readers built on it read as one text; it is not published\n"
        let refused = try FeedgenProcess.run(["build"], in: site.root)
        #expect(refused.status == 1)
        #expect(refused.stderr == message + "feedgen: 1 error; nothing was published\n")
        #expect(try site.publishedFeeds() == [:])
        let result = try FeedgenProcess.run(["build", "--keep-going"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stderr == message)
        #expect(result.stdout == Self.writtenOne)
        #expect(try items(site).map { $0["title"] as? String } == ["Good"])
    }

    @Test func postThatMakesAFeedInvalidIsDroppedWithKeepGoing() throws {
        let site = try TemporarySite(posts: [
            "2024-01-01-good.md": Self.good,
            "2024-01-02-blank-id.md": "---\ntitle: Blank id\nid: \" \"\n---\n\nx\n",
        ])
        let result = try FeedgenProcess.run(["build", "--keep-going"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stderr == """
            feeds/atom.xml:15: the id is empty (entry " " "Blank id" from posts/2024-01-02-blank-id.md)
            feeds/rss.xml:14: the guid is empty (entry " " "Blank id" from posts/2024-01-02-blank-id.md)
            feeds/feed.json:14:13: "id" must not be empty (entry " " "Blank id" from posts/2024-01-02-blank-id.md)

            """)
        #expect(result.stdout == Self.writtenOne)
        #expect(try items(site).map { $0["title"] as? String } == ["Good"])
    }
}

/// Markdown that cmark-gfm 0.29 is slow or explosive on (issue 14, case 2):
/// refused by `MarkdownBudget` before rendering, or stopped by the watchdog.
/// The time bounds are checked by `bench/hostile-markdown`, not here.
@Suite struct HostileMarkdownTests {
    func build(_ body: String, _ arguments: [String] = ["build", "--keep-going"]) throws -> (FeedgenProcess.Result, TemporarySite) {
        let site = try TemporarySite(posts: ["2024-01-01-good.md": BadInputTests.good, "2024-01-02-hostile.md": "---\ntitle: Hostile\n---\n\n" + body + "\n"])
        return (try FeedgenProcess.run(arguments, in: site.root), site)
    }

    func expectRefused(_ body: String, _ message: String) throws {
        let (result, site) = try build(body)
        #expect(result.status == 1)
        #expect(result.stderr == message + "\n")
        #expect(result.stdout == HostileContentTests.writtenOne)
        #expect(try HostileContentTests().items(site).map { $0["title"] as? String } == ["Good"])
    }

    @Test func smartQuotesPastTheBound() throws {
        try expectRefused("Before.\n\n" + String(repeating: "\"'", count: 100_000),
                          "posts/2024-01-02-hostile.md:7: this paragraph has 200000 quotation marks, more than the 10000 that smart punctuation (cmark-gfm) renders in bounded time; split it, or write some as &quot; and &#39;")
    }

    @Test func tableRowsWithTooManyPipes() throws {
        try expectRefused("|a|b|\n|-|-|\n" + String(repeating: String(repeating: "|", count: 65_000) + "\n", count: 10),
                          "posts/2024-01-02-hostile.md:7: this table row has 65000 pipes, more than the 10000 that cmark-gfm renders in bounded time (its time grows with their square)")
    }

    @Test func tableTooWideOnceEveryRowIsPadded() throws {
        try expectRefused("|" + String(repeating: "a|", count: 2_000) + "\n|" + String(repeating: "-|", count: 2_000) + "\n" + String(repeating: "x\n", count: 1_000),
                          "posts/2024-01-02-hostile.md:5: this table has 2000 columns and 1001 rows; cmark-gfm pads every row to the header's width, and a post's tables may have at most 200000 cells")
    }

    @Test func slowShapeNobodyListedIsStoppedByTheWatchdog() throws {
        let (result, site) = try build(String(repeating: "a@b.", count: 200_000), ["build", "--keep-going", "--test-render-time-limit", "1"])
        #expect(result.status == 1)
        #expect(result.stderr == "posts/2024-01-02-hostile.md: rendering the post's Markdown took longer than 1 s and was stopped (cmark-gfm is slow on some shapes of Markdown); split its longest paragraphs\n")
        #expect(result.stdout == HostileContentTests.writtenOne)
        #expect(try HostileContentTests().items(site).map { $0["title"] as? String } == ["Good"])
    }

    /// A post with a block long enough for the watchdog's child process is rendered there with
    /// the site's own options (`_config.yml`'s `kramdown:`), as a shorter post is in place: the
    /// child rendered every long post with kramdown's defaults (ids without `auto_id_prefix`, no
    /// `hard_wrap` breaks).
    @Test func theWatchdogRendersWithTheSitesKramdownOptions() throws {
        let site = try TemporarySite()
        try FileManager.default.removeItem(at: site.url("config.json"))
        try FileManager.default.removeItem(at: site.url("posts"))
        try site.write("_config.yml", "title: K\nurl: https://k.example.org\nmarkdown: kramdown\nkramdown:\n  auto_id_prefix: sec-\n  hard_wrap: true\n")
        let body = "## Results\n\n" + String(repeating: "One line of a long paragraph\n", count: 2_000)
        #expect(body.utf8.count > MarkdownBudget.watchedBlockBytes)
        try site.write("_posts/2024-01-02-long.md", "---\ntitle: Long\n---\n\n" + body)
        let result = try FeedgenProcess.run(["build"], in: site.root)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        var kramdown = KramdownOptions()
        kramdown.autoIDPrefix = "sec-"
        kramdown.hardWrap = true
        let inPlace = DialectRenderer.render(body, dialect: .kramdown, excerptSeparator: nil, options: .init(kramdown: kramdown)).html
        let feed = try JSONSerialization.jsonObject(with: Data(try site.read("_site/feed.json").utf8)) as! [String: Any]
        let content = try #require((feed["items"] as? [[String: Any]])?.first?["content_html"] as? String)
        #expect(content.hasPrefix("<h2 id=\"sec-results\">Results</h2>\n<p>One line of a long paragraph<br>\n"))
        #expect(content == (try HTMLFragment.preparedForReaders(inPlace, base: URL(string: "https://k.example.org/2024/01/02/long.html")!)))
    }

    @Test func longParagraphRenderedByTheWatchdogIsTheSame() throws {
        let paragraph = String(repeating: "A *long* \"paragraph\" with [a link](x.html). ", count: 1_000)
        let (result, site) = try build(paragraph, ["build"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let expected = MarkdownRenderer.render(paragraph + "\n", excerptSeparator: nil).html
            .replacingOccurrences(of: "href=\"x.html\"", with: "href=\"https://example.org/2024/01/02/hostile/x.html\"")
        #expect(try HostileContentTests().items(site).first?["content_html"] as? String == expected)
    }
}
