import Foundation
import Testing
import FeedGen
@testable import FeedSupport

/// The sample Hugo site in `sites/hugo-sample`, built by the real `hugo` and
/// by feedgen (without config.json, and after `feedgen init`): the same items
/// in `public/news/index.xml`, with full content, absolute URLs and shortcodes run.
@Suite struct HugoSampleSiteTests {
    static let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("sites/hugo-sample")

    func copySite() throws -> TemporarySite {
        let site = try TemporarySite()
        try FileManager.default.removeItem(at: site.url("config.json"))
        try FileManager.default.removeItem(at: site.url("posts"))
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.source.path) where name != "public" {
            try FileManager.default.copyItem(at: Self.source.appendingPathComponent(name), to: site.url(name))
        }
        try HugoRun.build(site.root)
        try FileManager.default.moveItem(at: site.url("public"), to: site.url("hugo-public"))
        return site
    }

    static let links = [
        "https://project.example.org/news/2024/03/0.89.4/",
        "https://project.example.org/news/2024/02/spring-meetup-talks-slides/",
        "https://project.example.org/news/2024/01/the-2024-roadmap/",
        "https://project.example.org/news/2023/11/v1.0-final/",
    ]

    static let warning = "content/news/2024-02-spring-meetup.md:18: warning: shortcode \"note\" is the site's own (layouts/shortcodes/note.html), whose template feedgen does not run; only its inner text was kept\n"

    @Test func itemsMatchHugosWithoutAConfigJSON() throws {
        let site = try copySite()
        let build = try FeedgenProcess.run(["build"], in: site.root)
        #expect(build.status == 0)
        #expect(build.stderr == Self.warning)
        let theirs = try HugoRun.items(ofRSS: site.url("hugo-public/news/index.xml"))
        let ours = try HugoRun.items(ofRSS: site.url("public/news/index.xml"))
        #expect(ours == theirs)
        #expect(ours.map(\.link) == Self.links)
        #expect(ours.map(\.guid) == Self.links)
        #expect(try FeedgenProcess.run(["validate", "public/news"], in: site.root).status == 0)
    }

    @Test func itemsMatchHugosAfterInit() throws {
        let site = try copySite()
        #expect(try FeedgenProcess.run(["init"], in: site.root).status == 0)
        let build = try FeedgenProcess.run(["build"], in: site.root)
        #expect(build.stderr == Self.warning)
        #expect(try HugoRun.items(ofRSS: site.url("public/news/index.xml")) == HugoRun.items(ofRSS: site.url("hugo-public/news/index.xml")))
    }

    /// As the README says: `hugo && feedgen build`. The RSS file Hugo wrote
    /// (its generator Hugo's) is the one feedgen takes over, at the same URL;
    /// after the next `hugo`, the next build takes it over again.
    @Test func hugoThenFeedgenInTheSamePublishFolder() throws {
        let site = try copySite()
        try FileManager.default.removeItem(at: site.url("hugo-public"))
        try HugoRun.build(site.root)
        let theirs = try HugoRun.items(ofRSS: site.url("public/news/index.xml"))
        #expect(try site.read("public/news/index.xml").contains("<generator>Hugo -- gohugo.io</generator>"))
        let lines = "public/news/atom.xml: written, 4 entries\npublic/news/index.xml: written, 4 entries\npublic/news/feed.json: written, 4 entries\n"
        let build = try FeedgenProcess.run(["build"], in: site.root)
        #expect(build.status == 0)
        #expect(build.stderr == Self.warning)
        #expect(build.stdout == lines)
        #expect(try HugoRun.items(ofRSS: site.url("public/news/index.xml")) == theirs)
        try HugoRun.build(site.root)
        let again = try FeedgenProcess.run(["build"], in: site.root)
        #expect(again.status == 0)
        #expect(again.stdout == "public/news/atom.xml: unchanged, 4 entries\npublic/news/index.xml: written, 4 entries\npublic/news/feed.json: unchanged, 4 entries\n")
        #expect(try site.read("public/news/index.xml").contains("<generator>feedgen"))
    }

    /// What readers get that Hugo's own feed leaves out: the whole post, shortcodes
    /// run, every URL absolute (the bundle's image below the bundle's URL); Chroma's
    /// `pre` keeps the colours readers keep, not its `tab-size` declarations (ReaderHTML).
    @Test func fullContentWithAbsoluteURLs() throws {
        let site = try copySite()
        #expect(try FeedgenProcess.run(["build"], in: site.root).status == 0)
        let feed = try JSONParser.parse(Array(try site.read("public/news/feed.json").utf8))
        let release = try #require(feed["items"]?.elements?.first)
        #expect(release["image"]?.string == "https://project.example.org/news/2024/03/0.89.4/cover.png")
        #expect(release["summary"]?.string == "Release 0.89.4 makes builds faster and fixes two bugs.")
        #expect(release["tags"]?.elements?.compactMap(\.string) == ["releases", "release", "performance"])
        #expect(release["content_html"]?.string == """
            <p>Release 0.89.4 makes builds faster and fixes two bugs.</p>
            <figure><img src="https://project.example.org/news/2024/03/0.89.4/cover.png" alt="The new build graph"><figcaption>
                        <p>Build times, <em>before</em> and after</p>
                    </figcaption>
            </figure>

            <p>See the <a href="https://project.example.org/guides/your-first-site-step-by-step/">installation guide</a> to upgrade.</p>
            <div class="highlight"><pre tabindex="0" style="color:#f8f8f2;background-color:#272822;"><code class="language-bash" data-lang="bash"><span style="display:flex;"><span>project build --fast</span></span></code></pre></div>

            """)
        let meetup = try #require(feed["items"]?.elements?[1])
        #expect(meetup["summary"]?.string == "We met in Boston for an evening of talks. Each speaker had fifteen minutes and a few questions afterwards; the slides are linked below. Thanks to everyone who came, and to our hosts, who provided the room and the coffee. The next meetup is in the autumn.")
        #expect(meetup["content_html"]?.string?.hasSuffix("<p>The recordings are <strong>not</strong> public yet.</p>\n") == true)
        #expect(meetup["date_modified"]?.string == "2024-02-21T00:00:00+01:00")
    }
}
