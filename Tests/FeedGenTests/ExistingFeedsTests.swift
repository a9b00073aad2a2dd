import Foundation
import Testing
import FeedGen
@testable import FeedSupport
@testable import SiteLoading

/// A Jekyll site's own feeds kept (`ExistingFeeds`, `StarterConfig.publishedFeeds`):
/// `init` and a build without config.json find a hand-written feed in the
/// source and the `<link rel="alternate">` tags of the layouts, and keep each
/// feed's URL, format and entry ids; the build never replaces what Jekyll
/// made from the site's own template, and takes jekyll-feed's file over.
@Suite struct ExistingFeedsTests {
    static let rssTemplate = """
        ---
        layout: null
        ---
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
          <channel>
            <title>{{ site.title | xml_escape }}</title>
            <description>{{ site.description | xml_escape }}</description>
            <link>{{ site.url }}{{ site.baseurl }}/</link>
            <atom:link href="{{ "/feed.xml" | prepend: site.baseurl | prepend: site.url }}" rel="self" type="application/rss+xml"/>
            <pubDate>{{ site.time | date_to_rfc822 }}</pubDate>
            <generator>Jekyll v{{ jekyll.version }}</generator>
            {% for post in site.posts limit:10 %}
              <item>
                <title>{{ post.title | xml_escape }}</title>
                <description>{{ post.content | xml_escape }}</description>
                <pubDate>{{ post.date | date_to_rfc822 }}</pubDate>
                <link>{{ post.url | prepend: site.baseurl | prepend: site.url }}</link>
                <guid isPermaLink="true">{{ post.url | prepend: site.baseurl | prepend: site.url }}</guid>
                {% for tag in post.tags %}
                <category>{{ tag | xml_escape }}</category>
                {% endfor %}
              </item>
            {% endfor %}
          </channel>
        </rss>

        """

    static let head = """
        <head>
          <meta charset="utf-8">
          <link rel="stylesheet" href="{{ "/css/main.css" | prepend: site.baseurl }}">
          <link rel="alternate" type="application/rss+xml" title="{{ site.title }}" href="{{ "/feed.xml" | prepend: site.baseurl | prepend: site.url }}">
          <link rel="alternate" type="application/rss+xml" title="Elsewhere" href="https://feeds.feedburner.com/fieldnotes">
        </head>

        """

    static let config = """
        title: Field Notes
        description: Notes from the field
        url: "https://notes.example.org"
        baseurl: "/blog"
        timezone: Europe/Berlin
        permalink: /:year/:month/:day/:title.html

        """

    static let posts = [
        "_posts/2024-03-01-first-light.md": "---\ntitle: First light\ndate: 2024-03-01 08:30:00 +0100\ntags: [sky, night]\n---\nThe first post, with an ![image](/blog/img/a.png).\n",
        "_posts/2024-04-02-second-look.md": "---\ntitle: 'Second look -- \"again\"'\n---\nSecond post.\n\nMore text.\n",
    ]

    func site(_ config: String = ExistingFeedsTests.config, files: [String: String]) throws -> TemporarySite {
        let site = try TemporarySite()
        try FileManager.default.removeItem(at: site.url("config.json"))
        try FileManager.default.removeItem(at: site.url("posts"))
        try site.write("_config.yml", config)
        for (path, text) in files.merging(Self.posts, uniquingKeysWith: { $1 }) { try site.write(path, text) }
        return site
    }

    func jekyll(_ site: TemporarySite, into destination: String? = nil) throws {
        try JekyllRun.build(site.root, into: destination.map(site.url))
    }

    static var hasJekyll: Bool { JekyllRun.isInstalled }

