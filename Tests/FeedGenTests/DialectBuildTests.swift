import Foundation
import Testing
import FeedGen

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

    /// `kramdown:` in _config.yml: the options feedgen applies change the
    /// content (and `markdownify`, which runs kramdown as Jekyll's does); each
    /// other one is a warning on its line.
    @Test func kramdownOptionsOfTheJekyllConfig() throws {
        let site = try TemporarySite()
        try FileManager.default.removeItem(at: site.url("config.json"))
        try site.write("_config.yml", """
            title: T
            url: https://example.org
            kramdown:
              input: GFM
              parse_block_html: true
              syntax_highlighter_opts:
                block:
                  line_numbers: true
              math_engine: katex

            """)
        try site.write("_posts/2024-01-02-notes.md", """
            ---
            title: Notes
            ---
            <div class="box">
            *md*
            </div>

            {% capture tip %}Tip
            {: .notice}{% endcapture %}{{ tip | markdownify }}

            """)
        let result = try FeedgenProcess.run(["build"], in: site.root)
        #expect(result.status == 0)
        #expect(result.stderr == """
            _config.yml:6: warning: kramdown option syntax_highlighter_opts: {…} is not applied by feedgen; feeds are rendered as with Jekyll's default
            _config.yml:9: warning: kramdown option math_engine: katex is not applied by feedgen; feeds are rendered as with Jekyll's default

            """)
        let feed = try JSONSerialization.jsonObject(with: Data(site.read("_site/feed.json").utf8)) as? [String: Any]
        let item = (feed?["items"] as? [[String: Any]])?.first
        #expect(item?["content_html"] as? String == "<div class=\"box\">\n<p><em>md</em></p>\n</div>\n<p class=\"notice\">Tip</p>\n")
        #expect(try FeedgenProcess.run(["build", "--quiet"], in: site.root).stderr == "")
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
