import Foundation
import Testing
import FeedGen

/// Golden files: the repository's sample site built with a fixed clock
/// must give exactly the bytes in Tests/FeedGenTests/Golden/, which were
/// read line by line against RFC 4287, RSS 2.0 and JSON Feed 1.1 (see the
/// README there).
///
/// To re-record after an intended change:
/// `FEEDGEN_RECORD_GOLDEN=1 swift test --filter SampleSiteTests`. The test then
/// writes the files and fails, so that every re-recorded golden gets read
/// (and checked with `git diff`) before it is trusted.
@Suite struct SampleSiteTests {
    static let recording = ProcessInfo.processInfo.environment["FEEDGEN_RECORD_GOLDEN"] == "1"

    @Test func sampleSiteBuildsWithoutProblems() throws {
        let build = try SampleSite.Build()
        #expect(build.report.diagnostics == [])
        #expect(build.report.postCount == 8)
        #expect(build.report.entries.map { "\($0.path) \($0.url)" } == [
            "posts/2024-05-30-episode-1.md https://notes.example.org/podcast/episode-1/",
            "posts/2024-04-22-harbour-at-dawn.md https://notes.example.org/2024/04/22/harbour-at-dawn/",
            "posts/2024/2024-03-10-cafe-in-zurich.md https://notes.example.org/2024/03/10/cafe-in-zurich/",
            "posts/2024-02-03-markdown-tour.md https://notes.example.org/2024/02/03/markdown-tour/",
            "posts/2024-01-15-welcome-to-field-notes.md https://notes.example.org/2024/01/15/welcome-to-field-notes/",
        ])
        #expect(build.report.outputs.map(\.entryCount) == [5, 5, 5])
    }

    @Test(arguments: SampleSite.fileNames)
    func matchesGolden(_ name: String) throws {
        let build = try SampleSite.Build()
        let actual = try build.bytes(name)
        let golden = SampleSite.goldenFolder.appendingPathComponent(name)
        if Self.recording {
            try FileManager.default.createDirectory(at: SampleSite.goldenFolder, withIntermediateDirectories: true)
            try actual.write(to: golden)
            Issue.record("re-recorded \(golden.path): read every line against the spec, then run again without FEEDGEN_RECORD_GOLDEN")
            return
        }
        let expected = try Data(contentsOf: golden)
        #expect(actual == expected, "\(name) differs from its golden file: \(Self.firstDifference(actual, expected))")
    }

    /// The sample site's published feeds (feeds/ at the top level: what a visitor, feedparser
    /// or the W3C validator reads first) are the golden bytes, not an older build's: the
    /// first commit's feeds/rss.xml still had an item `author` beside `dc:creator` and a bare
    /// `&` in a title, two warnings of the W3C validator that the writers no longer make.
    @Test(arguments: SampleSite.fileNames)
    func publishedFeedsAreTheGolden(_ name: String) throws {
        let published = try Data(contentsOf: SampleSite.root.appendingPathComponent("feeds/\(name)"))
        let golden = try Data(contentsOf: SampleSite.goldenFolder.appendingPathComponent(name))
        #expect(published == golden, "feeds/\(name) is not what feedgen builds (run feedgen build at the top level): \(Self.firstDifference(published, golden))")
    }

    /// The first line that differs, to make a failure readable.
    static func firstDifference(_ actual: Data, _ expected: Data) -> String {
        let a = String(decoding: actual, as: UTF8.self).components(separatedBy: "\n")
        let e = String(decoding: expected, as: UTF8.self).components(separatedBy: "\n")
        for index in 0..<max(a.count, e.count) {
            let left = index < a.count ? a[index] : "<end of file>"
            let right = index < e.count ? e[index] : "<end of file>"
            if left != right { return "line \(index + 1): got \(left.debugDescription), golden has \(right.debugDescription)" }
        }
        return "same lines, different bytes"
    }
}
