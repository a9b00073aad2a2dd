import Foundation
import Testing
import FeedGen
@testable import FeedBuild
@testable import FeedSupport
@testable import SiteLoading
import Yams

/// A Jekyll site built without config.json: `_config.yml` is read and
/// translated as `feedgen init` would write it, and Jekyll's own semantics
/// (`defaults:`, `collections.posts.permalink`, category folders, `_drafts/`,
/// `future:`, `show_drafts:`) apply. Through the binary, and compared with the
/// real Jekyll + jekyll-feed on the sample blog in `sites/jekyll-blog`.
@Suite struct JekyllSiteTests {
    static let config = """
        title: Folder Notes
        url: https://notes.example.com
        timezone: UTC
        collections:
          posts:
            permalink: /writing/:year/:title/
        permalink: /ignored/:title/
        defaults:
          - scope:
              path: ""
              type: posts
            values:
              image: /img/card.png
              author: Default Author
          - scope:
              path: "_posts/2024"
            values:
              image: /img/2024.png
          - scope:
              path: "_posts"
              type: pages
            values:
              title: Never, pages only

        """

    /// A Jekyll site in a temporary folder: `_config.yml` and the given files, no config.json.
    func site(_ config: String = JekyllSiteTests.config, files: [String: String]) throws -> TemporarySite {
        let site = try TemporarySite()
        try FileManager.default.removeItem(at: site.url("config.json"))
        try FileManager.default.removeItem(at: site.url("posts"))
        try site.write("_config.yml", config)
        for (path, text) in files { try site.write(path, text) }
        return site
    }

    func entries(_ site: TemporarySite) throws -> [JSONValue] {
        let feed = try JSONParser.parse(Array(try Data(contentsOf: site.url("_site/feed.json"))))
        return feed["items"]?.elements ?? []
    }

