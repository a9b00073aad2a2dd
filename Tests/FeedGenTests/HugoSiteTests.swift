import Foundation
import Testing
import FeedGen
@testable import FeedSupport
@testable import FeedValidation
@testable import SiteLoading

/// Hugo sites written here, built by the real `hugo` and by feedgen (with and
/// without `feedgen init`): every item of Hugo's RSS has the same guid, link,
/// date and title in feedgen's RSS at the same URL.
@Suite struct HugoSiteTests {
    /// A temporary Hugo site of these files.
    func site(_ files: [String: String]) throws -> TemporarySite {
        let site = try TemporarySite()
        try FileManager.default.removeItem(at: site.url("config.json"))
        try FileManager.default.removeItem(at: site.url("posts"))
        for (path, text) in files { try site.write(path, text) }
        return site
    }

    static let config = """
        baseURL = "https://example.org/blog/"
        title = "Hugo Test"
        languageCode = "en-us"
        [permalinks]
        notes = "/n/:year/:month/:monthname/:day/:weekday/:weekdayname/:yearday/:section/:sections/:title/:slug/:slugorfilename/:filename/"
        """

    static let files = [
        "hugo.toml": config,
        "content/posts/a.md": "+++\ntitle = \"A: Hello, World! 0.89.4 Ünïcode & stuff\"\ndate = 2024-03-05T10:00:00+02:00\nslug = \"0.89.4 Rel Notes\"\ntags = \"one two\"\n+++\nBody of A.\n",
        "content/posts/b.md": "\n---\ntitle: \"B pub\"\ndate: 2024-03-01\npublishDate: 2024-03-10\nlastmod: 2024-04-01\n---\nB body\n",
        "content/posts/c.md": "{\n  \"title\": \"C expired\",\n  \"date\": \"2024-02-01T08:00:00Z\",\n  \"expiryDate\": \"2024-02-02\"\n}\nC body\n",
        "content/posts/bundle.one/index.md": "---\ntitle: Bundle One\ndate: 2024-01-15\n---\n![img](pic.png)\n",
        "content/posts/bundle.one/extra.md": "---\ntitle: A resource, not a page\ndate: 2024-01-16\n---\n",
        "content/posts/sub/deep.md": "---\ntitle: Deep Post\ndate: 2024-01-10\n---\ndeep\n",
        "content/posts/nested/_index.md": "---\ntitle: Nested\n---\n",
        "content/posts/nested/inner.md": "---\ntitle: Inner\ndate: 2024-01-03\n---\nx\n",
        "content/posts/My File Ünï.md": "---\ntitle: \"Ça va? L'été — “quotes” 100% #1 a+b ~x @y\"\ndate: 2024-01-02\nurl: custom/path\n---\nx\n",
        "content/posts/2023-12-01-dated-name.md": "---\ntitle: Dated name\ndate: 2023-12-01T09:00:00Z\n---\nx\n",
        "content/posts/draft.md": "---\ntitle: Draft\ndate: 2023-11-01\ndraft: true\n---\nx\n",
        "content/posts/_index.md": "---\ntitle: Posts\n---\n",
        "content/notes/n1.md": "---\ntitle: \"Note One: The Title\"\ndate: 2024-05-07T23:30:00-05:00\n---\nnote\n",
        "content/notes/n2.md": "---\ntitle: \"C# and C++, 100% sure\"\nslug: \"Hello World.V2\"\ndate: 2024-01-05\n---\nnote\n",
    ]

    /// Hugo's items and feedgen's, for the feed at `path` below `public/`.
    func compare(_ site: TemporarySite, _ path: String, count: Int) throws {
        let theirs = try HugoRun.items(ofRSS: site.url("hugo-public/" + path))
        let ours = try HugoRun.items(ofRSS: site.url("public/" + path))
        #expect(theirs.count == count)
        #expect(ours == theirs, "\(path)")
    }

    func buildBoth(_ site: TemporarySite) throws {
        try HugoRun.build(site.root)
        try FileManager.default.moveItem(at: site.url("public"), to: site.url("hugo-public"))
    }

