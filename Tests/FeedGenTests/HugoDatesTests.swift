import Foundation
import Testing
@testable import FeedGen

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
        let build = try FeedgenProcess.run(["build"], in: site.root)
        #expect(build.stderr == "content/posts/c.md:3: written \"soon\" is not a date; write YYYY-MM-DD, YYYY-MM-DD HH:MM:SS +HH:MM or RFC 3339\nfeedgen: 1 error; nothing was published\n")
        try FileManager.default.removeItem(at: site.url("content/posts/c.md"))
        #expect(try FeedgenProcess.run(["build"], in: site.root).stderr == "")
        try sites.compare(site, "posts/index.xml", count: 2)
        let feed = try JSONParser.parse(Array(try site.read("public/posts/feed.json").utf8))
        #expect(feed["items"]?.elements?.map { $0["date_modified"]?.string } == ["2024-02-05T12:00:00Z", "2024-03-01T12:00:00Z"])
    }
}
