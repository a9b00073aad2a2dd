import Foundation
import Testing
import FeedGen
@testable import FeedSupport
@testable import SiteLoading

/// Multilingual Hugo sites, built by the real `hugo` and by feedgen: each
/// language's feed (the default language's as the config, the others as its
/// `translations`) has Hugo's items, whether the languages have folders of
/// their own (`content/en`, `content/de`) or share one (`x.md`, `x.de.md`),
/// with or without the default language in a subfolder.
@Suite struct HugoMultilingualTests {
    let sites = HugoSiteTests()

    /// Each language in its own `contentDir`, with its own title, languageCode and params.
    static let ownFolders = [
        "hugo.toml": """
            baseURL = "https://example.org/"
            title = "Site"
            defaultContentLanguage = "en"
            [params]
            description = "Site description"
            [permalinks]
            post = "/:year/:month/:slug/"
            [languages.en]
            title = "Letters"
            contentDir = "content/en"
            languageCode = "en-US"
            weight = 1
            [languages.en.params]
            description = "English letters"
            [languages.de]
            title = "Briefe"
            contentDir = "content/de"
            languageCode = "de-DE"
            weight = 2
            """,
        "content/en/post/hello.md": "---\ntitle: Hello\ndate: 2024-01-02\n---\nHi.\n",
        "content/en/post/moved.md": "---\ntitle: Moved\ndate: 2024-01-03\nurl: /elsewhere/moved/\n---\nHi.\n",
        "content/en/post/bundle/index.md": "---\ntitle: Bundle\ndate: 2024-01-04\n---\n![a](a.png)\n",
        "content/en/page/about.md": "---\ntitle: About\ndate: 2023-01-01\n---\nAbout.\n",
        "content/de/post/hello.md": "---\ntitle: Hallo\ndate: 2024-01-02\n---\nHallo.\n",
        "content/de/post/more.md": "---\ntitle: Mehr\ndate: 2024-01-05\n---\nMehr.\n",
        "content/de/post/again.md": "---\ntitle: Nochmal\ndate: 2024-01-06\n---\nMehr.\n",
    ]

    @Test func eachLanguageInItsOwnFolder() throws {
        let site = try sites.site(Self.ownFolders)
        try sites.buildBoth(site)
        let initialized = try FeedgenProcess.run(["init"], in: site.root)
        #expect(initialized.status == 0)
        #expect(initialized.stdout.contains("  title: from languages.en.title\n"))
        #expect(initialized.stdout.contains("  posts: from languages.en.contentDir\n"))
        let config = try ConfigDiscovery.load(explicit: nil, in: site.root)
        #expect(config.title == "Letters")
        #expect(config.description == "English letters")
        #expect(config.language == "en-US")
        #expect(config.postsFolder.standardizedFileURL.path == site.url("content/en/post").standardizedFileURL.path)
        #expect(initialized.stdout.contains("  translations.de: the de feed (public/de/post/index.xml), replacing title, description, language, posts, hugo, output, feeds_url\n"))
        let translations = try #require(try site.read("config.json").components(separatedBy: "  \"translations\": ").last)
        #expect(translations == """
            {
                "de": {
                  "title": "Briefe",
                  "description": "Site description",
                  "language": "de-DE",
                  "posts": "content/de",
                  "hugo": {
                    "section": "post",
                    "permalinks": {
                      "post": "/:year/:month/:slug/"
                    },
                    "other_languages": [
                      "de"
                    ],
                    "language": "de"
                  },
                  "output": "public/de/post",
                  "feeds_url": "https://example.org/de/post/"
                }
              }
            }

            """)
        let build = try FeedgenProcess.run(["build"], in: site.root)
        #expect(build.stderr == "")
        #expect(build.stdout == """
            public/post/atom.xml: written, 3 entries
            public/post/index.xml: written, 3 entries
            public/post/feed.json: written, 3 entries
            public/de/post/atom.xml: written, 3 entries
            public/de/post/index.xml: written, 3 entries
            public/de/post/feed.json: written, 3 entries

