import Foundation
import Testing

@Suite struct CLITests {
    @Test func buildPrintsOneLinePerFeedAndExitsZero() throws {
        let site = try TemporarySite(posts: ["2024-05-01-hello.md": "---\ntitle: Hello\n---\n\nHi.\n"])
        let result = try FeedgenProcess.run(["build"], in: site.root)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == """
            feeds/atom.xml: written, 1 entry
            feeds/rss.xml: written, 1 entry
            feeds/feed.json: written, 1 entry

            """)
    }

    @Test func unchangedSiteBuiltQuietlyPrintsNothing() throws {
        let site = try TemporarySite(posts: ["2024-05-01-hello.md": "---\ntitle: Hello\n---\n\nHi.\n"])
        #expect(try FeedgenProcess.run(["build"], in: site.root).status == 0)
        let second = try FeedgenProcess.run(["build", "--quiet"], in: site.root)
        #expect(second.status == 0)
        #expect(second.stdout == "")
        #expect(second.stderr == "")
    }

    /// `feedgen init mysite` makes the folder, as the README's first steps run it,
    /// and says it wrote the file only once it has.
    @Test func initMakesANewSitesFolder() throws {
        let site = try TemporarySite()
        let result = try FeedgenProcess.run(["init", "mysite/blog"], in: site.root)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.hasPrefix("Wrote mysite/blog/config.json for a new site; change what does not fit:\n"))
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("mysite/blog/config.json").path))
    }

    @Test func initSaysNothingWrittenWhenItCannotWrite() throws {
        let site = try TemporarySite()
        try Data().write(to: site.root.appendingPathComponent("taken"))
        let result = try FeedgenProcess.run(["init", "taken"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("taken/config.json: cannot write: "))
    }

    @Test func unknownOptionIsAUsageError() throws {
        let site = try TemporarySite()
        let result = try FeedgenProcess.run(["build", "--frobnicate"], in: site.root)
        #expect(result.status == 64)
    }
}
