import Foundation
import Testing

@Suite struct ValidateCommandTests {
    @Test func validFeedsGiveOneVerdictEachAndExitZero() throws {
        let site = try TemporarySite()
        try site.write("feeds/a.xml", ValidationTests.atom)
        try site.write("feeds/r.xml", ValidationTests.rss)
        try site.write("feeds/f.json", ValidationTests.json)
        let result = try FeedgenProcess.run(["validate", "feeds"], in: site.root)
        #expect(result.status == 0)
        #expect(result.stdout == """
            feeds/a.xml: valid Atom
            feeds/f.json: valid JSON Feed
            feeds/r.xml: valid RSS

            """)
    }

    @Test func problemsArePrintedWithLineAndColumnAndExitOne() throws {
        let site = try TemporarySite()
        try site.write("bad.json", ValidationTests.json.replacingOccurrences(of: "version/1.1", with: "version/2"))
        try site.write("good.xml", ValidationTests.rss)
        let result = try FeedgenProcess.run(["validate", "bad.json", "good.xml"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stdout == """
            bad.json:2:14: version "https://jsonfeed.org/version/2" is not https://jsonfeed.org/version/1.1
            bad.json: invalid JSON Feed (1 problem)
            good.xml: valid RSS

            """)
    }

    @Test func formatOptionOverridesDetection() throws {
        let site = try TemporarySite()
        try site.write("feed.xml", ValidationTests.rss)
        let result = try FeedgenProcess.run(["validate", "--format", "atom", "feed.xml"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stdout == """
            feed.xml:2: Did not expect element rss there
            feed.xml:2: the root element is <rss>, not an Atom <feed>
            feed.xml: invalid Atom (2 problems)

            """)
    }

    @Test func notAFeedIsReported() throws {
        let site = try TemporarySite()
        try site.write("page.html", "<html><body>hi</body></html>")
        let result = try FeedgenProcess.run(["validate", "page.html"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stdout == "page.html: not a feed: no Atom <feed>, RSS <rss> or JSON object found (use --format to force one)\n")
    }
}