            """)
        try sites.compare(site, "post/index.xml", count: 3)
        try sites.compare(site, "de/post/index.xml", count: 3)
        #expect(try HugoRun.items(ofRSS: site.url("public/post/index.xml")).map(\.link) == [
            "https://example.org/2024/01/bundle/", "https://example.org/elsewhere/moved/", "https://example.org/2024/01/hello/",
        ])
        #expect(try HugoRun.items(ofRSS: site.url("public/de/post/index.xml")).map(\.link) == [
            "https://example.org/de/2024/01/nochmal/", "https://example.org/de/2024/01/mehr/", "https://example.org/de/2024/01/hallo/",
        ])
        let german = try JSONParser.parse(Array(try site.read("public/de/post/feed.json").utf8))
        #expect(german["title"]?.string == "Briefe")
        #expect(german["language"]?.string == "de-DE")
        #expect(german["description"]?.string == "Site description")
    }

    /// `defaultContentLanguageInSubdir`: the default language's pages and
    /// feed below `/en/` too, except a front matter `url`, which Hugo leaves as written.
    @Test func theDefaultLanguageInASubfolder() throws {
        var files = Self.ownFolders
        files["hugo.toml"] = files["hugo.toml"]!.replacingOccurrences(of: "defaultContentLanguage = \"en\"", with: "defaultContentLanguage = \"en\"\ndefaultContentLanguageInSubdir = true")
        let site = try sites.site(files)
        try sites.buildBoth(site)
        let build = try FeedgenProcess.run(["build"], in: site.root)
        #expect(build.stderr == "")
        #expect(build.stdout.hasPrefix("public/en/post/atom.xml: written, 3 entries\npublic/en/post/index.xml: written, 3 entries\npublic/en/post/feed.json: written, 3 entries\n"))
        try sites.compare(site, "en/post/index.xml", count: 3)
        try sites.compare(site, "de/post/index.xml", count: 3)
        #expect(try HugoRun.items(ofRSS: site.url("public/en/post/index.xml")).map(\.link) == [
            "https://example.org/en/2024/01/bundle/", "https://example.org/elsewhere/moved/", "https://example.org/en/2024/01/hello/",
        ])
        let feed = try JSONParser.parse(Array(try site.read("public/en/post/feed.json").utf8))
        #expect(feed["feed_url"]?.string == "https://example.org/en/post/feed.json")
        #expect(feed["items"]?.elements?.first?["content_html"]?.string == "<p><img src=\"https://example.org/en/2024/01/bundle/a.png\" alt=\"a\"></p>\n")
    }

    /// The languages in `config/_default/languages.<lang>.toml` and `params.<lang>.toml`, as Hugo places them.
    @Test func languagesInTheConfigFolder() throws {
        let site = try sites.site([
            "config/_default/hugo.toml": "baseURL = \"https://example.org/\"\ntitle = \"Site\"\ndefaultContentLanguage = \"de\"\n",
            "config/_default/languages.de.toml": "title = \"Briefe\"\ncontentDir = \"content/de\"\nweight = 1\n",
            "config/_default/languages.en.toml": "title = \"Letters\"\ncontentDir = \"content/en\"\nweight = 2\n",
            "config/_default/params.de.toml": "author = \"Anna\"\n",
            "content/de/post/hallo.md": "---\ntitle: Hallo\ndate: 2024-01-02\n---\nHallo.\n",
            "content/en/post/hello.md": "---\ntitle: Hello\ndate: 2024-01-02\n---\nHi.\n",
            "content/en/post/more.md": "---\ntitle: More\ndate: 2024-01-03\n---\nHi.\n",
        ])
        try sites.buildBoth(site)
        #expect(try FeedgenProcess.run(["build"], in: site.root).stderr == "")
        try sites.compare(site, "post/index.xml", count: 1)
        try sites.compare(site, "en/post/index.xml", count: 2)
        let config = try ConfigDiscovery.load(explicit: nil, in: site.root)
        #expect(config.title == "Briefe")
        #expect(config.author == Person(name: "Anna"))
        // The site has no author: the English feed has none.
        #expect(config.translations.map(\.name) == ["en"])
        #expect(config.translations.first?.config.title == "Letters")
        #expect(config.translations.first?.config.author == nil)
    }

    /// One folder for every language: `x.md` and `x.de.md` are the default
    /// language's (German here), `x.en.md` English, `x.fr.md` of a disabled
    /// language nobody's; a bundle's `index.en.md` is the English bundle.
    @Test func languagesInFileNames() throws {
        let site = try sites.site([
            "hugo.toml": """
                baseURL = "https://example.org/sub/"
                title = "Site"
                defaultContentLanguage = "de"
                [permalinks]
                post = "/:section/:year/:slug/"
                [languages.en]
                title = "Letters"
                weight = 1
                [languages.de]
                title = "Briefe"
                weight = 2
                [languages.fr]
                disabled = true
                """,
            "content/post/a.md": "---\ntitle: A\ndate: 2024-01-02\n---\nx\n",
            "content/post/a.en.md": "---\ntitle: A en\ndate: 2024-01-02\n---\nx\n",
            "content/post/b.de.md": "---\ntitle: B de\ndate: 2024-01-03\n---\nx\n",
            "content/post/c.fr.md": "---\ntitle: C fr\ndate: 2024-01-04\n---\nx\n",
            "content/post/d.en.md": "---\ntitle: D en\ndate: 2024-01-05\n---\nx\n",
            "content/post/e.en.md": "---\ntitle: E en\ndate: 2024-01-05\n---\nx\n",
            "content/post/bundle/index.en.md": "---\ntitle: Bundle en\ndate: 2024-01-06\n---\nx\n",
            "content/post/bundle/index.md": "---\ntitle: Bündel\ndate: 2024-01-06\n---\nx\n",
        ].merging((10...19).map { ("content/news/n\($0).en.md", "---\ntitle: N\($0)\ndate: 2024-02-\($0)\n---\nx\n") }) { $1 })
        try sites.buildBoth(site)
        // The main section is the German one with the most pages, not the English news.
        #expect(try ConfigDiscovery.load(explicit: nil, in: site.root).hugo?.section == "post")
        #expect(try FeedgenProcess.run(["build"], in: site.root).stderr == "")
        try sites.compare(site, "post/index.xml", count: 3)
        #expect(try HugoRun.items(ofRSS: site.url("public/post/index.xml")).map(\.link) == [
            "https://example.org/sub/post/2024/b%C3%BCndel/", "https://example.org/sub/post/2024/b-de/", "https://example.org/sub/post/2024/a/",
        ])
        // The English feed is of the news section, where most English pages are.
        try sites.compare(site, "en/news/index.xml", count: 10)
        #expect(!site.exists("public/en/post/atom.xml"))
    }

    /// Every language is built; one whose posts are broken publishes nothing
    /// and makes the exit code 1, the others are published.
    @Test func aBrokenLanguageLeavesTheOthersPublished() throws {
        var files = Self.ownFolders
        files["content/de/post/more.md"] = "---\ntitle: [Mehr\ndate: 2024-01-05\n---\nMehr.\n"
        let site = try sites.site(files)
        let build = try FeedgenProcess.run(["build"], in: site.root)
        #expect(build.status == 1)
        #expect(build.stdout == "public/post/atom.xml: written, 3 entries\npublic/post/index.xml: written, 3 entries\npublic/post/feed.json: written, 3 entries\n")
        #expect(build.stderr == "content/de/post/more.md:2: front matter is not valid YAML: while parsing a flow sequence, did not find expected ',' or ']'\nfeedgen: 1 error; nothing was published\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.url("public/de/post").path) == [".feedgen.lock"])
    }

    /// `--output DIR`: the main feed in DIR, each translation in DIR/<name>.
    @Test func outputFolderOfEachLanguage() throws {
        let site = try sites.site(Self.ownFolders)
        let build = try FeedgenProcess.run(["build", "--output", "try", "--quiet"], in: site.root)
        #expect(build.status == 0)
        #expect(build.stdout + build.stderr == "")
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.url("try").path).sorted() == [".feedgen-cache", ".feedgen-published", ".feedgen.lock", "atom.xml", "de", "feed.json", "index.xml"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.url("try/de").path).sorted() == [".feedgen-cache", ".feedgen-published", ".feedgen.lock", "atom.xml", "feed.json", "index.xml"])
        #expect(try HugoRun.items(ofRSS: site.url("try/de/index.xml")).count == 3)
    }

    /// The shape of the Let's Encrypt website: languages in `config/_default/`,
    /// each in its own folder, no section feeds but the home page's `feed.xml`,
    /// whose theme template keeps the `post` pages, ugly URLs for `post` only.
    @Test func aSiteShapedLikeLetsEncrypts() throws {
        let template = """
            <rss version="2.0"><channel><title>{{ .Site.Title }}</title><link>{{ .Permalink }}</link><description>x</description>
            {{ $posts := where .Site.RegularPages "Type" "in" (slice "post") }}{{ range $posts }}<item><title>{{ .Title }}</title>
            <link>{{ .Permalink }}</link><pubDate>{{ .PublishDate.Format "Mon, 02 Jan 2006 15:04:05 -0700" | safeHTML }}</pubDate><guid>{{ .Permalink }}</guid></item>{{ end }}
            </channel></rss>
            """
        let site = try sites.site([
            "config/_default/hugo.toml": """
                baseURL = "https://letsencrypt.org/"
                theme = "le"
                defaultContentLanguage = "en"
                disableKinds = ["taxonomy", "term"]
                [outputs]
                home = ["HTML", "RSS"]
                page = ["HTML"]
                section = ["HTML"]
                [outputFormats.RSS]
                baseName = "feed"
                [uglyURLs]
                post = true
                [permalinks]
                post = "/:year/:month/:day/:slug/"
                """,
            "config/_default/languages.en.toml": "title = \"Let's Encrypt\"\ncontentDir = \"content/en\"\nlanguageCode = \"en-US\"\nweight = 10\n",
            "config/_default/languages.de.toml": "title = \"Let's Encrypt - Freie Zertifikate\"\ncontentDir = \"content/de\"\nlanguageCode = \"de-DE\"\nweight = 200\n",
            "themes/le/layouts/_default/rss.xml": template,
            "content/en/post/2015-12-3-facebook-sponsorship.markdown": "---\ndate: 2015-12-03T00:00:00Z\ntitle: Facebook Sponsors Let's Encrypt\nslug: facebook-sponsorship\n---\nx\n",
            "content/en/post/2015-12-3-entering-public-beta.markdown": "---\ndate: 2015-12-03T00:00:00Z\ntitle: Entering Public Beta\nslug: entering-public-beta\n---\nx\n",
            "content/en/post/2025-01-17-blog-embed-example.md": "---\ndate: 2025-01-16T00:00:00Z\nslug: blog-embed-example\ntitle: \"Embed example\"\n---\nx\n",
            "content/en/docs.md": "---\ntitle: Docs\ndate: 2020-01-01\n---\nDocs.\n",
            "content/de/post/2015-12-3-entering-public-beta.markdown": "---\ndate: 2015-12-03T00:00:00Z\ntitle: Öffentliche Beta\nslug: entering-public-beta\n---\nx\n",
        ])
        try sites.buildBoth(site)
        let initialized = try FeedgenProcess.run(["init"], in: site.root)
        #expect(initialized.stdout.contains("  translations.de: the de feed (public/de/feed.xml), replacing title, language, posts, hugo, output, feeds_url\n"))
        let build = try FeedgenProcess.run(["build"], in: site.root)
        #expect(build.stderr == "")
        #expect(build.stdout == """
            public/atom.xml: written, 3 entries
            public/feed.xml: written, 3 entries
            public/feed.json: written, 3 entries
            public/de/atom.xml: written, 1 entry
            public/de/feed.xml: written, 1 entry
            public/de/feed.json: written, 1 entry