    @Test func buildReadsTheJekyllConfigWhenThereIsNoConfigJSON() throws {
        let site = try site(files: [
            "_posts/2023-05-01-old.md": "---\ntitle: Old\n---\n\nOld.\n",
            "_posts/2024/2024-02-01-new.md": "---\ntitle: New\nimage: /img/own.png\n---\n\nNew.\n",
            "_posts/2024/2024-03-01-later.md": "---\ntitle: Later\n---\n\nLater.\n",
            "tech/_posts/2024-04-01-filed.md": "---\ntitle: Filed\ncategories: [code]\n---\n\nFiled.\n",
            "_drafts/idea.md": "---\ntitle: Idea\n---\n\nDraft.\n",
            "node_modules/x/_posts/2024-05-01-not-read.md": "---\ntitle: Not Read\n---\n",
        ])
        let result = try FeedgenProcess.run(["build", "--verbose"], in: site.root)
        #expect(result.stderr == "")
        #expect(result.status == 0)
        #expect(result.stdout == """
            tech/_posts/2024-04-01-filed.md: https://notes.example.com/writing/2024/filed/
            _posts/2024/2024-03-01-later.md: https://notes.example.com/writing/2024/later/
            _posts/2024/2024-02-01-new.md: https://notes.example.com/writing/2024/new/
            _posts/2023-05-01-old.md: https://notes.example.com/writing/2023/old/
            4 posts: 4 read, 0 from the cache, 4 rendered
            _site/feed.xml: written, 4 entries
            _site/rss.xml: written, 4 entries
            _site/feed.json: written, 4 entries

            """)
        let items = try entries(site)
        #expect(items.map { $0["image"]?.string } == [
            "https://notes.example.com/img/card.png", "https://notes.example.com/img/2024.png",
            "https://notes.example.com/img/own.png", "https://notes.example.com/img/card.png",
        ])
        #expect(items.map { $0["tags"]?.elements?.compactMap(\.string) ?? [] } == [["tech", "code"], [], [], []])
        #expect(items.map { $0["authors"]?.elements?.first?["name"]?.string } == Array(repeating: "Default Author", count: 4))
        #expect(items.map { $0["title"]?.string } == ["Filed", "Later", "New", "Old"])
    }

    @Test func draftsAreReadFromTheDraftsFolderWithDrafts() throws {
        let site = try site(files: [
            "_posts/2023-05-01-old.md": "---\ntitle: Old\n---\n\nOld.\n",
            "_drafts/idea.md": "---\ntitle: Idea\n---\n\nDraft.\n",
        ])
        let mtime = Date(timeIntervalSince1970: 1_700_000_000)
        try FileManager.default.setAttributes([.modificationDate: mtime], ofItemAtPath: site.url("_drafts/idea.md").path)
        let result = try FeedgenProcess.run(["build", "--drafts", "--verbose"], in: site.root)
        #expect(result.stderr == "")
        #expect(result.stdout.hasPrefix("_drafts/idea.md: https://notes.example.com/writing/2023/idea/\n_posts/2023-05-01-old.md:"))
        // Jekyll dates an undated draft by its file's modification time.
        #expect(try entries(site).first?["date_published"]?.string == "2023-11-14T22:13:20Z")
    }

    @Test func showDraftsAndFutureInTheConfigAreHonoured() throws {
        let config = Self.config + "show_drafts: true\nfuture: true\n"
        let site = try site(config, files: [
            "_posts/2023-05-01-old.md": "---\ntitle: Old\n---\n\nOld.\n",
            "_posts/2999-01-01-far.md": "---\ntitle: Far\n---\n\nFar.\n",
            "_drafts/idea.md": "---\ntitle: Idea\ndate: 2024-01-01\n---\n\nDraft.\n",
        ])
        let result = try FeedgenProcess.run(["build", "--quiet"], in: site.root)
        #expect(result.status == 0)
        #expect(try entries(site).map { $0["title"]?.string } == ["Far", "Idea", "Old"])
    }

    @Test func initTranslatesThePostsCollectionsPermalink() throws {
        let site = try site(files: [:])
        let result = try FeedgenProcess.run(["init"], in: site.root)
        #expect(result.status == 0)
        let config = try site.config()
        #expect(config.permalink == "/writing/:year/:title/")
        #expect(config.markdown == .kramdown)
        #expect(result.stdout.contains("\n  permalink: from collections.posts.permalink\n"))
    }

    /// The merged front matter: a post's own keys win, maps are merged key by
    /// key, and a more specific scope wins over a general one (Jekyll's precedence).
    @Test func defaultsMergeAsJekyllMergesThem() throws {
        let jekyll = try JekyllConfig.parse("""
            defaults:
              - scope: {path: "_posts/2024", type: posts}
                values: {image: {path: /a.png, alt: Specific}, layout: special}
              - scope: {path: ""}
                values: {image: {path: /b.png, alt: General}, layout: plain, comments: true}
            """, path: "_config.yml")
        let merged = try #require(jekyll.defaults(for: "_posts/2024/2024-01-01-x.md"))
        #expect(try Yams.serialize(node: .mapping(merged)) == "image:\n  path: /a.png\n  alt: Specific\nlayout: special\ncomments: true\n")
        #expect(jekyll.defaults(for: "tech/_posts/x.md").map { try? Yams.serialize(node: .mapping($0)) } == "image:\n  path: /b.png\n  alt: General\nlayout: plain\ncomments: true\n")
        let post = try Yams.compose(yaml: "image: {alt: Own}\ntitle: T\n")!.mapping!
        #expect(try Yams.serialize(node: .mapping(FrontMatterDefault.merge(post, over: merged))) == "image:\n  path: /a.png\n  alt: Own\nlayout: special\ncomments: true\ntitle: T\n")
    }

    static let withJekyllFeed = "title: Names\nurl: https://names.example.com\ntimezone: America/Los_Angeles\nplugins: [jekyll-feed]\nexclude: [jekyll-out]\n"

    /// The site built by the real Jekyll + jekyll-feed, whose feed subscribers read as feedgen's.
    func expectTheSameAsJekyllFeed(_ site: TemporarySite, entries: Int) throws {
        guard JekyllRun.isInstalled else { return }
        try JekyllRun.build(site.root, into: site.url("jekyll-out"))
        let comparison = try JekyllRun.compare(site.url("jekyll-out/feed.xml"), site.url("_site/feed.xml"))
        #expect(comparison.reference == entries)
        #expect(comparison.problems == [])
    }

    /// Which files of `_posts/` are posts, and their dates, as Jekyll's
    /// `DATE_FILENAME_MATCHER` reads their names (the offconvex blog has all of
    /// these): one or two digits of month and day, two of year (completed as
    /// Ruby's `Time.parse` does), and no post at all without a date and a `-`
    /// (Jekyll skips such files, and publishes the rest).
    @Test func postFileNamesAsJekyllReadsThem() throws {
        let site = try site(Self.withJekyllFeed, files: [
            "_posts/2019-3-20-curl.md": "---\ntitle: Contrastive Learning\ndate: 2019-3-19 19:00:00\n---\n\nCURL.\n",
            "_posts/2019/2021-4-7-razor.md": "---\ntitle: Razor\n---\n\nRazor.\n",
            "_posts/19-3-5-short-year.md": "---\ntitle: Short Year\n---\n\nShort.\n",
            "_posts/draft.md": "---\ntitle: Draft\n---\n\nA draft kept in _posts.\n",
            "_posts/2017-03-15gans.md": "---\ntitle: GANs\ndate: 2017-03-15 10:00:00\n---\n\nNo dash after the date.\n",
            "_posts/2019-06-xx-later.md": "---\ntitle: Later\ndate: 2019-07-10\n---\n\nNot dated yet.\n",
        ])
        let result = try FeedgenProcess.run(["build", "--verbose"], in: site.root)
        #expect(result.stderr == "")
        #expect(result.status == 0)
        #expect(result.stdout == """
            _posts/2019/2021-4-7-razor.md: https://names.example.com/2021/04/07/razor.html
            _posts/2019-3-20-curl.md: https://names.example.com/2019/03/19/curl.html
            _posts/19-3-5-short-year.md: https://names.example.com/2019/03/05/short-year.html
            3 posts: 3 read, 0 from the cache, 3 rendered
            _site/feed.xml: written, 3 entries
            _site/rss.xml: written, 3 entries
            _site/feed.json: written, 3 entries

            """)
        #expect(try entries(site).map { $0["date_published"]?.string } == ["2021-04-07T00:00:00-07:00", "2019-03-19T12:00:00-07:00", "2019-03-05T00:00:00-08:00"])
        try expectTheSameAsJekyllFeed(site, entries: 3)
    }

    /// Jekyll reads front matter only from a first line `---`: a post of the offconvex
    /// blog that starts with blank lines, one that lost its opening `---`, and TOML or
    /// JSON front matter are bodies, titled from the slug as Jekyll's `titleize_slug`
    /// does (`PGDL` is `Pgdl`), with a warning for what Hugo's rule would have read.
    @Test func frontMatterOnlyWhereJekyllReadsIt() throws {
        let site = try site(Self.withJekyllFeed, files: [
            "_posts/2022-06-06-PGDL.md": "\n\n\n---\nlayout:   post\ntitle:   Predicting Generalization using GANs\ndate:    2022-06-06 9:00:00\nsummary:  \n---\nA central problem of generalization theory is the following: *Given a training dataset*.\n",
            "_posts/2016-12-21-backprop.md": "layout: post\ntitle: Back-propagation, an introduction\nauthor: Sanjeev Arora and Tengyu Ma\n---\n\nGiven the sheer number of backpropagation tutorials, is there really need for another?\n",
            "_posts/2024-01-02-toml-post.md": "+++\ntitle = \"TOML\"\n+++\n\nJekyll reads no TOML.\n",
            "_posts/2024-01-03-json-post.md": "{\"title\": \"JSON\"}\n\nJekyll reads no JSON.\n",
        ])
        let result = try FeedgenProcess.run(["build"], in: site.root)
        #expect(result.status == 0)
        #expect(result.stderr == """
            _posts/2016-12-21-backprop.md:1: warning: the post has no title; using "Backprop" from its file name
            _posts/2022-06-06-PGDL.md:4: warning: this "---" does not start the file, so Jekyll reads no front matter and shows its lines as text; so does feedgen (remove what comes before it)
            _posts/2022-06-06-PGDL.md:1: warning: the post has no title; using "Pgdl" from its file name
            _posts/2024-01-02-toml-post.md:1: warning: Jekyll reads only YAML front matter, from a first line "---": it shows this TOML front matter as text, and so does feedgen
            _posts/2024-01-02-toml-post.md:1: warning: the post has no title; using "Toml Post" from its file name
            _posts/2024-01-03-json-post.md:1: warning: Jekyll reads only YAML front matter, from a first line "---": it shows this JSON front matter as text, and so does feedgen
            _posts/2024-01-03-json-post.md:1: warning: the post has no title; using "Json Post" from its file name

            """)
        let items = try entries(site)
        #expect(items.map { $0["title"]?.string } == ["Json Post", "Toml Post", "Pgdl", "Backprop"])
        #expect(items.map { $0["date_published"]?.string } == ["2024-01-03T00:00:00-08:00", "2024-01-02T00:00:00-08:00", "2022-06-06T00:00:00-07:00", "2016-12-21T00:00:00-08:00"])
        #expect(items[2]["content_html"]?.string == "<hr>\n<p>layout:   post\ntitle:   Predicting Generalization using GANs\ndate:    2022-06-06 9:00:00\nsummary:<br>\n—\nA central problem of generalization theory is the following: <em>Given a training dataset</em>.</p>\n")
        try expectTheSameAsJekyllFeed(site, entries: 4)
    }

    /// `categories` of `defaults:` and a post's own are joined, the defaults' first
    /// (Jekyll's `merge_categories!`), and so is the folder's: the permalink and the
    /// jekyll-feed id have them all; every other key of the post, `tags` too, replaces the default.
    @Test func defaultCategoriesJoinThePostsOwn() throws {
        let config = Self.withJekyllFeed + """
            defaults:
              - scope: {path: "", type: posts}
                values:
                  categories: [news, general]
                  tags: [default-tag]
              - scope: {path: "tech"}
                values:
                  category: techdefault

            """
        let site = try site(config, files: [
            "_posts/2024-01-01-own.md": "---\ntitle: Own\ncategories: [mine, news]\ntags: [own-tag]\n---\n\nx\n",
            "_posts/2024-01-02-string.md": "---\ntitle: String\ncategories: one two\n---\n\nx\n",
            "_posts/2024-01-03-none.md": "---\ntitle: None\n---\n\nx\n",
            "tech/_posts/2024-01-04-tech.md": "---\ntitle: Tech\ncategory: own\n---\n\nx\n",
        ])
        let result = try FeedgenProcess.run(["build", "--quiet"], in: site.root)
        #expect(result.stderr == "")
        let items = try entries(site)
        #expect(items.map { $0["url"]?.string } == [
            "https://names.example.com/tech/news/general/own/2024/01/04/tech.html", "https://names.example.com/news/general/2024/01/03/none.html",
            "https://names.example.com/news/general/one/two/2024/01/02/string.html", "https://names.example.com/news/general/mine/2024/01/01/own.html",
        ])
        #expect(items.map { $0["tags"]?.elements?.compactMap(\.string) ?? [] } == [
            // The tech post's singular `category` is the one jekyll-feed lists (see singularCategoryAsJekyllFeedListsIt).
            ["own", "default-tag"], ["news", "general", "default-tag"], ["news", "general", "one", "two", "default-tag"], ["news", "general", "mine", "own-tag"],
        ])
        try expectTheSameAsJekyllFeed(site, entries: 4)
    }

    /// A singular `category` joins the `categories` in the permalink and the id (Jekyll's
    /// `populate_categories`), but jekyll-feed's entry lists it alone (`{% if post.category %}`,
    /// else `post.categories`), then the tags; every format says the same. A null one leaves
    /// the `categories`; a list is a list of names (jekyll-feed prints Ruby's `["x", "y"]` as one
    /// term, the one difference); a singular `tag` replaces the `tags`, a list of them too.
    @Test func singularCategoryAsJekyllFeedListsIt() throws {
        let site = try site(Self.withJekyllFeed, files: [
            "_posts/2024-01-01-spaced.md": "---\ntitle: Spaced\ncategory: release notes\n---\n\nx\n",
            "_posts/2024-01-02-both.md": "---\ntitle: Both\ncategory: news\ncategories: [a, b]\ntags: [t1]\n---\n\nx\n",
            "tech/_posts/2024-01-03-folder.md": "---\ntitle: Folder\ncategory: news\n---\n\nx\n",
            "_posts/2024-01-04-number.md": "---\ntitle: Number\ncategories: a b\ncategory: 2024\n---\n\nx\n",
            "_posts/2024-01-05-null.md": "---\ntitle: Null\ncategory:\ncategories: [kept]\n---\n\nx\n",
            "_posts/2024-01-06-tags.md": "---\ntitle: Tags\ntags: [gone]\ntag: [t1, t2]\n---\n\nx\n",
            "_posts/2024-01-07-list.md": "---\ntitle: List\ncategory: [x, y]\n---\n\nx\n",
        ])
        let result = try FeedgenProcess.run(["build", "--quiet"], in: site.root)
        #expect(result.stderr == "")
        let items = try entries(site)
        #expect(items.map { $0["url"]?.string } == [
            "https://names.example.com/x/y/2024/01/07/list.html", "https://names.example.com/2024/01/06/tags.html",
            "https://names.example.com/kept/2024/01/05/null.html", "https://names.example.com/a/b/2024/2024/01/04/number.html",
            "https://names.example.com/tech/news/2024/01/03/folder.html", "https://names.example.com/a/b/news/2024/01/02/both.html",
            "https://names.example.com/release%20notes/2024/01/01/spaced.html",
        ])
        let lists = [["x", "y"], ["t1", "t2"], ["kept"], ["2024"], ["news"], ["news", "t1"], ["release notes"]]
        #expect(items.map { $0["tags"]?.elements?.compactMap(\.string) ?? [] } == lists)
        let rss = try site.read("_site/rss.xml")
        #expect(rss.components(separatedBy: "<item>").dropFirst().map { item in
            item.components(separatedBy: "<category>").dropFirst().map { String($0.prefix { $0 != "<" }) }
        } == lists)
        guard JekyllRun.isInstalled else { return }
        try JekyllRun.build(site.root, into: site.url("jekyll-out"))
        let comparison = try JekyllRun.compare(site.url("jekyll-out/feed.xml"), site.url("_site/feed.xml"))
        #expect(comparison.reference == 7)
        #expect(comparison.problems == [#"https://names.example.com/x/y/2024/01/07/list: categories ['x', 'y'], reference ['["x", "y"]']"#])
    }

    /// Jekyll reads a plain YAML scalar with Psych and prints it with Ruby's `to_s`:
    /// `title: 1.10` is "1.1", `010` is 8, `1,000` 1000, `1:20` base 60, `yes` "true", but `1e3`
    /// (no point) and `0o17` stay text; floats print as Ruby's (`1.0e+20`, `1.5e-07`). Tags too.
    @Test func numbersAsJekyllPrintsThem() throws {
        let written = ["1.10", "2024", "1e3", "0x1F", "010", "09", "1_000", "1,000", ".inf", "-.5", "+12", "1.0", "12345678901234567890",
                       "6.02e23", "1.5e-7", "1.5e+30", "0.000001", "100000000000000000000.0", "0o17", "0b101", "1:20", "1:20:30.5",
                       "yes", "On", "n", "2024-01-02", "1.2.3", "1."]
        var files: [String: String] = [:]
        for (index, title) in written.enumerated() {
            files["_posts/2024-01-\(String(format: "%02d", index + 1))-p\(index).md"] = "---\ntitle: \(title)\n---\n\nx\n"
        }
        files["_posts/2024-02-01-tags.md"] = "---\ntitle: Tags\ntags: [1.10, 0x10, yes]\n---\n\nx\n"
        let site = try site(Self.withJekyllFeed + "feed:\n  posts_limit: 100\n", files: files)
        let result = try FeedgenProcess.run(["build", "--quiet"], in: site.root)
        #expect(result.stderr == "")
        let items = try entries(site)
        #expect(items.map { $0["title"]?.string ?? "" } == ["Tags"] + [
            "1.0", "1.2.3", "2024-01-02", "n", "true", "true", "4830.5", "4800", "5", "0o17", "1.0e+20", "1.0e-06", "1.5e+30",
            "1.5e-07", "6.02e23", "12345678901234567890", "1.0", "12", "-0.5", "Infinity", "1000", "1000", "09", "8", "31", "1e3", "2024", "1.1",
        ])
        #expect(items.first?["tags"]?.elements?.compactMap(\.string) == ["1.1", "16", "true"])
        try expectTheSameAsJekyllFeed(site, entries: written.count + 1)
    }

    /// kramdown takes a link's URL and title as written: a backslash in them stays (`\\%`,
    /// `\\_`, `\\(`, `\\"`), in inline links and images, reference definitions (whose markers
    /// reached the href percent-encoded) and autolinks, where cmark-gfm drops it or encodes it
    /// as `%5C` (and Foundation then every `%`); in text and code it is as before.
    @Test func backslashesInLinksAsKramdownKeepsThem() throws {
        let markdown = #"""
            [percent](http://a.example/b\%c) ![image](/img\%20x.png) [ref][r] <http://a.example/auto\%x> [titled](http://a.example/t "say \"hi\" \%") [parens](http://a.example/p\(1\)) [two](http://a.example/b\\%c) `[code](http://a.example/\%)` and \% text

            [r]: http://a.example/ref\_x "ref \%"

            """#
        let site = try site(Self.withJekyllFeed, files: ["_posts/2024-01-01-links.md": "---\ntitle: Links\n---\n" + markdown])
        let result = try FeedgenProcess.run(["build", "--quiet"], in: site.root)
        #expect(result.stderr == "")
        let html = try #require(try entries(site).first?["content_html"]?.string)
        #expect(html == #"""
            <p><a href="http://a.example/b\%c">percent</a> <img src="https://names.example.com/img\%20x.png" alt="image"> <a href="http://a.example/ref\_x" title="ref \%">ref</a> <a href="http://a.example/auto\%x">http://a.example/auto\%x</a> <a href="http://a.example/t" title='say \"hi\" \%'>titled</a> <a href="http://a.example/p\(1\)">parens</a> <a href="http://a.example/b\\%c">two</a> <code class="language-plaintext highlighter-rouge">[code](http://a.example/\%)</code> and \% text</p>

            """#)
        guard ReferenceRenderer.hasJekyll else { return }
        let attributes = try NSRegularExpression(pattern: #"(href|src|title)=("[^"]*"|'[^']*')"#)
        func values(_ html: String) -> [String] {
            attributes.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { match in
                let value = String(html[Range(match.range(at: 2), in: html)!].dropFirst().dropLast())
                return value.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "https://names.example.com", with: "")
            }
        }
        #expect(values(html) == values(try ReferenceRenderer.jekyll([markdown])[0]))
        try expectTheSameAsJekyllFeed(site, entries: 1)
    }

    /// Psych keeps the last of a top-level key written twice, in `_config.yml` (a site's second
    /// `exclude:`) as in front matter: a warning naming both lines, where feedgen refused the
    /// whole site (`_config.yml:…: not valid YAML: duplicate key`) or the post.
    @Test func keysWrittenTwiceTheLastCounts() throws {
        let config = Self.withJekyllFeed + "description: First\ndescription: Kept\nexclude:\n  - jekyll-out\n"
        let site = try site(config, files: [
            "_posts/2024-01-01-twice.md": "---\ntitle: First\ntags: [a]\ntitle: Last\n---\n\nx {{ site.description }}\n",
        ])
        let result = try FeedgenProcess.run(["build"], in: site.root)
        #expect(result.stderr == """
            _config.yml:5: warning: duplicate key "exclude"; the one on line 8 counts, as Jekyll reads it
            _config.yml:6: warning: duplicate key "description"; the one on line 7 counts, as Jekyll reads it
            _posts/2024-01-01-twice.md:2: warning: duplicate key "title"; the one on line 4 counts, as Jekyll reads it

            """)
        let items = try entries(site)
        #expect(items.map { $0["title"]?.string } == ["Last"])
        #expect(items.first?["content_html"]?.string == "<p>x Kept</p>\n")
        try expectTheSameAsJekyllFeed(site, entries: 1)
    }

    /// jekyll-feed's summary is `post.description | default: post.excerpt`: the description,
    /// not the front matter's excerpt, when both are there; an empty description is none (Liquid's
    /// `default`), an empty excerpt no summary; and blank lines after the front matter are not the
    /// body (Jekyll's front matter pattern ends in `\s*$`), so the excerpt is still the first paragraph.
    @Test func summaryAsJekyllFeedWritesIt() throws {
        let site = try site(Self.withJekyllFeed, files: [
            "_posts/2024-01-01-both.md": "---\ntitle: Both\nexcerpt: The excerpt.\ndescription: The description.\n---\nBody.\n",
            "_posts/2024-01-02-empty.md": "---\ntitle: Empty description\ndescription: \"\"\n---\nFirst paragraph.\n\nSecond.\n",
            "_posts/2024-01-03-none.md": "---\ntitle: Empty excerpt\nexcerpt: \"\"\n---\nFirst paragraph.\n\nSecond.\n",
            "_posts/2024-01-04-blank.md": "---\ntitle: Blank lines\n---\n\n\n\nFirst paragraph.\n\nSecond.\n",
        ])
        let result = try FeedgenProcess.run(["build", "--quiet"], in: site.root)
        #expect(result.stderr == "")
        #expect(try entries(site).map { $0["summary"]?.string } == ["First paragraph.", nil, "First paragraph.", "The description."])
        try expectTheSameAsJekyllFeed(site, entries: 4)
    }

    /// jekyll-feed names one author per entry, `post.author | default: post.authors[0]`: feedgen's
    /// Atom, which its subscribers read, names the same one; RSS and JSON Feed, which jekyll-feed
    /// never wrote, name every author, `author` first.
    @Test func atomNamesTheAuthorJekyllFeedNames() throws {
        let site = try site(Self.withJekyllFeed + "author: Site Owner\n", files: [
            "_data/authors.yml": "ann:\n  name: Ann Lee\n  email: ann@example.org\nbob:\n  name: Bob Ray\n",
            "_posts/2024-01-01-pair.md": "---\ntitle: Pair\nauthors: [ann, bob]\n---\n\nx\n",
            "_posts/2024-01-02-both.md": "---\ntitle: Both\nauthors: [ann, bob]\nauthor: Carol\n---\n\nx\n",
            "_posts/2024-01-03-null.md": "---\ntitle: Null\nauthor: ~\nauthors: [bob, ann]\n---\n\nx\n",
            "_posts/2024-01-04-none.md": "---\ntitle: None\n---\n\nx\n",
        ])
        let result = try FeedgenProcess.run(["build", "--quiet"], in: site.root)
        #expect(result.stderr == "")
        let atom = try site.read("_site/feed.xml")
        #expect(atom.components(separatedBy: "<entry>").dropFirst().map { entry in
            entry.components(separatedBy: "<name>").dropFirst().map { String($0.prefix { $0 != "<" }) }
        } == [[], ["Bob Ray"], ["Carol"], ["Ann Lee"]])
        #expect(try entries(site).map { $0["authors"]?.elements?.compactMap { $0["name"]?.string } ?? [] } == [
            [], ["Bob Ray", "Ann Lee"], ["Carol", "Ann Lee", "Bob Ray"], ["Ann Lee", "Bob Ray"],
        ])
        let rss = try site.read("_site/rss.xml")
        #expect(rss.components(separatedBy: "<item>").dropFirst().map { item in
            item.components(separatedBy: "<dc:creator>").dropFirst().map { String($0.prefix { $0 != "<" }) }
        } == [[], ["Bob Ray", "Ann Lee"], ["Carol", "Ann Lee", "Bob Ray"], ["Ann Lee", "Bob Ray"]])
        try expectTheSameAsJekyllFeed(site, entries: 4)
    }

    /// `collections_dir` (the Leo3418 blog keeps its posts in `collections/_posts/`):
    /// posts and category folders are read below it, a `_posts/` outside it is not, a
    /// `defaults:` scope may leave it out (`strip_collections_dir`), and a post's
    /// `page.collection` is `posts`, which the blog's include tests to build image paths.
    @Test func collectionsDirHoldsThePosts() throws {
        let config = Self.withJekyllFeed + "collections_dir: collections\ndefaults:\n  - scope: {path: \"_posts/en\", type: posts}\n    values: {image: /img/en.png}\n"
        let site = try site(config, files: [
            "_includes/img-path.liquid": #"{%- capture img_path -%}{%- if page.collection == "posts" -%}/assets/img/posts{{ page.id }}{%- else -%}/assets/img{{ page.permalink }}{%- endif -%}{%- endcapture -%}"#,
            "collections/_posts/en/2021-07-18-leaf.md": "---\ntitle: Leaf Packages\ncategories: [Blog, GSoC 2021]\n---\n{% include img-path.liquid %}\nA graph:\n\n![A dependency graph]({{ img_path }}/graph.svg)\n",
            "collections/tech/_posts/2021-01-01-filed.md": "---\ntitle: Filed\n---\n\nIn a category folder.\n",
            "_posts/2020-01-01-outside.md": "---\ntitle: Outside\n---\n\nNot read: outside collections_dir.\n",
        ])
        let initialized = try FeedgenProcess.run(["init"], in: site.root)
        #expect(initialized.stdout.contains("\n  posts: from collections_dir\n"))
        #expect(try site.config().postsFolder.path.hasSuffix("/collections/_posts"))
        let result = try FeedgenProcess.run(["build", "--verbose"], in: site.root)
        #expect(result.stderr == "")
        #expect(result.stdout == """
            collections/_posts/en/2021-07-18-leaf.md: https://names.example.com/blog/gsoc%202021/2021/07/18/leaf.html
            collections/tech/_posts/2021-01-01-filed.md: https://names.example.com/tech/2021/01/01/filed.html
            2 posts: 2 read, 0 from the cache, 2 rendered
            _site/feed.xml: written, 2 entries
            _site/rss.xml: written, 2 entries
            _site/feed.json: written, 2 entries

            """)
        let items = try entries(site)
        #expect(items.map { $0["image"]?.string } == ["https://names.example.com/img/en.png", nil])
        #expect(items.first?["content_html"]?.string == "<p>A graph:</p>\n<p><img src=\"https://names.example.com/assets/img/posts/blog/gsoc%202021/2021/07/18/leaf/graph.svg\" alt=\"A dependency graph\"></p>\n")
        try expectTheSameAsJekyllFeed(site, entries: 2)
    }

    // MARK: - No placeholder links

    static let noURL = "title: Pages Site\nbaseurl: /blog\n"

    @Test func aSiteWithoutURLTakesItsDomainFromCNAME() throws {
        let site = try site(Self.noURL, files: ["CNAME": "www.Example.com\n", "_posts/2024-01-01-a.md": "---\ntitle: A\n---\n\nA.\n"])
        let build = try FeedgenProcess.run(["build", "--verbose"], in: site.root)
        #expect(build.stderr == "")
        #expect(build.stdout.hasPrefix("_posts/2024-01-01-a.md: https://www.example.com/blog/2024/01/01/a.html\n"))
        let initialised = try FeedgenProcess.run(["init"], in: site.root)
        #expect(initialised.status == 0)
        #expect(try site.config().url == "https://www.example.com/blog")
        #expect(initialised.stdout.contains("\n  url: from CNAME + baseurl\n"))
    }

    @Test func aSiteWithoutURLOrCNAMEIsRefused() throws {
        let site = try site(Self.noURL, files: ["_posts/2024-01-01-a.md": "---\ntitle: A\n---\n\nA.\n"])
        let message = "_config.yml: no absolute \"url\" (such as https://example.com), and no CNAME file to take the domain from; add url: to _config.yml, so that feeds do not link to a placeholder address\n"
        let build = try FeedgenProcess.run(["build"], in: site.root)
        #expect(build.status == 1)
        #expect(build.stderr == message)
        #expect(!site.exists("_site"))
        let initialised = try FeedgenProcess.run(["init"], in: site.root)
        #expect(initialised.status == 1)
        #expect(initialised.stderr == message)
        #expect(!site.exists("config.json"))
    }
}

/// Titles on a Jekyll site, as jekyll-feed's template makes them.
@Suite struct JekyllFeedTitleTests {
    @Test(arguments: [
        ("Wolfe conditions -- the \"curvature\" half", "Wolfe conditions \u{2013} the \u{201C}curvature\u{201D} half"),
        ("It's 1960's---\"quoted\"...", "It\u{2019}s 1960\u{2019}s\u{2014}\u{201C}quoted\u{201D}\u{2026}"),
        ("Fish&nbsp;&amp; chips", "Fish\u{A0}& chips"),
        ("  A <em>bold</em>\n  move  ", "A bold move"),
        ("Benchmarks & <caveats>", "Benchmarks &"),
        ("a < b", "a < b"),
    ])
    func titleAsJekyllFeedWritesIt(_ written: String, _ expected: String) {
        #expect(JekyllFeedTitle.title(written) == expected)
    }
}
