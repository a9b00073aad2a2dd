import Foundation
import Testing

/// What a build says about dates, through the binary: each message names the
/// post and line and says what is wrong; `--now` reads what a post's date reads.
@Suite struct DateMessagesTests {
    static let config = #"{"title": "T", "url": "https://example.org", "timezone": "America/New_York", "formats": ["atom"]}"#

    @Test func eachWrongDateIsReportedOnItsLine() throws {
        let site = try TemporarySite(config: Self.config, posts: [
            "2024-05-01-leap.md": "---\ntitle: Leap\ndate: 2024-02-30\n---\n",
            "2024-05-02-gap.md": "---\ntitle: Gap\n\ndate: 2024-03-10 02:30\n---\n",
            "2024-05-03-form.md": "---\ntitle: Form\ndate: next tuesday\n---\n",
            "2024-05-04-year.md": "---\ntitle: Year\nlast_modified_at: 0000-01-01\n---\n",
            "2024-07-01.md": "---\ntitle: No Slug\n---\n",
            "later.md": "---\ntitle: Later\ndate: 9999-12-31 23:59:59 -14:00\n---\n",
        ])
        let result = try FeedgenProcess.run(["build", "--keep-going"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stderr == """
            posts/2024-05-01-leap.md:3: date 2024-02-30 is not a day of February 2024
            posts/2024-05-02-gap.md:4: date 2024-03-10 02:30 does not exist in America/New_York: the clocks went from 02:00 straight to 03:00; write the time with its offset, or a time that exists
            posts/2024-05-03-form.md:3: date "next tuesday" is not a date; write YYYY-MM-DD, YYYY-MM-DD HH:MM:SS +HH:MM or RFC 3339
            posts/2024-05-04-year.md:3: last_modified_at 0000-01-01 is in year 0; feeds carry dates of the years 1 to 9999 only
            posts/2024-07-01.md:1: the file name has a date but no slug after it: name it 2024-07-01-slug.md (or add "date:" to its front matter)
            posts/later.md:3: date 9999-12-31 23:59:59 -14:00 is in year 10000 in America/New_York; feeds carry dates of the years 1 to 9999 only

            """)
    }

    @Test func nowAcceptsWhatAPostsDateAccepts() throws {
        let site = try TemporarySite(config: Self.config, posts: [
            "2030-01-02-due.md": "---\ntitle: Due\n---\n\nScheduled for midnight in New York.\n",
        ])
        for (now, entries) in [("2030-01-02", 1), ("2030-01-01 23:59", 0), ("Wed, 02 Jan 2030 05:00:00 +0000", 1), ("2030-01-02T04:59:59Z", 0)] {
            // The clock goes back and forth, emptying the feed: the publish guard would refuse that.
            let result = try FeedgenProcess.run(["build", "--no-cache", "--accept-changes", "--now", now], in: site.root)
            #expect(result.stderr == "", "\(now)")
            #expect(result.status == 0, "\(now)")
            #expect(result.stdout.hasSuffix(", \(entries) entr\(entries == 1 ? "y" : "ies")\n"), "\(now)")
            #expect(try site.read("feeds/atom.xml").contains("<title>Due</title>") == (entries == 1), "\(now)")
        }
    }

    @Test func nowThatIsNotADateIsAUsageError() throws {
        let site = try TemporarySite(config: Self.config)
        let wrongForm = try FeedgenProcess.run(["build", "--now", "soon"], in: site.root)
        #expect(wrongForm.status == 64)
        #expect(wrongForm.stderr.hasPrefix("Error: --now \"soon\" is not a date; write YYYY-MM-DD, YYYY-MM-DD HH:MM:SS +HH:MM or RFC 3339\n"))
        let wrongDay = try FeedgenProcess.run(["build", "--now", "2030-02-30"], in: site.root)
        #expect(wrongDay.status == 64)
        #expect(wrongDay.stderr.hasPrefix("Error: --now 2030-02-30 is not a day of February 2030\n"))
    }
}
