import Foundation
import Testing
@testable import FeedGen

/// Multilingual Hugo sites, built by the real `hugo` and by feedgen: the
/// default language's feed has Hugo's items, whether the languages have
/// folders of their own (`content/en`, `content/de`) or share one
/// (`x.md`, `x.de.md`), with or without the default language in a subfolder.
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
        let build = try FeedgenProcess.run(["build"], in: site.root)
        #expect(build.stderr == "")
        try sites.compare(site, "post/index.xml", count: 3)
        #expect(try HugoRun.items(ofRSS: site.url("public/post/index.xml")).map(\.link) == [
            "https://example.org/2024/01/bundle/", "https://example.org/elsewhere/moved/", "https://example.org/2024/01/hello/",
        ])
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
        #expect(build.stdout == "public/en/post/atom.xml: written, 3 entries\npublic/en/post/index.xml: written, 3 entries\npublic/en/post/feed.json: written, 3 entries\n")
        try sites.compare(site, "en/post/index.xml", count: 3)
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
        let config = try ConfigDiscovery.load(explicit: nil, in: site.root)
        #expect(config.title == "Briefe")
        #expect(config.author == Person(name: "Anna"))
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
        ].merging((1...10).map { ("content/news/n\($0).en.md", "---\ntitle: N\($0)\ndate: 2024-02-01\n---\nx\n") }) { $1 })
        try sites.buildBoth(site)
        // The main section is the German one with the most pages, not the English news.
        #expect(try ConfigDiscovery.load(explicit: nil, in: site.root).hugo?.section == "post")
        #expect(try FeedgenProcess.run(["build"], in: site.root).stderr == "")
        try sites.compare(site, "post/index.xml", count: 3)
        #expect(try HugoRun.items(ofRSS: site.url("public/post/index.xml")).map(\.link) == [
            "https://example.org/sub/post/2024/b%C3%BCndel/", "https://example.org/sub/post/2024/b-de/", "https://example.org/sub/post/2024/a/",
        ])
    }
}