            """)
        try sites.compare(site, "feed.xml", count: 3)
        try sites.compare(site, "de/feed.xml", count: 1)
        #expect(try HugoRun.items(ofRSS: site.url("public/feed.xml")).map(\.link) == [
            "https://letsencrypt.org/2025/01/16/blog-embed-example.html", "https://letsencrypt.org/2015/12/03/entering-public-beta.html",
            "https://letsencrypt.org/2015/12/03/facebook-sponsorship.html",
        ])
        #expect(try HugoRun.items(ofRSS: site.url("public/de/feed.xml")).map(\.link) == ["https://letsencrypt.org/de/2015/12/03/entering-public-beta.html"])
    }

    /// The shape of the Kubernetes website: the theme in `node_modules/`
    /// (`themesDir`), the English content in the site's `contentDir`, a
    /// language switched off by `disableLanguages`, posts in `blog/_posts/`
    /// dated by front matter or file name, and a home page template that
    /// lists the first 3 `blog` pages in `feed.xml`.
    @Test func aSiteShapedLikeKubernetes() throws {
        let template = """
            <rss version="2.0"><channel><title>{{ site.Title }} Blog</title><link>{{ .Permalink }}</link><description>x</description>
            <generator>Hugo -- gohugo.io</generator>
            {{ range first 3 (where site.RegularPages "Type" "in" (slice "blog")) }}
            <item><title>{{ .Title }}</title><link>{{ .Permalink }}</link><pubDate>{{ .Date.Format "Mon, 02 Jan 2006 15:04:05 -0700" | safeHTML }}</pubDate><guid>{{ .Permalink }}</guid></item>
            {{ end }}</channel></rss>
            """
        let site = try sites.site([
            "hugo.toml": """
                baseURL = "https://kubernetes.io"
                title = "Kubernetes"
                theme = ["docsy"]
                themesDir = "node_modules"
                contentDir = "content/en"
                defaultContentLanguage = "en"
                ignoreFiles = ["(?:^|/)OWNERS$"]
                disableLanguages = ["no"]
                [frontmatter]
                date = ["date", ":filename", "publishDate", "lastmod"]
                [permalinks]
                blog = "/:section/:year/:month/:day/:slug/"
                [outputs]
                home = ["HTML", "RSS"]
                section = ["HTML"]
                [outputFormats.RSS]
                baseName = "feed"
                [languages.en]
                title = "Kubernetes"
                weight = 1
                [languages.bn]
                title = "Kubernetes"
                weight = 2
                contentDir = "content/bn"
                [languages.no]
                weight = 7
                contentDir = "content/no"
                """,
            "node_modules/docsy/layouts/index.rss.xml": template,
            "content/en/blog/_index.md": "---\ntitle: Blog\n---\n",
            "content/en/blog/_posts/2024-12-11-Kubernetes-1.32-Release/index.md": "---\ntitle: \"Kubernetes v1.32: Penelope\"\ndate: 2024-12-11\nslug: kubernetes-v1-32-release\n---\nx\n",
            "content/en/blog/_posts/2024-11-05-from-name.md": "---\ntitle: \"No date in front matter\"\n---\nx\n",
            "content/en/blog/_posts/2024-11-02-spotlight.md": "---\ntitle: \"Spotlight on SIG\"\ndate: 2024-11-02\n---\nx\n",
            "content/en/blog/_posts/2019-01-02-old.md": "---\ntitle: \"Old one\"\ndate: 2019-01-02\n---\nx\n",
            "content/en/blog/OWNERS": "approvers: []\n",
            "content/en/docs/d.md": "---\ntitle: Docs\ndate: 2025-01-01\n---\nx\n",
            "content/bn/blog/_posts/2024-10-01-bn.md": "---\ntitle: \"বাংলা\"\ndate: 2024-10-01\nslug: bn-post\n---\nx\n",
            "content/no/blog/_posts/2024-10-01-no.md": "---\ntitle: \"Norsk\"\ndate: 2024-10-01\n---\nx\n",
        ])
        try sites.buildBoth(site)
        let initialized = try FeedgenProcess.run(["init"], in: site.root)
        #expect(initialized.stdout.contains("  limit: from node_modules/docsy/layouts/index.rss.xml, which lists the first 3\n"))
        let build = try FeedgenProcess.run(["build"], in: site.root)
        #expect(build.stderr == "")
        #expect(build.stdout.hasSuffix("public/bn/feed.json: written, 1 entry\n"))
        try sites.compare(site, "feed.xml", count: 3)
        try sites.compare(site, "bn/feed.xml", count: 1)
        #expect(!site.exists("public/no"))
        #expect(try HugoRun.items(ofRSS: site.url("public/feed.xml")).map(\.link) == [
            "https://kubernetes.io/blog/2024/12/11/kubernetes-v1-32-release/", "https://kubernetes.io/blog/2024/11/05/from-name/",
            "https://kubernetes.io/blog/2024/11/02/spotlight-on-sig/",
        ])
    }

    /// A multihost site: each language's `baseURL` its own host, no `/fr/` in
    /// its paths, and each language's files below `public/<lang>/`, the default's too.
    @Test func eachLanguageOnItsOwnHost() throws {
        let site = try sites.site([
            "hugo.toml": """
                baseURL = "https://example.org/"
                title = "T"
                [languages.en]
                baseURL = "https://en.example.org/"
                weight = 1
                [languages.fr]
                baseURL = "https://fr.example.org/"
                weight = 2
                """,
            "content/posts/e.md": "---\ntitle: E\ndate: 2024-01-02\n---\nx\n",
            "content/posts/f.fr.md": "---\ntitle: F\ndate: 2024-01-02\n---\nx\n",
        ])
        try sites.buildBoth(site)
        let build = try FeedgenProcess.run(["build"], in: site.root)
        #expect(build.stderr == "")
        #expect(build.stdout.hasPrefix("public/en/posts/atom.xml: written, 1 entry\n"))
        try sites.compare(site, "en/posts/index.xml", count: 1)
        try sites.compare(site, "fr/posts/index.xml", count: 1)
        #expect(try HugoRun.items(ofRSS: site.url("public/fr/posts/index.xml")).map(\.link) == ["https://fr.example.org/posts/f/"])
    }
}
