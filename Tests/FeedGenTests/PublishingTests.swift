import Foundation
import Testing
import FeedGen
@testable import FeedValidation

/// Cron-grade publishing, through the real binary.
@Suite struct PublishingTests {
    static let hello = "---\ntitle: Hello\ndate: 2024-05-01 10:00:00 +00:00\n---\n\nHi.\n"
    static let older = "---\ntitle: Older\ndate: 2024-04-01 10:00:00 +00:00\n---\n\nEarlier.\n"

    @Test func secondBuildLeavesEveryFileUntouched() throws {
        let site = try TemporarySite(posts: ["2024-05-01-hello.md": Self.hello])
        #expect(try FeedgenProcess.run(["build", "--quiet"], in: site.root).status == 0)
        let names = ["atom.xml", "rss.xml", "feed.json"]
        let before = try names.map { try site.modificationDate("feeds/" + $0) }
        Thread.sleep(forTimeInterval: 0.05)
        let second = try FeedgenProcess.run(["build"], in: site.root)
        #expect(second.stdout == "feeds/atom.xml: unchanged, 1 entry\nfeeds/rss.xml: unchanged, 1 entry\nfeeds/feed.json: unchanged, 1 entry\n")
        #expect(try names.map { try site.modificationDate("feeds/" + $0) } == before)
    }

    /// An older post's `last_modified_at` shows in Atom `updated` and JSON
    /// `date_modified`; RSS has no such field, and its lastBuildDate is the
    /// newest post's, so rss.xml keeps its bytes and is not rewritten.
    @Test func changedPostRewritesExactlyTheFilesWhoseBytesChange() throws {
        let site = try TemporarySite(posts: ["2024-05-01-hello.md": Self.hello, "2024-04-01-older.md": Self.older])
        #expect(try FeedgenProcess.run(["build", "--quiet"], in: site.root).status == 0)
        let rssBefore = try site.modificationDate("feeds/rss.xml")
        try site.write("posts/2024-04-01-older.md", Self.older.replacingOccurrences(of: "---\n\n", with: "last_modified_at: 2024-04-02 10:00:00 +00:00\n---\n\n"))
        let result = try FeedgenProcess.run(["build"], in: site.root)
        #expect(result.stdout == "feeds/atom.xml: written, 2 entries\nfeeds/rss.xml: unchanged, 2 entries\nfeeds/feed.json: written, 2 entries\n")
        #expect(try site.modificationDate("feeds/rss.xml") == rssBefore)
        #expect(try site.read("feeds/atom.xml").contains("<updated>2024-04-02T10:00:00Z</updated>"))
    }

    @Test func killedBuildLeavesOldOrNewCompleteFiles() throws {
        let site = try TemporarySite(posts: ["2024-05-01-hello.md": Self.hello])
        #expect(try FeedgenProcess.run(["build", "--quiet"], in: site.root).status == 0)
        let old = try site.publishedFeeds()
        try site.write("posts/2024-05-02-new.md", "---\ntitle: New\n---\n\nNew post.\n")
        let validator = FeedValidator()
        var sawMixed = false
        // Kill at different moments: before, between and after the three renames.
        for delay in [0.05, 0.25, 0.45, 0.65, 0.85] {
            let process = try FeedgenProcess.start(["build", "--quiet", "--test-publish-delay", "0.2"], in: site.root)
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitForExit()
            let now = try site.publishedFeeds()
            #expect(Set(now.keys) == ["atom.xml", "rss.xml", "feed.json"])
            for (name, bytes) in now {
                let format: FeedFormat = name == "atom.xml" ? .atom : name == "rss.xml" ? .rss : .json
                #expect(validator.validate(Array(bytes), as: format) == [], "\(name) is not valid after a kill at \(delay) s")
                let isOld = bytes == old[name]
                let isNew = String(decoding: bytes, as: UTF8.self).contains("New post.")
                #expect(isOld || isNew, "\(name) is neither the old nor the new file")
            }
            if Set(now.map { $0.value == old[$0.key] }).count == 2 { sawMixed = true }
            // Put the old files back so the next kill starts from the same state.
            for (name, bytes) in old { try site.write("feeds/" + name, bytes: Array(bytes)) }
        }
        #expect(sawMixed, "no kill landed between two renames; the test did not exercise publishing")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.url("feeds").path).filter { $0.hasPrefix(".feedgen-tmp-") }
        #expect(try FeedgenProcess.run(["build", "--quiet"], in: site.root).status == 0)
        let after = try FileManager.default.contentsOfDirectory(atPath: site.url("feeds").path).filter { $0.hasPrefix(".feedgen-tmp-") }
        #expect(after == [], "the next build removes what killed builds left: \(leftovers)")
    }

