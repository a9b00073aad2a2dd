import Foundation
import Testing
import FeedGen
@testable import FeedBuild

/// The publish guard reads the live RSS file's dates back: the instant each
/// `pubDate` names, whatever its offset and spelling.
@Suite struct PublishedFeedTests {
    func published(_ pubDate: String) -> Date? {
        let rss = "<rss version=\"2.0\"><channel><title>t</title><link>https://e.org/</link><description>d</description>"
            + "<item><title>i</title><link>https://e.org/i/</link><guid>https://e.org/i/</guid><pubDate>\(pubDate)</pubDate></item></channel></rss>"
        return PublishedFeed.read(Array(rss.utf8), as: .rss)?.items.first?.published
    }

    @Test func pubDatesAreReadAsTheInstantsTheyName() {
        let instant = Date(timeIntervalSince1970: 1_714_559_415)  // 2024-05-01T10:30:15Z
        #expect(published("Wed, 01 May 2024 12:30:15 +0200") == instant)
        #expect(published("Wed, 01 May 2024 10:30:15 +0000") == instant)
        #expect(published("Wed, 01 May 2024 06:30:15 -0400") == instant)
        #expect(published("01 May 2024 10:30:15 GMT") == instant)
        #expect(published("not a date") == nil)
    }
}
