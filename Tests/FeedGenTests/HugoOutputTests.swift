import Foundation
import Testing
import FeedGen
@testable import FeedSupport
@testable import SiteLoading

/// The Hugo settings that move the feed or change its links: the RSS file's
/// name (`outputFormats.RSS`, `mediaTypes`), a feed of the home page only
/// (`outputs`), `uglyURLs` per section, `disablePathToLower`,
/// `removePathAccents`; each site built by the real `hugo` and by feedgen.
@Suite struct HugoOutputTests {
    let sites = HugoSiteTests()

    static let pages = [
        "content/post/Hello-Case.md": "---\ntitle: Héllo Wörld\ndate: 2024-01-02\n---\nHi.\n",
        "content/post/Café Crème.md": "---\ntitle: Crème\ndate: 2024-01-03\nslug: Ça Va\n---\nHi.\n",
        "content/post/bundle/index.md": "---\ntitle: Bundle\ndate: 2024-01-04\n---\nHi.\n",
        "content/CapSec/Foo.md": "---\ntitle: Cap\ndate: 2024-01-05\n---\nHi.\n",
        "content/about.md": "---\ntitle: About\ndate: 2023-01-01\n---\nAbout.\n",
    ]

    func build(_ config: String, _ extra: [String: String] = [:]) throws -> TemporarySite {
        let site = try sites.site(Self.pages.merging(["hugo.toml": "baseURL = \"https://example.org/\"\ntitle = \"T\"\n" + config]) { $1 }.merging(extra) { $1 })
        try sites.buildBoth(site)
        let initialized = try FeedgenProcess.run(["init"], in: site.root)
        #expect(initialized.status == 0)
        let build = try FeedgenProcess.run(["build"], in: site.root)
        #expect(build.status == 0)
        #expect(build.stderr == "")
        return site
    }

    func links(_ site: TemporarySite, _ path: String) throws -> [String] {
        try HugoRun.items(ofRSS: site.url("public/" + path)).map(\.link)
    }

    @Test func theRSSFileNameFromItsOutputFormat() throws {
        let site = try build("""
            [mediaTypes."application/rss+xml"]
            suffixes = ["rss"]
            [outputFormats.RSS]
            baseName = "feed"
            mediaType = "application/rss+xml"
            """)
        try sites.compare(site, "post/feed.rss", count: 3)
        #expect(try site.read("config.json").contains("\"rss\": \"feed.rss\""))
        #expect(!site.exists("public/post/index.xml"))
    }

    /// A base name alone keeps the `xml` suffix: a media type's own suffix counts only when the format names it.
    @Test func aBaseNameAlone() throws {
        let site = try build("[mediaTypes.\"application/rss+xml\"]\nsuffixes = [\"rss\"]\n[outputFormats.RSS]\nbaseName = \"feed\"\n")
        try sites.compare(site, "post/feed.xml", count: 3)
    }

    /// No RSS for sections (`outputs.section`): Hugo's only feed is the home
    /// page's, of every regular page, and feedgen's is there too.
    @Test func onlyTheHomePageHasAFeed() throws {
        let site = try build("[outputs]\nsection = [\"HTML\"]\n")
        #expect(!site.exists("hugo-public/post/index.xml"))
        try sites.compare(site, "index.xml", count: 5)
        #expect(!site.exists("public/post/index.xml"))
        #expect(try site.read("config.json").contains("\"section\": \"\""))
    }

    /// The home page's feed from the site's own template that keeps one
    /// section's pages (as the Let's Encrypt site's does): the items are that section's.
    @Test func aHomeFeedTemplateThatPicksASection() throws {
        let template = """
            <rss version="2.0"><channel><title>{{ .Site.Title }}</title><link>{{ .Permalink }}</link><description>x</description>
            {{ $posts := where .Site.RegularPages "Type" "in" (slice "post") }}{{ range $posts }}<item><title>{{ .Title }}</title>
            <link>{{ .Permalink }}</link><pubDate>{{ .Date.Format "Mon, 02 Jan 2006 15:04:05 -0700" | safeHTML }}</pubDate><guid>{{ .Permalink }}</guid></item>{{ end }}
            </channel></rss>
            """
        let site = try build("[outputs]\nhome = [\"HTML\", \"RSS\"]\nsection = [\"HTML\"]\n[outputFormats.RSS]\nbaseName = \"feed\"\n",
                             ["layouts/_default/rss.xml": template])
        try sites.compare(site, "feed.xml", count: 3)
        #expect(HugoRSSOutput.pickedSection("{{ range where site.RegularPages \"Section\" \"in\" site.Params.mainSections }}", mainSection: "news") == "news")
        #expect(HugoRSSOutput.pickedSection("{{ range where .Site.RegularPages \"Type\" \"posts\" }}", mainSection: "news") == "posts")
        #expect(HugoRSSOutput.pickedSection("{{ range .Site.RegularPages }}", mainSection: "news") == nil)
    }