    @Test func concurrentBuildsGiveOneSuccessAndOneBusy() throws {
        let site = try TemporarySite(posts: ["2024-05-01-hello.md": Self.hello])
        let first = try FeedgenProcess.start(["build", "--quiet", "--test-publish-delay", "0.5"], in: site.root)
        Thread.sleep(forTimeInterval: 0.3)
        let second = try FeedgenProcess.run(["build", "--quiet"], in: site.root)
        let firstResult = FeedgenProcess.finish(first)
        #expect(firstResult.status == 0)
        #expect(second.status == 75)
        #expect(second.stderr == "feeds/.feedgen.lock: another feedgen build (process \(first.processIdentifier)) holds the lock; try again later or use --wait\n")
    }

    @Test func waitingBuildRunsAfterTheFirst() throws {
        let site = try TemporarySite(posts: ["2024-05-01-hello.md": Self.hello])
        let first = try FeedgenProcess.start(["build", "--quiet", "--test-publish-delay", "0.3"], in: site.root)
        Thread.sleep(forTimeInterval: 0.2)
        let second = try FeedgenProcess.run(["build", "--wait"], in: site.root)
        #expect(FeedgenProcess.finish(first).status == 0)
        #expect(second.status == 0)
        #expect(second.stdout == "feeds/atom.xml: unchanged, 1 entry\nfeeds/rss.xml: unchanged, 1 entry\nfeeds/feed.json: unchanged, 1 entry\n")
    }

    @Test func lockLeftByADeadProcessIsTakenOver() throws {
        let site = try TemporarySite(posts: ["2024-05-01-hello.md": Self.hello])
        try site.write("feeds/.feedgen.lock", "999999\n")
        let result = try FeedgenProcess.run(["build", "--quiet"], in: site.root)
        #expect(result.status == 0)
        #expect(site.exists("feeds/atom.xml"))
    }

    @Test func scheduledPostGoesLiveOnceTheClockPassesItsDate() throws {
        let site = try TemporarySite(posts: [
            "2024-05-01-hello.md": Self.hello,
            "2030-01-01-later.md": "---\ntitle: Later\ndate: 2030-01-01 09:00:00 +00:00\n---\n\nScheduled.\n",
        ])
        let before = try FeedgenProcess.run(["build", "--now", "2030-01-01T08:59:59Z"], in: site.root)
        #expect(before.stdout == "feeds/atom.xml: written, 1 entry\nfeeds/rss.xml: written, 1 entry\nfeeds/feed.json: written, 1 entry\n")
        let after = try FeedgenProcess.run(["build", "--now", "2030-01-01T09:00:00Z"], in: site.root)
        #expect(after.stdout == "feeds/atom.xml: written, 2 entries\nfeeds/rss.xml: written, 2 entries\nfeeds/feed.json: written, 2 entries\n")
        #expect(try site.read("feeds/rss.xml").contains("<title>Later</title>"))
    }

    @Test func quietBuildOfAnUnchangedSitePrintsZeroBytes() throws {
        let site = try TemporarySite(posts: ["2024-05-01-hello.md": Self.hello])
        #expect(try FeedgenProcess.run(["build", "--quiet"], in: site.root).status == 0)
        let result = try FeedgenProcess.run(["build", "--quiet"], in: site.root)
        #expect(result.status == 0)
        #expect(result.stdout.utf8.count == 0)
        #expect(result.stderr.utf8.count == 0)
    }
}
