import Foundation
import Testing
import FeedGen
@testable import FeedSupport
@testable import SiteLoading

/// Hugo's `[frontmatter]`: dates from file names (`:filename`, which gives
/// the slug too), from other front matter keys, and the modification time;
/// each site built by the real `hugo` and by feedgen.
@Suite struct HugoDatesTests {
    let sites = HugoSiteTests()

    /// Posts named as Jekyll names them, in a site that dates them by their names first.
    @Test func datesAndSlugsFromFileNames() throws {
        let site = try sites.site([
            "hugo.toml": """
                baseURL = "https://example.org/"
                title = "T"
                timeZone = "Europe/Berlin"
                [frontmatter]
                date = [":filename", ":default"]
                [permalinks]
                notes = "/n/:year/:month/:day/:filename/:slug/"
                """,
            "content/posts/2024-01-02-first-post.md": "---\ntitle: A\n---\nx\n",
            "content/posts/2024-01-03_second.md": "---\ntitle: B\ndate: 2020-05-05\n---\nx\n",
            "content/posts/2024-01-04-third.md": "---\ntitle: C\nslug: own-slug\n---\nx\n",
            "content/posts/nodate.md": "---\ntitle: D\ndate: 2021-01-01T10:00:00Z\n---\nx\n",
            "content/posts/2024-03-04-bundled/index.md": "---\ntitle: E\n---\nx\n",
            "content/notes/2024-05-06-note.md": "---\ntitle: F\n---\nx\n",
            "content/notes/2024-05-07.md": "---\ntitle: G\n---\nx\n",
        ])
        try sites.buildBoth(site)
        let initialized = try FeedgenProcess.run(["init"], in: site.root)
        #expect(initialized.stdout.contains("  hugo.frontmatter: from frontmatter\n"))
        #expect(try site.read("config.json").contains("""
                "frontmatter": {
                  "date": [
                    ":filename",
                    ":default"
                  ]
                }
            """))
        #expect(try FeedgenProcess.run(["build"], in: site.root).stderr == "")
        try sites.compare(site, "posts/index.xml", count: 5)
        #expect(try HugoRun.items(ofRSS: site.url("public/posts/index.xml")).map(\.link) == [
            "https://example.org/posts/bundled/", "https://example.org/posts/own-slug/", "https://example.org/posts/second/",
            "https://example.org/posts/first-post/", "https://example.org/posts/nodate/",
        ])
        var config = try ConfigDiscovery.load(explicit: nil, in: site.root)
        config.postsFolder = site.url("content/notes")
        config.hugo?.section = "notes"
        let notes = try #require(PostLoader(config: config).load(PostFile(folder: site.url("content/notes").path, relativePath: "2024-05-06-note.md", displayFolder: "content/notes")).0)
        #expect(notes.permalinkPath == "/n/2024/05/06/2024-05-06-note/note/")
        #expect(notes.date == TestDates.instant("2024-05-06T00:00:00+02:00"))
    }

    /// A date under a key of the site's own, and `:fileModTime` for the updated date.
    @Test func otherKeysAndTheModificationTime() throws {
        let site = try sites.site([
            "hugo.toml": """
                baseURL = "https://example.org/"
                title = "T"
                [frontmatter]
                date = ["written", ":default"]
                lastmod = ["lastmod", ":fileModTime"]
                """,
            "content/posts/a.md": "---\ntitle: A\nwritten: 2024-02-01T08:00:00Z\ndate: 2020-01-01\n---\nx\n",
            "content/posts/b.md": "---\ntitle: B\ndate: 2024-01-01\n---\nx\n",
            "content/posts/c.md": "---\ntitle: C\nwritten: soon\n---\nx\n",
        ])
        func touch() throws {
            try FileManager.default.setAttributes([.modificationDate: TestDates.instant("2024-02-05T12:00:00Z")], ofItemAtPath: site.url("content/posts/a.md").path)
            try FileManager.default.setAttributes([.modificationDate: TestDates.instant("2024-03-01T12:00:00Z")], ofItemAtPath: site.url("content/posts/b.md").path)
        }
        try FileManager.default.removeItem(at: site.url("content/posts/c.md"))
        try touch()
        try sites.buildBoth(site)
        try site.write("content/posts/c.md", "---\ntitle: C\nwritten: soon\n---\nx\n")
        // A date Hugo cannot read leaves the page undated, as Hugo does; the others are published.
        let build = try FeedgenProcess.run(["build"], in: site.root)
        #expect(build.status == 0)
        #expect(build.stderr == """
            content/posts/c.md:3: warning: written "soon" is not a date; write YYYY-MM-DD, YYYY-MM-DD HH:MM:SS +HH:MM or RFC 3339; Hugo reads no date there, and neither does feedgen
            content/posts/c.md:1: warning: the page has no date, publishDate nor lastmod; Hugo dates it 0001-01-01, feedgen leaves it out

            """)
        try sites.compare(site, "posts/index.xml", count: 2)
        let feed = try JSONParser.parse(Array(try site.read("public/posts/feed.json").utf8))
        #expect(feed["items"]?.elements?.map { $0["date_modified"]?.string } == ["2024-02-05T12:00:00Z", "2024-03-01T12:00:00Z"])
    }

    /// The date forms Hugo 0.111 reads, in the site's zone when they have no
    /// offset; one it cannot read (`20240102`) is a warning, not an error:
    /// Hugo builds the site with the page as of the year 1, feedgen leaves it out.
    @Test func dateFormsHugoReads() throws {
        var files = ["hugo.toml": "baseURL = \"https://example.org/\"\ntitle = \"T\"\ntimeZone = \"America/New_York\"\n"]
        let quoted = ["2024-01-02T15:04:05", "2024-01-02 15:04:05 -07:00", "02 Jan 2024", "Tue, 02 Jan 2024 15:04:05 +0100", "2024-01-02T15:04:05-0700",
                      "2024-01-02T15:04:05.123Z", "2024-01-02 15:04:05", "20240102"]
        for (index, date) in quoted.enumerated() {
            files["content/posts/q\(index).md"] = "---\ntitle: Q\(index)\ndate: \"\(date)\"\n---\nx\n"
        }
        files["content/posts/yaml.md"] = "---\ntitle: YAML\ndate: 2024-01-03\n---\nx\n"
        files["content/posts/toml.md"] = "+++\ntitle = \"TOML\"\ndate = 2024-01-03T08:00:00\n+++\nx\n"
        files["content/posts/tomldate.md"] = "+++\ntitle = \"TOML date\"\ndate = 2024-01-04\n+++\nx\n"
        let site = try sites.site(files)
        try sites.buildBoth(site)
        let build = try FeedgenProcess.run(["build"], in: site.root)
        #expect(build.status == 0)
        #expect(build.stderr == """
            content/posts/q7.md:3: warning: date "20240102" is not a date; write YYYY-MM-DD, YYYY-MM-DD HH:MM:SS +HH:MM or RFC 3339; Hugo reads no date there, and neither does feedgen
            content/posts/q7.md:1: warning: the page has no date, publishDate nor lastmod; Hugo dates it 0001-01-01, feedgen leaves it out

            """)
        let theirs = try HugoRun.items(ofRSS: site.url("hugo-public/posts/index.xml"))
        #expect(theirs.count == 11)
        #expect(theirs.last?.title == "Q7")
        #expect(try HugoRun.items(ofRSS: site.url("public/posts/index.xml")) == Array(theirs.dropLast()))
    }
}