    @Test func initKeepsTheSitesOwnRSSFeedItsURLAndItsIDs() throws {
        let site = try site(files: ["feed.xml": Self.rssTemplate, "_includes/head.html": Self.head])
        let result = try FeedgenProcess.run(["init"], in: site.root)
        #expect(result.stderr == "")
        #expect(result.status == 0)
        #expect(result.stdout == """
            Wrote config.json, translated from _config.yml:
              title: from title
              url: from url + baseurl
              description: from description
              timezone: from timezone
              posts: from Jekyll's posts folder
              permalink: from permalink
              output: from destination and the folder of the site's feeds: they stay where they are
              feeds_url: from url and the site's feeds
              files: from the site's own feeds, each format at its URL, the others beside them
              limit: from the limit of the site's own feed's loop
              ids: from feed.xml's entry ids (the absolute permalink), so that subscribers see no old post again
              titles: from feed.xml's titles, {{ post.title | xml_escape }}, as the posts write them, not smartified
              markdown: from Jekyll's default converter, kramdown
            Feeds the site publishes, kept:
              /feed.xml: RSS, the site's own feed.xml (a Liquid template): feedgen writes RSS there (files.rss), same entry ids
              feed.xml: Jekyll still writes it into the site, and feedgen never replaces a file it did not publish: delete feed.xml or add it to exclude: in _config.yml
              _includes/head.html: links to https://feeds.feedburner.com/fieldnotes (RSS), a feed on another site; left as it is

            """)
        let config = try ConfigLoader.load(from: site.url("config.json"))
        #expect(config.fileNames == [.atom: "atom.xml", .rss: "feed.xml", .json: "feed.json"])
        #expect(config.ids == .permalink)
        #expect(config.titles == .asWritten)
        #expect(config.limit == 10)
        #expect(DisplayPath.of(config.outputFolder).hasSuffix("_site"))
    }

    /// The site's own RSS feed built by the real Jekyll, then by feedgen in its
    /// place: refused while Jekyll still writes it, published once the
    /// template is excluded, and the same entries (ids, links, dates, titles, text).
    @Test(.enabled(if: ExistingFeedsTests.hasJekyll)) func jekyllsOwnFeedAndFeedgensHaveTheSameEntries() throws {
        let site = try site(Self.config + "exclude: [jekyll-out]\n", files: ["feed.xml": Self.rssTemplate, "_includes/head.html": Self.head])
        try jekyll(site, into: "jekyll-out")
        try jekyll(site)
        let made = try site.read("_site/feed.xml")
        let refused = try FeedgenProcess.run(["build"], in: site.root)
        #expect(refused.status == 1)
        #expect(refused.stderr == """
            _site/feed.xml: was made by Jekyll from the site's own feed.xml, which feedgen does not replace, so nothing was published; delete feed.xml or add it to exclude: in _config.yml, then run jekyll build and feedgen build again
            feedgen: 1 error; nothing was published

            """)
        #expect(try site.read("_site/feed.xml") == made)
        #expect(!site.exists("_site/feed.json"))

        try site.write("_config.yml", Self.config + "exclude: [jekyll-out, feed.xml]\n")
        try FileManager.default.removeItem(at: site.url("_site"))
        try jekyll(site)
        let built = try FeedgenProcess.run(["build"], in: site.root)
        #expect(built.stderr == "")
        #expect(built.stdout == "_site/atom.xml: written, 2 entries\n_site/feed.xml: written, 2 entries\n_site/feed.json: written, 2 entries\n")
        #expect(try site.read("_site/feed.xml").contains("<rss version=\"2.0\""))
        let comparison = try PythonScript.run(SampleSite.root.appendingPathComponent("Tests/compare/compare_feeds.py"),
                                              [site.url("jekyll-out/feed.xml").path, site.url("_site/feed.xml").path, "--text"])
        let result = try #require(try JSONSerialization.jsonObject(with: comparison) as? [String: Any])
        #expect(result["reference"] as? Int == 2)
        #expect(result["feedgen"] as? Int == 2)
        #expect(result["problems"] as? [String] == [])
    }

    @Test func anAtomTemplateWithPostIDsKeepsJekyllFeedsIDsAndTheLayoutsLinks() throws {
        let atom = """
            ---
            layout: nil
            ---
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
             <title>{{ site.title }}</title>
             <link href="{{ site.url }}/atom.xml" rel="self"/>
             <id>{{ site.url }}</id>
             {% for post in site.posts %}
             <entry>
               <title>{{ post.title }}</title>
               <link href="{{ site.url }}{{ post.url }}"/>
               <updated>{{ post.date | date_to_xmlschema }}</updated>
               <id>{{ site.url }}{{ post.id }}</id>
             </entry>
             {% endfor %}
            </feed>

            """
        let layout = """
            <html><head>
            <link rel="alternate" type="application/atom+xml" title="Atom" href="{{ site.baseurl }}/atom.xml" />
            <link rel="alternate" type="application/feed+json" href='{{ "/index.json" | relative_url }}' />
            </head><body>{{ content }}</body></html>

            """
        let site = try site("title: Atoms\nurl: https://atoms.example.com\ntimezone: UTC\n", files: ["atom.xml": atom, "_layouts/default.html": layout])
        let result = try FeedgenProcess.run(["init"], in: site.root)
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("""
              ids: from atom.xml's entry ids (the post's id made absolute, as jekyll-feed's), so that subscribers see no old post again
              titles: from atom.xml's titles, {{ post.title }}, as the posts write them, not smartified
              markdown: from Jekyll's default converter, kramdown
            Feeds the site publishes, kept:
              /atom.xml: Atom, the site's own atom.xml (a Liquid template): feedgen writes Atom there (files.atom), same entry ids
              atom.xml: Jekyll still writes it into the site, and feedgen never replaces a file it did not publish: delete atom.xml or add it to exclude: in _config.yml
            Not translated:
              limit: atom.xml lists every post; feedgen's feeds carry the newest "limit" (here 20)

            """))
        let config = try ConfigLoader.load(from: site.url("config.json"))
        // The JSON Feed goes where the layout already links to one that nothing made.
        #expect(config.fileNames == [.atom: "atom.xml", .rss: "rss.xml", .json: "index.json"])
        #expect(config.ids == .jekyllFeed)
        #expect(config.limit == 20)
    }

    @Test func idsFeedgenCannotWriteAreSaidInOneLine() throws {
        let template = Self.rssTemplate.replacingOccurrences(
            of: #"<guid isPermaLink="true">{{ post.url | prepend: site.baseurl | prepend: site.url }}</guid>"#,
            with: #"<guid isPermaLink="false">{{ post.date | date: "%s" }}</guid>"#)
        let site = try site(files: ["rss.xml": template])
        let result = try FeedgenProcess.run(["init"], in: site.root)
        #expect(result.status == 0)
        #expect(result.stdout.contains("""
            Not translated:
              ids: rss.xml makes its entry ids with "{{ post.date | date: \\"%s\\" }}", which feedgen cannot write; feedgen's are the permalinks, so its readers will see its posts again once

            """))
        let config = try ConfigLoader.load(from: site.url("config.json"))
        #expect(config.fileNames == [.atom: "feed.xml", .rss: "rss.xml", .json: "feed.json"])
        #expect(config.ids == .permalink)
    }

    /// Which of feedgen's ids a template's id writes, for the ways real feeds spell them.
    @Test func idTemplatesMapToFeedgensIDs() {
        let cases: [(String, String, ExistingFeeds.IDs)] = [
            ("{{ post.url | absolute_url }}", "blog", .permalink),
            ("{{ site.url }}{{ site.baseurl }}{{ post.url }}", "blog", .permalink),
            ("{{ post.url | prepend: site.baseurl | prepend: site.url }}", "blog", .permalink),
            ("{{ post.url | relative_url | prepend: site.url }}", "blog", .permalink),
            ("{{ site.url | append: site.baseurl | append: post.url | xml_escape }}", "blog", .permalink),
            ("{{ site.url }}{{ post.url }}", "", .permalink),
            ("{{ site.url }}{{ post.url }}", "blog", .other("{{ site.url }}{{ post.url }}")),
            ("{{ post.id | absolute_url }}", "blog", .jekyllFeed),
            ("{{ site.url }}{{ post.id }}", "", .jekyllFeed),
            ("{{ post.url }}", "", .other("{{ post.url }}")),
            ("tag:example.org,2024:{{ post.id }}", "", .other("tag:example.org,2024:{{ post.id }}")),
        ]
        for (template, base, ids) in cases {
            let siteURL = "https://example.org" + (base.isEmpty ? "" : "/" + base)
            #expect(ExistingFeeds.ids(of: template, variable: "post", siteURL: siteURL, base: base) == ids, "\(template) with baseurl \(base.debugDescription)")
        }
    }

    /// How a template's item titles are written, for the ways real feeds spell them: a kept
    /// feed's titles stay as its template wrote them (jekyll-feed's smartified, or as written).
    @Test func titleTemplatesMapToFeedgensTitles() {
        let cases: [(String, Bool, SiteConfig.TitleStyle?)] = [
            ("{{ post.title | xml_escape }}", false, .asWritten),
            ("{{ post.title }}", false, .asWritten),
            ("<![CDATA[{{ post.title }}]]>", false, .asWritten),
            ("{{ post.title | smartify | strip_html | normalize_whitespace | xml_escape }}", false, .smartify),
            ("{{ post.title | smartify | xml_escape }}", false, .smartify),
            ("{{ post.title | upcase }}", false, nil),
            ("{{ post.title | jsonify }}", true, .asWritten),
            ("{{ post.title | smartify | strip_html | normalize_whitespace | jsonify }}", true, .smartify),
        ]
        for (template, json, titles) in cases {
            #expect(ExistingFeeds.titles(of: template, variable: "post", json: json) == titles, "\(template)")
        }
    }

    /// jekyll-feed's feed.xml, which `jekyll build` writes into _site, is the
    /// feed feedgen takes over there (`jekyll build && feedgen build`).
    @Test(.enabled(if: ExistingFeedsTests.hasJekyll)) func jekyllFeedsFileInTheSameSiteFolderIsTakenOver() throws {
        let site = try site(Self.config + "plugins: [jekyll-feed]\n", files: [:])
        try jekyll(site)
        #expect(try site.read("_site/feed.xml").contains("<generator uri=\"https://jekyllrb.com/\""))
        let built = try FeedgenProcess.run(["build"], in: site.root)
        #expect(built.stderr == "")
        #expect(built.stdout == "_site/feed.xml: written, 2 entries\n_site/rss.xml: written, 2 entries\n_site/feed.json: written, 2 entries\n")
        #expect(try site.read("_site/feed.xml").contains(">feedgen</generator>"))
        let again = try FeedgenProcess.run(["build", "--quiet"], in: site.root)
        #expect(again.status == 0)
    }
}