    /// `uglyURLs` as a table: only the sections it names have `.html` pages;
    /// their feeds stay `<section>/index.xml`.
    @Test func uglyURLsPerSection() throws {
        let site = try build("[uglyURLs]\npost = true\n[permalinks]\npost = \"/:year/:slug/\"\n")
        try sites.compare(site, "post/index.xml", count: 3)
        #expect(try links(site, "post/index.xml") == [
            "https://example.org/2024/bundle.html", "https://example.org/2024/%C3%A7a-va.html", "https://example.org/2024/h%C3%A9llo-w%C3%B6rld.html",
        ])
    }

    /// `disablePathToLower`: pages keep their case, but a section's own page
    /// and feed are lower case all the same, as Hugo 0.111 places them.
    @Test func pathsKeepTheirCase() throws {
        let site = try build("disablePathToLower = true\n[params]\nmainSections = [\"CapSec\"]\n",
                             ["content/CapSec/Sub Folder/Ünï Page.md": "---\ntitle: Sub\ndate: 2024-01-04\n---\nx\n",
                              "content/CapSec/Slugged.md": "---\ntitle: Slugged\ndate: 2024-01-03\nslug: My Slug\n---\nx\n"])
        try sites.compare(site, "capsec/index.xml", count: 3)
        #expect(try links(site, "capsec/index.xml") == [
            "https://example.org/CapSec/Foo/", "https://example.org/CapSec/Sub-Folder/%C3%9Cn%C3%AF-Page/", "https://example.org/CapSec/My-Slug/",
        ])
    }

    @Test func pathsWithoutAccents() throws {
        let site = try build("removePathAccents = true\n[permalinks]\npost = \"/:section/:title/\"\n")
        try sites.compare(site, "post/index.xml", count: 3)
        #expect(try links(site, "post/index.xml") == [
            "https://example.org/post/bundle/", "https://example.org/post/creme/", "https://example.org/post/hello-world/",
        ])
    }

    /// Newer Hugo's `[permalinks.page]` table and its `:slugorcontentbasename`
    /// and `:contentbasename` tokens (Hugo 0.111 panics on the table and calls
    /// the tokens ill-formed, so these paths follow newer Hugo's documentation).
    @Test func newerPermalinkForms() throws {
        let site = try sites.site(Self.pages.merging(["hugo.toml": """
            baseURL = "https://example.org/"
            title = "T"
            [permalinks.page]
            post = "/p/:year/:slugorcontentbasename/"
            CapSec = "/c/:contentbasename/"
            [permalinks.section]
            post = "/all-posts/"
            """]) { $1 })
        let initialized = try FeedgenProcess.run(["init"], in: site.root)
        #expect(initialized.stdout.contains("  hugo.permalinks: from permalinks.page\n"))
        #expect(try FeedgenProcess.run(["build"], in: site.root).stderr == "")
        #expect(try links(site, "post/index.xml") == [
            "https://example.org/p/2024/bundle/", "https://example.org/p/2024/%C3%A7a-va/", "https://example.org/p/2024/hello-case/",
        ])
        let config = try ConfigDiscovery.load(explicit: nil, in: site.root)
        #expect(config.hugo?.permalinks == ["post": "/p/:year/:slugorcontentbasename/", "capsec": "/c/:contentbasename/"])
    }

    /// `canonifyURLs` on a site below a path: `/x` in a post is below the
    /// site, as on Hugo's own page, not at the host's root; code's text is
    /// left as written (but an unquoted `href=/x`, which Hugo rewrites there too).
    @Test func canonifiedURLsInContent() throws {
        let site = try sites.site([
            "hugo.toml": "baseURL = \"https://example.org/sub/\"\ntitle = \"T\"\ncanonifyURLs = true\n[markup.goldmark.renderer]\nunsafe = true\n",
            "layouts/_default/single.html": "{{ .Content }}",
            "content/post/bar.md": """
                ---
                title: P
                date: 2024-01-05
                ---
                [a](/abs/x) [b](rel/y) [c](//cdn.org/z) ![i](/img.png)

                <img srcset="/a.png 1x, /b.png 2x" src='/q.png'>

                <a href=/bare>bare</a>

                Code is left as written: `<img src="/code.png">`

                ```
                <a href='/in/code'>x</a> <b href=/unquoted>
                ```

                """,
        ])
        try sites.buildBoth(site)
        #expect(try site.read("hugo-public/post/bar/index.html") == """
            <p><a href="https://example.org/sub/abs/x">a</a> <a href="rel/y">b</a> <a href="//cdn.org/z">c</a> <img src="https://example.org/sub/img.png" alt="i"></p>
            <img srcset="https://example.org/sub/a.png 1x, https://example.org/sub/b.png 2x" src='https://example.org/sub/q.png'>
            <p><a href=https://example.org/sub/bare>bare</a></p>
            <p>Code is left as written: <code>&lt;img src=&quot;/code.png&quot;&gt;</code></p>
            <pre tabindex="0"><code>&lt;a href=&#39;/in/code&#39;&gt;x&lt;/a&gt; &lt;b href=https://example.org/sub/unquoted&gt;
            </code></pre>
            """)
        #expect(try FeedgenProcess.run(["build"], in: site.root).stderr == "")
        let feed = try JSONParser.parse(Array(try site.read("public/post/feed.json").utf8))
        #expect(feed["items"]?.elements?.first?["content_html"]?.string == """
            <p><a href="https://example.org/sub/abs/x">a</a> <a href="https://example.org/sub/post/bar/rel/y">b</a> <a href="https://cdn.org/z">c</a> <img src="https://example.org/sub/img.png" alt="i"></p>
            <img srcset="https://example.org/sub/a.png 1x, https://example.org/sub/b.png 2x" src="https://example.org/sub/q.png">
            <p><a href="https://example.org/sub/bare">bare</a></p>
            <p>Code is left as written: <code>&lt;img src="/code.png"&gt;</code></p>
            <pre tabindex="0"><code>&lt;a href='/in/code'&gt;x&lt;/a&gt; &lt;b href=https://example.org/sub/unquoted&gt;
            </code></pre>

            """)
    }
}
