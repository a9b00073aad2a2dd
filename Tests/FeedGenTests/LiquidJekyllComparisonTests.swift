import Foundation
import Testing
import FeedGen

/// The sample Jekyll blog (sites/jekyll-blog: includes with parameters, captures, loops over
/// site.data, relative_url images, post_url and link, highlight) built by the real Jekyll +
/// jekyll-feed and by feedgen, compared entry by entry by Tests/compare/compare_feeds.py.
@Suite struct LiquidJekyllComparisonTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// What other work than Liquid's decides (kramdown's markup and math, jekyll-feed's smartified titles), left to its own tests.
    static func isLiquids(_ problem: String) -> Bool {
        !(problem.contains(": title ") || problem.contains(" math delimiters, reference ")
            || problem.hasSuffix(": template code outside code: ['{:']") || problem.contains(": text differs at "))
    }

    @Test func sameEntriesLinksAndImagesAsJekyllFeedAndNoTemplateCode() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/jekyll") else {
            print("jekyll is not installed; skipping the comparison")
            return
        }
        let site = try TemporarySite()
        let root = site.url("blog")
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("sites/jekyll-blog"), to: root)
        let jekyll = Process()
        jekyll.executableURL = URL(fileURLWithPath: "/usr/bin/jekyll")
        jekyll.arguments = ["build", "--quiet", "-s", root.path, "-d", site.url("jekyll-out").path]
        try jekyll.run()
        let jekyllStatus = jekyll.waitForExit()
        #expect(jekyllStatus == 0)
        let build = try FeedgenProcess.run(["build", "--quiet"], in: root)
        #expect(build.status == 0)
        #expect(build.stderr == "")
        let compare = Process()
        compare.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        compare.arguments = ["python3", Self.repository.appendingPathComponent("Tests/compare/compare_feeds.py").path,
                             site.url("jekyll-out/feed.xml").path, root.appendingPathComponent("_site/feed.xml").path]
        let output = Pipe()
        compare.standardOutput = output
        try compare.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        compare.waitForExit()
        let result = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(result["reference"] as? Int == 7)
        #expect(result["feedgen"] as? Int == 7)
        #expect((result["problems"] as? [String] ?? ["unreadable"]).filter(Self.isLiquids) == [])
    }
}
