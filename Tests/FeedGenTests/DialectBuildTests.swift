import Foundation
import Testing
@testable import FeedGen

/// The dialects end to end: `"markdown"` in config.json chooses how the
/// feed's content is rendered, and a construct feedgen cannot render as the
/// dialect does is a warning naming post and line.
@Suite struct DialectBuildTests {
    @Test func kramdownContentAndWarningsWithThePostsLine() throws {
        let site = try TemporarySite(
            config: #"{"title": "Test Site", "url": "https://example.org", "markdown": "kramdown"}"#,
            posts: ["2024-01-02-notes.md": "---\ntitle: Notes\n---\nA tip.\n{: .notice--info}\n\nSome {: .x} text.\n"])
        let result = try FeedgenProcess.run(["build"], in: site.root)
        #expect(result.status == 0)
        #expect(result.stderr == "posts/2024-01-02-notes.md:7: warning: kramdown attribute list \"{: .x}\" does not follow a span element, which kramdown shows as text; removed\n")
        let feed = try JSONSerialization.jsonObject(with: Data(site.read("feeds/feed.json").utf8)) as? [String: Any]
        let item = (feed?["items"] as? [[String: Any]])?.first
        #expect(item?["content_html"] as? String == "<p class=\"notice--info\">A tip.</p>\n\n<p>Some  text.</p>\n")
    }

    @Test func gfmLeavesKramdownSyntaxToCmarkGFM() throws {
        let site = try TemporarySite(posts: ["2024-01-02-notes.md": "---\ntitle: Notes\n---\nA tip.\n{: .notice--info}\n"])
        let result = try FeedgenProcess.run(["build"], in: site.root)
        #expect(result.stderr == "")
        let feed = try JSONSerialization.jsonObject(with: Data(site.read("feeds/feed.json").utf8)) as? [String: Any]
        let item = (feed?["items"] as? [[String: Any]])?.first
        #expect(item?["content_html"] as? String == "<p>A tip.\n{: .notice\u{2013}info}</p>\n")
    }
}