    @Test func theMainSectionsFeedMatchesHugosWithoutInit() throws {
        let site = try site(Self.files)
        try buildBoth(site)
        let build = try FeedgenProcess.run(["build", "--now", "2024-06-01T00:00:00Z"], in: site.root)
        #expect(build.stderr == "")
        #expect(build.stdout == "public/posts/atom.xml: written, 6 entries\npublic/posts/index.xml: written, 6 entries\npublic/posts/feed.json: written, 6 entries\n")
        try compare(site, "posts/index.xml", count: 6)
        let links = try HugoRun.items(ofRSS: site.url("public/posts/index.xml")).map(\.link)
        #expect(links == [
            "https://example.org/blog/posts/0.89.4-rel-notes/", "https://example.org/blog/posts/b/",
            "https://example.org/blog/posts/bundle.one/", "https://example.org/blog/posts/sub/deep/",
            "https://example.org/blog/custom/path/", "https://example.org/blog/posts/2023-12-01-dated-name/",
        ])
    }

    @Test func theWholeSitesFeedMatchesHugosHomeFeed() throws {
        let site = try site(Self.files)
        try buildBoth(site)
        #expect(try FeedgenProcess.run(["init"], in: site.root).status == 0)
        var config = try site.read("config.json")
        config = config.replacingOccurrences(of: "\"section\": \"posts\"", with: "\"section\": \"\"")
            .replacingOccurrences(of: "\"output\": \"public/posts\"", with: "\"output\": \"public\"")
            .replacingOccurrences(of: "\"feeds_url\": \"https://example.org/blog/posts/\"", with: "\"feeds_url\": \"https://example.org/blog/\"")
        try site.write("config.json", config)
        let build = try FeedgenProcess.run(["build", "--now", "2024-06-01T00:00:00Z"], in: site.root)
        #expect(build.stderr == "")
        #expect(build.status == 0)
        try compare(site, "index.xml", count: 9)
        let links = try HugoRun.items(ofRSS: site.url("public/index.xml")).map(\.link)
        #expect(links.prefix(2) == [
            "https://example.org/blog/n/2024/05/may/07/2/tuesday/128/notes/notes/note-one-the-title/note-one-the-title/n1/n1/",
            "https://example.org/blog/posts/0.89.4-rel-notes/",
        ])
    }

    /// A bundle's relative image is resolved against the bundle's URL.
    @Test func aBundlesImagesAreAbsolute() throws {
        let site = try site(Self.files)
        #expect(try FeedgenProcess.run(["build", "--now", "2024-06-01T00:00:00Z"], in: site.root).status == 0)
        let feed = try JSONParser.parse(Array(try site.read("public/posts/feed.json").utf8))
        let bundle = try #require(feed["items"]?.elements?.first { $0["title"]?.string == "Bundle One" })
        #expect(bundle["content_html"]?.string == "<p><img src=\"https://example.org/blog/posts/bundle.one/pic.png\" alt=\"img\"></p>\n")
    }

    @Test func initTranslatesTheHugoConfig() throws {
        let site = try site(Self.files.merging(["hugo.toml": """
            summaryLength = 30
            uglyURLs = false
            timeZone = "Europe/Berlin"

            """ + Self.config + """

            [params]
            description = "Notes and posts"
            author = "Ann"
            [services.rss]
            limit = 15
            [taxonomies]
            tag = "tags"
            series = "series"
            """]) { $1 })
        let result = try FeedgenProcess.run(["init"], in: site.root)
        #expect(result.status == 0)
        #expect(result.stdout == """
            Wrote config.json, translated from hugo.toml:
              title: from title
              url: from baseURL
              description: from params.description
              language: from languageCode
              author: from params.author
              timezone: from timeZone
              posts: from Hugo's content folder
              markdown: from Hugo's Markdown renderer
              hugo.section: Hugo's main section, the one with the most pages, "posts"; "" for the whole site's feed (/index.xml)
              hugo.permalinks: from permalinks
              hugo.summary_length: from summaryLength
              hugo.taxonomies: from taxonomies
              hugo.ugly_urls: from uglyURLs
              output: from publishDir and the section: Hugo's RSS feed stays where it was
              feeds_url: from baseURL and the section
              files: from Hugo's index.xml for RSS; Atom and JSON Feed beside it
              limit: from services.rss.limit

            """)
        #expect(try site.read("config.json") == """
            {
              "title": "Hugo Test",
              "url": "https://example.org/blog",
              "description": "Notes and posts",
              "language": "en-us",
              "author": {
                "name": "Ann"
              },
              "timezone": "Europe/Berlin",
              "posts": "content",
              "markdown": "goldmark",
              "hugo": {
                "section": "posts",
                "permalinks": {
                  "notes": "/n/:year/:month/:monthname/:day/:weekday/:weekdayname/:yearday/:section/:sections/:title/:slug/:slugorfilename/:filename/"
                },
                "summary_length": 30,
                "taxonomies": [
                  "series",
                  "tags"
                ],
                "ugly_urls": false
              },
              "output": "public/posts",
              "feeds_url": "https://example.org/blog/posts/",
              "files": {
                "rss": "index.xml",
                "atom": "atom.xml",
                "json": "feed.json"
              },
              "limit": 15
            }

            """)
    }

    /// `config/_default/` with a `params.toml` beside `hugo.yaml`, and `uglyURLs`.
    @Test func aConfigFolderAndUglyURLs() throws {
        let site = try site([
            "config/_default/hugo.yaml": "baseURL: https://e.org/\ntitle: Folder config\nuglyURLs: true\npermalinks:\n  posts: /:year/:title/\n",
            "config/_default/params.toml": "author = \"Bo\"\n",
            "content/posts/t.md": "---\ntitle: T\ndate: 2024-01-09T23:30:00-05:00\n---\nx\n",
            "content/posts/Big.Bundle/index.md": "---\ntitle: T2\nslug: \"A+B Slug\"\ndate: 2024-01-08\n---\nx\n",
            "content/notes/n.md": "---\ntitle: Note\ndate: 2024-01-01\n---\n",
        ])
        try buildBoth(site)
        let build = try FeedgenProcess.run(["build"], in: site.root)
        #expect(build.stderr == "")
        try compare(site, "posts/index.xml", count: 2)
        #expect(try HugoRun.items(ofRSS: site.url("public/posts/index.xml")).map(\.link) == ["https://e.org/2024/t.html", "https://e.org/2024/t2.html"])
        let config = try ConfigDiscovery.load(explicit: nil, in: site.root)
        #expect(config.author == Person(name: "Bo"))
        #expect(config.hugo?.uglyURLs == true)
    }

    @Test func hugoConfigErrorsNameTheFileAndLine() throws {
        let site = try site(["hugo.toml": "baseURL = \"https://e.org/\"\ntitle = \n"])
        let build = try FeedgenProcess.run(["build"], in: site.root)
        #expect(build.status == 1)
        #expect(build.stderr == "hugo.toml:2: not valid TOML: Error while parsing key-value pair: expected value, saw '\\n'\n")
    }

    /// Summaries: `<!--more-->`, else the first `summaryLength` words carried to
    /// the end of the sentence; the same text as Hugo's `<description>`.
    @Test func summariesAreHugos() throws {
        let site = try site([
            "hugo.toml": "baseURL = \"https://e.org/\"\ntitle = \"S\"\nsummaryLength = 10\n",
            "content/posts/a.md": "---\ntitle: A\ndate: 2024-01-01\n---\nOne two three *four* five six seven eight nine ten eleven twelve. Thirteen fourteen.\n",
            "content/posts/b.md": "---\ntitle: B\ndate: 2024-01-02\n---\nShort para & one.\n\nSecond para with   many words here and there and quoted part end. After.\n\nThird.\n",
            "content/posts/c.md": "---\ntitle: C\ndate: 2024-01-03\n---\nword word word word word\nword word word word word word word word word, without any stop at all\nand more words here\n",
            "content/posts/d.md": "---\ntitle: D\ndate: 2024-01-04\n---\nFirst part **bold**.\n\n<!--more-->\n\nRest.\n",
            "content/posts/e.md": "---\ntitle: E\ndate: 2024-01-05\n---\n1. list item one two three four five six seven\n2. second item eight nine ten eleven\n\n```\ncode one two three\n```\n",
            "content/posts/f.md": "---\ntitle: F\ndate: 2024-01-06\nsummary: Written by hand.\n---\nOne two three four five six seven eight nine ten eleven.\n",
            "content/posts/g.md": "---\ntitle: G\ndate: 2024-01-07\n---\nLike this:\n\n~~~ txt\n+++\n\n## a\n\nb c\n~~~\n\nSee d. e f. More.\n",
        ])
        try buildBoth(site)
        #expect(try FeedgenProcess.run(["build"], in: site.root).stderr == "")
        let (hugoRoot, _) = XMLDocumentParser(relaxNG: RSSSchema.relaxNG).check(Array(try Data(contentsOf: site.url("hugo-public/posts/index.xml"))))
        let theirs = try #require(hugoRoot?.child("channel", in: "")).children("item", in: "").map { item in
            HTMLFragment.plainText(item.child("description", in: "")?.text ?? "")
        }
        let feed = try JSONParser.parse(Array(try site.read("public/posts/feed.json").utf8))
        let ours = (feed["items"]?.elements ?? []).map { $0["summary"]?.string ?? "" }
        #expect(ours == theirs)
        #expect(ours == [
            "Like this: +++ ## a b c See d. e f.", "Written by hand.", "list item one two three four five six seven second item eight nine ten eleven code one two three",
            "First part bold.", "word word word word word word word word word word word word word word, without any stop at all and more words here",
            "Short para & one. Second para with many words here and there and quoted part end.",
            "One two three four five six seven eight nine ten eleven twelve.",
        ])
        let d = try #require(feed["items"]?.elements?.first { $0["title"]?.string == "D" })
        #expect(d["content_html"]?.string == "<p>First part <strong>bold</strong>.</p>\n<p>Rest.</p>\n")
    }

    /// The text a summary is cut from is Hugo 0.111's `plainify` of the HTML:
    /// tags stripped as Go's `html/template` strips them, then every run of
    /// white space (across tags: Chroma's line spans) one character; compared
    /// with the real `hugo` running `plainify` over the same fragments.
    @Test func plainTextIsHugosPlainify() throws {
        let cases = [
            "<p class=\"x\"> One\ntwo</p>\n<p>Three<br>four</p>", "+++\n</span></span><span style=\"display:flex;\"><span>\n</span></span><span>## D",
            "x < y and <3 z", "<!-- c --> q <script>var a = 1 < 2;</script> r <style>p { }</style>s", "<div title=\"1>2\">t</div><a href='x>y'>l</a>",
            "  lead  <b>x</b>  \t y", "a&lt;b &amp; &lsquo;c", "<p>p1</p>\n\n<p>p2</p>\n<pre><code>x\n\ny</code></pre>", "no tags   at  all",
            "a <b", "a<!x>b a</>b a<1>b x<br/>y <!-- open",
        ]
        let site = try site([
            "hugo.toml": "baseURL = \"https://e.org/\"\ndisableKinds = [\"taxonomy\", \"term\", \"RSS\", \"sitemap\"]\n",
            "data/cases.json": String(decoding: try JSONSerialization.data(withJSONObject: cases), as: UTF8.self),
            "layouts/index.html": "{{ range site.Data.cases }}{{ . | plainify | jsonify }}\n{{ end }}",
        ])
        try HugoRun.build(site.root)
        let theirs = try site.read("public/index.html").split(separator: "\n").map { line in
            try #require(JSONSerialization.jsonObject(with: Data(line.utf8), options: .fragmentsAllowed) as? String)
        }
        #expect(cases.map(HugoSummary.stripHTML) == theirs)
        #expect(theirs[1] == "+++ ## D")
    }

    @Test func stripHTMLAndTruncateAsHugo() {
        #expect(HugoSummary.stripHTML("<p class=\"x\"> One\ntwo</p>\n<p>Three<br>four</p>") == " One two\nThree\nfour\n")
        #expect(HugoSummary.truncatedToWholeSentence("a b c d. e f", words: 2) == "a b c d.")
        #expect(HugoSummary.truncatedToWholeSentence("a b c d e f ", words: 2) == "a b c d e f ")
        #expect(HugoSummary.truncatedToWholeSentence("abc", words: 2) == "abc")
    }

    /// `x.en.md` is the page `x` of the default language; `x.fr.md` is the page
    /// `x.fr` on a site without French, and left to the French feed on one with it.
    @Test(arguments: [false, true]) func languagesInFileNames(multilingual: Bool) throws {
        let languages = multilingual ? "defaultContentLanguage = \"en\"\n[languages.en]\nweight = 1\n[languages.fr]\nweight = 2\n" : ""
        let site = try site([
            "hugo.toml": "baseURL = \"https://e.org/\"\ntitle = \"ML\"\n" + languages,
            "content/posts/foo.en.md": "---\ntitle: EN\ndate: 2024-01-01\n---\nx\n",
            "content/posts/bar.fr.md": "---\ntitle: FR\ndate: 2024-01-02\n---\nx\n",
            "content/posts/v1.2.md": "---\ntitle: V\ndate: 2024-01-03\n---\nx\n",
        ])
        try buildBoth(site)
        #expect(try FeedgenProcess.run(["build"], in: site.root).stderr == "")
        try compare(site, "posts/index.xml", count: multilingual ? 2 : 3)
        #expect(try HugoRun.items(ofRSS: site.url("public/posts/index.xml")).map(\.link)
                == ["https://e.org/posts/v1.2/"] + (multilingual ? [] : ["https://e.org/posts/bar.fr/"]) + ["https://e.org/posts/foo/"])
    }

    /// HTML content files (`.html`, `.htm`) are pages too: their body is the
    /// content as written (no Markdown), shortcodes run, as on Hugo's own page.
    @Test func htmlContentFiles() throws {
        let site = try site([
            "hugo.toml": "baseURL = \"https://e.org/\"\ntitle = \"H\"\n",
            "layouts/_default/single.html": "{{ .Content }}",
            "content/posts/h.html": "---\ntitle: HTML post\ndate: 2024-01-02\n---\n\n<p>First <b>para</b> *not md*.</p>\n<p>Second.</p>\n{{< youtube abc >}}\n",
            "content/posts/x.htm": "---\ntitle: HTM\ndate: 2024-01-03\n---\n<p>htm</p>\n",
            "content/posts/m.mdown": "---\ntitle: Mdown\ndate: 2024-01-01\n---\n*md*\n",
        ])
        try buildBoth(site)
        #expect(try FeedgenProcess.run(["build"], in: site.root).stderr == "")
        try compare(site, "posts/index.xml", count: 3)
        let feed = try JSONParser.parse(Array(try site.read("public/posts/feed.json").utf8))
        let html = try #require(feed["items"]?.elements?[1]["content_html"]?.string)
        // Hugo's page as a feed carries it: its YouTube iframe a link, as readers keep it (ReaderHTMLTests).
        #expect(html == (try HTMLFragment.preparedForReaders(site.read("hugo-public/posts/h/index.html"), base: URL(string: "https://e.org/posts/h/")!)))
        #expect(feed["items"]?.elements?[1]["summary"]?.string == "First para *not md*. Second.")
    }

    /// Hugo's build options: `headless`, `_build.list: never` (or `false`) leave
    /// the page out of every feed, `list: local` out of the site's only;
    /// `render: never` pages, which Hugo's RSS lists without a link or guid,
    /// are left out; newer Hugo's `build` is read as `_build` (0.111 ignores it).
    @Test func buildOptions() throws {
        let site = try site([
            "hugo.toml": "baseURL = \"https://e.org/\"\ntitle = \"B\"\n",
            "content/posts/normal.md": "---\ntitle: Normal\ndate: 2024-01-01\n---\nx\n",
            "content/posts/headless/index.md": "---\ntitle: Headless\ndate: 2024-01-02\nheadless: true\n---\nx\n",
            "content/posts/ln.md": "---\ntitle: ListNever\ndate: 2024-01-03\n_build:\n  list: never\n---\nx\n",
            "content/posts/rn.md": "---\ntitle: RenderNever\ndate: 2024-01-04\n_build:\n  render: never\n---\nx\n",
            "content/posts/ll.md": "---\ntitle: ListLocal\ndate: 2024-01-05\n_build:\n  list: local\n---\nx\n",
            "content/posts/bn.md": "---\ntitle: BuildNew\ndate: 2024-01-06\nbuild:\n  list: never\n---\nx\n",
            "content/posts/lf.md": "---\ntitle: ListFalse\ndate: 2024-01-07\n_build:\n  list: false\n---\nx\n",
            "content/posts/tn.md": "+++\ntitle = \"TomlNever\"\ndate = 2024-01-09\n[_build]\nlist = \"never\"\n+++\nx\n",
        ])
        try buildBoth(site)
        #expect(try FeedgenProcess.run(["build"], in: site.root).stderr == "")
        let theirs = try HugoRun.items(ofRSS: site.url("hugo-public/posts/index.xml"))
        #expect(theirs.map(\.title) == ["BuildNew", "ListLocal", "RenderNever", "Normal"])
        #expect(theirs[2].link == "")
        let ours = try HugoRun.items(ofRSS: site.url("public/posts/index.xml"))
        #expect(ours == theirs.filter { !$0.link.isEmpty && $0.title != "BuildNew" })
        // The whole site's feed does not show a page listed only locally.
        var config = try ConfigDiscovery.load(explicit: nil, in: site.root)
        config.hugo?.section = ""
        config.postsFolder = site.url("content")
        #expect(PostLoader(config: config).load(PostFile(folder: site.url("content").path, relativePath: "posts/ll.md", displayFolder: "content")).0 == nil)
        #expect(PostLoader(config: config).load(PostFile(folder: site.url("content").path, relativePath: "posts/normal.md", displayFolder: "content")).0 != nil)
    }

    /// `buildFuture`, `buildDrafts` and `buildExpired` put such pages in Hugo's feed, and in feedgen's.
    @Test(arguments: [false, true]) func buildFutureDraftsAndExpired(set: Bool) throws {
        let settings = set ? "buildFuture = true\nbuildExpired = true\nbuildDrafts = true\n" : ""
        let site = try site([
            "hugo.toml": "baseURL = \"https://e.org/\"\ntitle = \"F\"\n" + settings,
            "content/posts/f.md": "---\ntitle: Future\ndate: 2099-01-02\n---\nx\n",
            "content/posts/e.md": "---\ntitle: Expired\ndate: 2020-01-02\nexpiryDate: 2021-01-01\n---\nx\n",
            "content/posts/d.md": "---\ntitle: Draft\ndate: 2020-01-03\ndraft: true\n---\nx\n",
            "content/posts/p.md": "---\ntitle: Scheduled\ndate: 2020-01-01\npublishDate: 2098-01-01\n---\nx\n",
            "content/posts/n.md": "---\ntitle: Now\ndate: 2020-01-01\n---\nx\n",
        ])
        try buildBoth(site)
        let initialized = try FeedgenProcess.run(["init"], in: site.root)
        #expect(initialized.stdout.contains("  hugo.build_future: from buildFuture\n") == set)
        #expect(try FeedgenProcess.run(["build"], in: site.root).stderr == "")
        try compare(site, "posts/index.xml", count: set ? 5 : 1)
    }

    /// `ignoreFiles`: regular expressions matched against each file's absolute path, as Hugo matches them.
    @Test func ignoredFiles() throws {
        let site = try site([
            "content/posts/a.md": "---\ntitle: a\ndate: 2024-01-02\n---\nx\n",
            "content/posts/c.md": "---\ntitle: c\ndate: 2024-01-03\n---\nx\n",
            "content/posts/d.draft.md": "---\ntitle: d\ndate: 2024-01-04\n---\nx\n",
            "content/posts/f.md": "---\ntitle: f\ndate: 2024-01-05\n---\nx\n",
            "content/posts/sub/s.md": "---\ntitle: s\ndate: 2024-01-06\n---\nx\n",
        ])
        let absolute = NSRegularExpression.escapedPattern(for: site.url("content/posts/c").standardizedFileURL.path)
        try site.write("hugo.toml", """
            baseURL = "https://e.org/"
            title = "I"
            ignoreFiles = ["^content/posts/a", "sub/", "^\(absolute.replacingOccurrences(of: "\\", with: "\\\\"))", "\\\\.draft\\\\.md$"]
            """)
        try buildBoth(site)
        #expect(try FeedgenProcess.run(["build"], in: site.root).stderr == "")
        try compare(site, "posts/index.xml", count: 2)
        #expect(try HugoRun.items(ofRSS: site.url("public/posts/index.xml")).map(\.title) == ["f", "a"])
    }

    /// A section's `_index.md` with a `url` moves its page and feed (`/blog/index.xml`), not its pages.
    @Test func aSectionsOwnURL() throws {
        let site = try site([
            "hugo.toml": "baseURL = \"https://e.org/\"\ntitle = \"U\"\n",
            "content/posts/_index.md": "+++\ntitle = \"Blog\"\nurl = \"/blog/\"\n+++\n",
            "content/posts/p.md": "---\ntitle: P\ndate: 2024-01-02\n---\nx\n",
        ])
        try buildBoth(site)
        let build = try FeedgenProcess.run(["build"], in: site.root)
        #expect(build.stdout == "public/blog/atom.xml: written, 1 entry\npublic/blog/index.xml: written, 1 entry\npublic/blog/feed.json: written, 1 entry\n")
        try compare(site, "blog/index.xml", count: 1)
        #expect(try HugoRun.items(ofRSS: site.url("public/blog/index.xml")).map(\.link) == ["https://e.org/posts/p/"])
    }

    /// As `hugo` reads its config: `config/_default/` over the root file, and
    /// `config/production/` over both (`development` is `hugo server`'s).
    @Test func configFoldersOverTheRootFile() throws {
        let site = try site([
            "hugo.toml": "baseURL = \"https://root.org/\"\ntitle = \"Root\"\n[params]\nauthor = \"Root\"\n",
            "config/_default/hugo.toml": "title = \"Dir\"\n",
            "config/production/hugo.toml": "baseURL = \"https://prod.org/\"\n",
            "config/development/hugo.toml": "baseURL = \"https://dev.org/\"\n",
            "content/posts/p.md": "---\ntitle: P\ndate: 2024-01-02\n---\nx\n",
        ])
        try buildBoth(site)
        #expect(try FeedgenProcess.run(["build"], in: site.root).stderr == "")
        try compare(site, "posts/index.xml", count: 1)
        let config = try ConfigDiscovery.load(explicit: nil, in: site.root)
        #expect(config.title == "Dir")
        #expect(config.url == "https://prod.org")
        #expect(config.author == Person(name: "Root"))
    }

    /// `hasCJKLanguage`: a page with CJK text has its automatic summary cut
    /// after `summaryLength` characters of it (an ASCII word counts one), others as usual;
    /// the quotes Goldmark's typographer makes count as the entities it writes (`&lsquo;`, seven).
    @Test func summariesOfCJKPages() throws {
        let site = try site([
            "hugo.toml": "baseURL = \"https://e.org/\"\ntitle = \"C\"\nhasCJKLanguage = true\nsummaryLength = 10\n",
            "content/posts/a.md": "---\ntitle: A\ndate: 2024-01-01\n---\n这是一个很长的中文段落，用来测试摘要的长度是否正确。第二句话在这里。\n",
            "content/posts/b.md": "---\ntitle: B\ndate: 2024-01-02\n---\nHugo 和 Go 是 great tools 日本語のテキストです and more words here.\n",
            "content/posts/c.md": "---\ntitle: C\ndate: 2024-01-03\n---\nOne two three four five six seven eight nine ten eleven. Twelve.\n",
            "content/posts/d.md": "---\ntitle: D\ndate: 2024-01-04\n---\n短い。\n",
            "content/posts/e.md": "---\ntitle: E\ndate: 2024-01-05\n---\n그간 'Go는 이렇더라'라는 내용이 주를 이룹니다 -- 따라서 \"정말\" 그렇다...\n",
            "content/posts/f.md": "---\ntitle: F\ndate: 2024-01-06\n---\n그간 ‘Go는 이렇더라’라는 내용이 주를 이룹니다.\n",
        ])
        try buildBoth(site)
        #expect(try FeedgenProcess.run(["build"], in: site.root).stderr == "")
        let (hugoRoot, _) = XMLDocumentParser(relaxNG: RSSSchema.relaxNG).check(Array(try Data(contentsOf: site.url("hugo-public/posts/index.xml"))))
        let theirs = try #require(hugoRoot?.child("channel", in: "")).children("item", in: "").map { HTMLFragment.plainText($0.child("description", in: "")?.text ?? "") }
        let feed = try JSONParser.parse(Array(try site.read("public/posts/feed.json").utf8))
        let ours = (feed["items"]?.elements ?? []).map { $0["summary"]?.string ?? "" }
        #expect(ours == theirs)
        #expect(ours == ["그간 ‘Go는 이렇더라", "그간 ‘G", "短い。", "One two three four five six seven eight nine ten eleven.", "Hugo 和 Go 是 great tools 日本語の", "这是一个很长的中文段"])
    }

    /// A theme's own config gives its `params` (`mainSections` here) and
    /// `outputFormats` (the RSS file's name), under the site's; not its `outputs` or `permalinks`.
    @Test func aThemesConfig() throws {
        let theme = "[params]\nmainSections = [\"notes\"]\n[outputs]\nsection = [\"HTML\"]\n[outputFormats.RSS]\nbaseName = \"feed\"\n[permalinks]\nposts = \"/p/:slug/\"\n"
        let site = try site([
            "hugo.toml": "baseURL = \"https://e.org/\"\ntitle = \"T\"\ntheme = \"tt\"\n",
            "themes/tt/hugo.toml": theme,
            "content/posts/p1.md": "---\ntitle: P1\ndate: 2024-01-01\n---\nx\n",
            "content/posts/p2.md": "---\ntitle: P2\ndate: 2024-01-02\n---\nx\n",
            "content/notes/n.md": "---\ntitle: Note\ndate: 2024-01-05\n---\nx\n",
        ])
        try buildBoth(site)
        let build = try FeedgenProcess.run(["build"], in: site.root)
        #expect(build.stdout == "public/notes/atom.xml: written, 1 entry\npublic/notes/feed.xml: written, 1 entry\npublic/notes/feed.json: written, 1 entry\n")
        try compare(site, "notes/feed.xml", count: 1)
        #expect(try HugoRun.items(ofRSS: site.url("hugo-public/posts/feed.xml")).map(\.link) == ["https://e.org/posts/p2/", "https://e.org/posts/p1/"])
    }

    /// Hugo reads `_`-prefixed files and folders below a section (the Kubernetes
    /// blog keeps its posts in `blog/_posts/`), all but a section's `_index.md`.
    @Test func underscoreFoldersArePages() throws {
        let site = try site([
            "hugo.toml": "baseURL = \"https://e.org/\"\ntitle = \"K\"\n[permalinks]\nblog = \"/:section/:year/:month/:day/:slug/\"\n",
            "content/blog/_index.md": "---\ntitle: Blog\n---\n",
            "content/blog/_posts/2024-01-02-p.md": "---\ntitle: P\ndate: 2024-01-02\nslug: pslug\n---\nx\n",
            "content/blog/_posts/2024-01-03-q.md": "---\ntitle: Q\ndate: 2024-01-03\n---\nx\n",
            "content/blog/_u.md": "---\ntitle: U\ndate: 2024-01-04\n---\nx\n",
        ])
        try buildBoth(site)
        #expect(try FeedgenProcess.run(["build"], in: site.root).stderr == "")
        try compare(site, "blog/index.xml", count: 3)
        #expect(try HugoRun.items(ofRSS: site.url("public/blog/index.xml")).map(\.link) == [
            "https://e.org/blog/2024/01/04/u/", "https://e.org/blog/2024/01/03/q/", "https://e.org/blog/2024/01/02/pslug/",
        ])
    }

    /// Hugo's `.Summary` reads front matter `summary` (as Markdown) and
    /// nothing else: neither `description` nor Jekyll's `excerpt`.
    @Test func whatASummaryIsMadeOf() throws {
        let site = try site([
            "hugo.toml": "baseURL = \"https://e.org/\"\ntitle = \"S\"\n",
            "content/posts/d.md": "---\ntitle: D\ndate: 2024-01-02\ndescription: The description.\n---\nBody text here.\n",
            "content/posts/e.md": "---\ntitle: E\ndate: 2024-01-03\nexcerpt: The excerpt.\n---\nBody text here.\n",
            "content/posts/s.md": "---\ntitle: S\ndate: 2024-01-04\nsummary: \"*em* & text\"\ndescription: Desc.\n---\nBody text here.\n",
        ])
        try buildBoth(site)
        #expect(try FeedgenProcess.run(["build"], in: site.root).stderr == "")
        let (hugoRoot, _) = XMLDocumentParser(relaxNG: RSSSchema.relaxNG).check(Array(try Data(contentsOf: site.url("hugo-public/posts/index.xml"))))
        let theirs = try #require(hugoRoot?.child("channel", in: "")).children("item", in: "").map { $0.child("description", in: "")?.text ?? "" }
        #expect(theirs == ["<em>em</em> &amp; text", "Body text here.", "Body text here."])
        let feed = try JSONParser.parse(Array(try site.read("public/posts/feed.json").utf8))
        #expect((feed["items"]?.elements ?? []).map { $0["summary"]?.string ?? "" } == theirs.map(HTMLFragment.plainText))
        let (ours, _) = XMLDocumentParser(relaxNG: RSSSchema.relaxNG).check(Array(try Data(contentsOf: site.url("public/posts/index.xml"))))
        #expect(try #require(ours?.child("channel", in: "")).children("item", in: "").first?.child("description", in: "")?.text == "<p><em>em</em> &amp; text</p>\n")
    }

    /// A theme's RSS template that gives an item the page's description when
    /// it has one, else its summary (PaperMod's): `init` says so, and each
    /// entry's summary is what Hugo's `<description>` shows.
    @Test func anRSSTemplateThatPrefersTheDescription() throws {
        let template = """
            <rss version="2.0"><channel><title>{{ .Site.Title }}</title><link>{{ .Permalink }}</link>
            <description>Recent content on {{ .Site.Title }}</description>
            {{- range .Pages }}
            <item><title>{{ .Title }}</title><link>{{ .Permalink }}</link><pubDate>{{ .Date.Format "Mon, 02 Jan 2006 15:04:05 -0700" | safeHTML }}</pubDate><guid>{{ .Permalink }}</guid>
            <description>{{ with .Description | html }}{{ . }}{{ else }}{{ .Summary | html }}{{ end -}}</description></item>
            {{- end }}</channel></rss>
            """
        let site = try site([
            "hugo.toml": "baseURL = \"https://e.org/\"\ntitle = \"S\"\ntheme = \"paper\"\n",
            "themes/paper/layouts/_default/rss.xml": template,
            "content/posts/a.md": "---\ntitle: A\ndate: 2024-01-01\n---\nBody *text* here.\n",
            "content/posts/d.md": "---\ntitle: D\ndate: 2024-01-02\ndescription: The <b>description</b> & *more*.\n---\nBody text here.\n",
            "content/posts/s.md": "---\ntitle: S\ndate: 2024-01-03\nsummary: The summary.\ndescription: Desc wins.\n---\nBody text here.\n",
            "content/posts/e.md": "---\ntitle: E\ndate: 2024-01-04\nsummary: Summary, as the description is empty.\ndescription: \"\"\n---\nBody.\n",
        ])
        try buildBoth(site)
        let initialized = try FeedgenProcess.run(["init"], in: site.root)
        #expect(initialized.stdout.contains("  hugo.summary_from_description: themes/paper/layouts/_default/rss.xml gives an item the page's description when it has one, else its summary\n"))
        #expect(try FeedgenProcess.run(["build"], in: site.root).stderr == "")
        let (hugoRoot, _) = XMLDocumentParser(relaxNG: RSSSchema.relaxNG).check(Array(try Data(contentsOf: site.url("hugo-public/posts/index.xml"))))
        let theirs = try #require(hugoRoot?.child("channel", in: "")).children("item", in: "").map { HTMLFragment.plainText($0.child("description", in: "")?.text ?? "") }
        let feed = try JSONParser.parse(Array(try site.read("public/posts/feed.json").utf8))
        #expect((feed["items"]?.elements ?? []).map { $0["summary"]?.string ?? "" } == theirs)
        #expect(theirs == ["Summary, as the description is empty.", "Desc wins.", "The <b>description</b> & *more*.", "Body text here."])
    }

    /// The site's or its theme's Goldmark render hooks, which feedgen does not
    /// run: one warning for each whose element a post has, at its first line
    /// (`render-codeblock-mermaid` only for mermaid blocks); Hugo's HTML differs there.
    @Test func renderHooksAreWarnedAbout() throws {
        let hook = "<img class=\"zoom\" src=\"{{ .Destination | safeURL }}\" alt=\"{{ .Text }}\">"
        let site = try site([
            "hugo.toml": "baseURL = \"https://e.org/\"\ntitle = \"H\"\ntheme = \"paper\"\n",
            "layouts/_default/single.html": "{{ .Content }}",
            "layouts/_default/_markup/render-image.html": hook,
            "themes/paper/layouts/_default/_markup/render-image.html": "theirs",
            "themes/paper/layouts/_default/_markup/render-codeblock-mermaid.html": "<pre class=\"mermaid\">{{ .Inner }}</pre>",
            "themes/paper/layouts/_default/_markup/render-heading.html": "<h{{ .Level }}>{{ .Text | safeHTML }} #</h{{ .Level }}>",
            "content/posts/a.md": "---\ntitle: A\ndate: 2024-01-01\n---\nText, then [a link](x) and\n\n```go\n# not a heading\n![not an image](x.png)\n```\n\n![pic](p.png)\n\n## Part\n\n```mermaid\ngraph TD;\n```\n",
            "content/posts/b.md": "---\ntitle: B\ndate: 2024-01-02\n---\nNo hooked element here.\n",
        ])
        try buildBoth(site)
        #expect(try site.read("hugo-public/posts/a/index.html").contains("<img class=\"zoom\" src=\"p.png\" alt=\"pic\">"))
        let build = try FeedgenProcess.run(["build"], in: site.root)
        #expect(build.stderr == """
            content/posts/a.md:12: warning: images are rendered as Goldmark renders them, not by the site's render hook layouts/_default/_markup/render-image.html, whose template feedgen does not run
            content/posts/a.md:14: warning: headings are rendered as Goldmark renders them, not by the site's render hook themes/paper/layouts/_default/_markup/render-heading.html, whose template feedgen does not run
            content/posts/a.md:16: warning: mermaid code blocks are rendered as Goldmark renders them, not by the site's render hook themes/paper/layouts/_default/_markup/render-codeblock-mermaid.html, whose template feedgen does not run

            """)
        try compare(site, "posts/index.xml", count: 2)
    }

    /// Chroma settings feedgen does not follow are said by `init`: classes
    /// (also the old `pygmentsUseClasses`), another style, line numbers, guessed languages.
    @Test func highlightSettingsNotTranslated() throws {
        let site = try site([
            "hugo.toml": "baseURL = \"https://e.org/\"\ntitle = \"H\"\npygmentsUseClasses = true\npygmentsCodefencesGuessSyntax = true\n[markup.highlight]\nstyle = \"dracula\"\nlineNos = true\n",
            "content/posts/a.md": "---\ntitle: A\ndate: 2024-01-01\n---\n```\nx\n```\n",
        ])
        try HugoRun.build(site.root)
        let initialized = try FeedgenProcess.run(["init"], in: site.root)
        #expect(initialized.stdout.hasSuffix("""
            Not translated:
              markup.highlight.noClasses = false (or pygmentsUseClasses): Hugo's code blocks have Chroma's classes (class="chroma"), feedgen's monokai's inline style
              markup.highlight.style = "dracula": feedgen's code blocks have monokai's colours
              markup.highlight.lineNos: Chroma's line numbers are not written
              markup.highlight.guessSyntax: a code block without a language is not given one as Chroma guesses it ("fallback" when it finds none)

            """))
    }

    /// A front matter key written twice is no error on a Hugo site: the last
    /// counts, as Hugo 0.111 reads it, with a warning; the items are Hugo's.
    @Test func duplicateKeysTheLastCounts() throws {
        let site = try site([
            "hugo.toml": "baseURL = \"https://e.org/\"\ntitle = \"D\"\n",
            "content/posts/a.md": "---\ntitle: First\ndate: 2024-01-01\ndraft: false\ntitle: Second\ndraft: true\n---\nx\n",
            "content/posts/b.md": "---\ntitle: B\ndate: 2024-01-02\ndraft: true\ntags:\n- one\n- two\ndraft: false\ntags: [three]\n---\nx\n",
        ])
        try buildBoth(site)
        let build = try FeedgenProcess.run(["build"], in: site.root)
        #expect(build.stderr == """
            content/posts/a.md:2: warning: duplicate key "title"; the one on line 5 counts, as Hugo reads it
            content/posts/a.md:4: warning: duplicate key "draft"; the one on line 6 counts, as Hugo reads it
            content/posts/b.md:4: warning: duplicate key "draft"; the one on line 8 counts, as Hugo reads it
            content/posts/b.md:5: warning: duplicate key "tags"; the one on line 9 counts, as Hugo reads it

            """)
        try compare(site, "posts/index.xml", count: 1)
        let feed = try JSONParser.parse(Array(try site.read("public/posts/feed.json").utf8))
        #expect(feed["items"]?.elements?.first?["tags"]?.elements?.compactMap(\.string) == ["three"])
    }

    /// Hugo 0.111's YAML is YAML 1.1: a plain `No`, `On`, `y` is a boolean, so
    /// `title: No` is the title "false", `draft: n` no draft and `draft: yes` one.
    @Test func yamlBooleansAsHugoReadsThem() throws {
        let site = try site([
            "hugo.toml": "baseURL = \"https://e.org/\"\ntitle = \"Y\"\n",
            "content/posts/a.md": "---\ntitle: No\ndate: 2024-01-01\ntags: [N, On, yes, y, \"No\", Nope]\n---\nx\n",
            "content/posts/b.md": "---\ntitle: Off\ndate: 2024-01-02\ndraft: n\n---\nx\n",
            "content/posts/c.md": "---\ntitle: Y\ndate: 2024-01-03\ndraft: yes\n---\nx\n",
            "content/posts/d.md": "+++\ntitle = \"No\"\ndate = 2024-01-04\n+++\nx\n",
        ])
        try buildBoth(site)
        #expect(try FeedgenProcess.run(["build"], in: site.root).stderr == "")
        try compare(site, "posts/index.xml", count: 3)
        #expect(try HugoRun.items(ofRSS: site.url("public/posts/index.xml")).map(\.title) == ["No", "false", "false"])
        let feed = try JSONParser.parse(Array(try site.read("public/posts/feed.json").utf8))
        #expect(feed["items"]?.elements?.last?["tags"]?.elements?.compactMap(\.string) == ["false", "true", "No", "Nope"])
    }

    /// Hugo 0.111 reads a plain YAML number as go-yaml v2 does and prints it with
    /// `cast.ToString`: `title: 1.10` is "1.1", `010` octal 8, `1e3` "1000", never an exponent;
    /// so do TOML and JSON numbers, tags and a slug (which changes the link). Timestamps stay as written.
    @Test func numbersAsHugoPrintsThem() throws {
        let written = ["1.10", "2024", "1e3", "0x1F", "010", "09", "1_000", ".inf", "-.5", "+12", "1.0", "12345678901234567890",
                       "6.02e23", "1.5e-7", "0o17", "0b101", ".5e3", "1:20", "2024-01-02", "-99999999999999999999", "1.2.3"]
        var files = ["hugo.toml": "baseURL = \"https://e.org/\"\ntitle = \"N\"\n[services.rss]\nlimit = 100\n"]
        for (index, title) in written.enumerated() {
            files["content/posts/p\(index).md"] = "---\ntitle: \(title)\ndate: 2024-01-\(String(format: "%02d", index + 1))\n---\nx\n"
        }
        files["content/posts/slug.md"] = "---\ntitle: Slug\nslug: 1.50\ntags: [1.10, 0x10, 1e3]\ndate: 2024-02-01\n---\nx\n"
        files["content/posts/toml.md"] = "+++\ntitle = 1.10\ndate = 2024-02-02\n+++\nx\n"
        files["content/posts/json.md"] = "{\"title\": 1e3, \"date\": \"2024-02-03\"}\nx\n"
        let site = try site(files)
        try buildBoth(site)
        #expect(try FeedgenProcess.run(["build"], in: site.root).stderr == "")
        try compare(site, "posts/index.xml", count: written.count + 3)
        #expect(try HugoRun.items(ofRSS: site.url("public/posts/index.xml")).map(\.title) == ["1000", "1.1", "Slug"] + [
            "1.2.3", "-100000000000000000000", "2024-01-02", "1:20", "500", "5", "15", "0.00000015", "602000000000000000000000",
            "12345678901234567890", "1", "12", "-0.5", "+Inf", "1000", "9", "8", "31", "1000", "2024", "1.1",
        ])
        let feed = try JSONParser.parse(Array(try site.read("public/posts/feed.json").utf8))
        let slug = feed["items"]?.elements?[2]
        #expect(slug?["url"]?.string == "https://e.org/posts/1.5/")
        #expect(slug?["tags"]?.elements?.compactMap(\.string) == ["1.1", "16", "1000"])
    }

    /// A section named `page` in `[permalinks]` (the CoreDNS site's `page = "/:title/"`) is
    /// no newer Hugo's `[permalinks.page]` table: `init` names the table it read.
    @Test func aSectionNamedPageInPermalinks() throws {
        let site = try site([
            "hugo.toml": "baseURL = \"https://e.org/\"\ntitle = \"P\"\n[permalinks]\nblog = \"/:year/:month/:day/:title/\"\npage = \"/:title/\"\n",
            "content/blog/a.md": "---\ntitle: A Post\ndate: 2024-01-01\n---\nx\n",
        ])
        try buildBoth(site)
        #expect(try FeedgenProcess.run(["init"], in: site.root).stdout.contains("  hugo.permalinks: from permalinks\n"))
        #expect(try FeedgenProcess.run(["build"], in: site.root).stderr == "")
        try compare(site, "blog/index.xml", count: 1)
    }

    /// A section's `cascade` (a map, or a list whose entries target pages)
    /// reaches the pages below it under their own front matter: a headless
    /// section's `_build` leaves its pages out of the whole site's feed, a
    /// cascaded `draft` the pages that do not say otherwise; `author` and `tags` reach the entries.
    @Test func cascades() throws {
        let site = try site([
            "hugo.toml": "baseURL = \"https://e.org/\"\ntitle = \"C\"\n",
            "content/posts/_index.md": "---\ntitle: Posts\ncascade:\n  author: Cascaded\n  tags: [fromcascade]\n---\n",
            "content/posts/headless/_index.md": "---\ntitle: H\ncascade:\n  _build:\n    list: never\n    render: never\n---\n",
            "content/posts/headless/h.md": "---\ntitle: In headless\ndate: 2024-01-02\n---\nx\n",
            "content/posts/n.md": "---\ntitle: Normal\ndate: 2024-01-03\n---\nx\n",
            "content/notes/_index.md": "+++\ntitle = \"Notes\"\n[[cascade]]\ndraft = true\n[cascade._target]\nkind = \"page\"\n+++\n",
            "content/notes/a.md": "---\ntitle: Note\ndate: 2024-01-04\n---\nx\n",
            "content/notes/b.md": "---\ntitle: Note2\ndate: 2024-01-05\ndraft: false\n---\nx\n",
        ])
        try buildBoth(site)
        #expect(try FeedgenProcess.run(["init"], in: site.root).status == 0)
        var config = try site.read("config.json")
        config = config.replacing(#/"section": "[a-z]*"/#, with: "\"section\": \"\"")
            .replacing(#/"output": "public/[a-z]*"/#, with: "\"output\": \"public\"")
        try site.write("config.json", config)
        // Written more than the cache's settling second ago, so that the build cache keeps the posts' facts.
        Thread.sleep(forTimeInterval: 1.1)
        #expect(try FeedgenProcess.run(["build"], in: site.root).stderr == "")
        try compare(site, "index.xml", count: 2)
        // A changed cascade changes the pages below it, though their files did not change.
        let cascaded = try site.read("content/notes/_index.md")
        try site.write("content/notes/_index.md", "+++\ntitle = \"Notes\"\n+++\n")
        #expect(try FeedgenProcess.run(["build"], in: site.root).stdout.contains("public/index.xml: written, 3 entries\n"))
        try site.write("content/notes/_index.md", cascaded)
        #expect(try FeedgenProcess.run(["build"], in: site.root).stdout.contains("public/index.xml: written, 2 entries\n"))
        let feed = try JSONParser.parse(Array(try site.read("public/feed.json").utf8))
        let normal = try #require(feed["items"]?.elements?.last)
        #expect(normal["authors"]?.elements?.first?["name"]?.string == "Cascaded")
        #expect(normal["tags"]?.elements?.compactMap(\.string) == ["fromcascade"])
    }
}
