import Foundation
import Testing

/// Each bad input, run through the real binary on a site that already
/// published its feeds: the exact message and line on stderr, exit 1, and
/// the published feeds byte for byte as they were.
@Suite struct BadInputTests {
    static let good = "---\ntitle: Good\n---\n\nHello.\n"

    /// Publishes a good site, adds `files`, builds again and returns stderr.
    /// `prepare` may add what `files` cannot hold (links, FIFOs).
    func stderrAfterAdding(_ files: [String: [UInt8]], config: String? = nil, arguments: [String] = ["build"],
                           prepare: (TemporarySite) throws -> Void = { _ in }) throws -> String {
        let site = try TemporarySite(posts: ["2024-01-01-good.md": Self.good])
        #expect(try FeedgenProcess.run(["build", "--quiet"], in: site.root).status == 0)
        let published = try site.publishedFeeds()
        #expect(published.count == 3)
        for (path, bytes) in files { try site.write(path, bytes: bytes) }
        try prepare(site)
        if let config { try site.write("config.json", config) }
        let result = try FeedgenProcess.run(arguments, in: site.root)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(try site.publishedFeeds() == published)
        return result.stderr
    }

    func post(_ name: String, _ text: String) -> [String: [UInt8]] {
        ["posts/" + name: Array(text.utf8)]
    }

    @Test func yamlThatDoesNotParse() throws {
        let stderr = try stderrAfterAdding(post("2024-01-02-x.md", "---\ntitle: [unclosed\n---\n\nx\n"))
        #expect(stderr == """
            posts/2024-01-02-x.md:2: front matter is not valid YAML: while parsing a flow sequence, did not find expected ',' or ']'
            feedgen: 1 error; nothing was published

            """)
    }

    @Test func frontMatterThatIsNotAMap() throws {
        let stderr = try stderrAfterAdding(post("2024-01-02-x.md", "---\n- a\n- b\n---\n\nx\n"))
        #expect(stderr == "posts/2024-01-02-x.md:2: front matter must be a map of keys to values, not a list\nfeedgen: 1 error; nothing was published\n")
    }

    @Test func unterminatedFrontMatter() throws {
        let stderr = try stderrAfterAdding(post("2024-01-02-x.md", "---\ntitle: Never closed\n\nbody\n"))
        #expect(stderr == "posts/2024-01-02-x.md:1: the front matter that starts here is never closed by a \"---\" line\nfeedgen: 1 error; nothing was published\n")
    }

    @Test func dateThatDoesNotParse() throws {
        let stderr = try stderrAfterAdding(post("2024-01-02-x.md", "---\ntitle: T\ndate: soon\n---\n\nx\n"))
        #expect(stderr == "posts/2024-01-02-x.md:3: date \"soon\" is not a date; write YYYY-MM-DD, YYYY-MM-DD HH:MM:SS +HH:MM or RFC 3339\nfeedgen: 1 error; nothing was published\n")
    }

    /// Found by fuzz/run: twenty digits overflowed and crashed the build.
    @Test func dateOfTwentyDigits() throws {
        let stderr = try stderrAfterAdding(post("2024-01-02-x.md", "---\ntitle: T\ndate: 12345678901234567890\n---\n\nx\n"))
        #expect(stderr == """
            posts/2024-01-02-x.md:3: date "12345678901234567890" is not a date; write YYYY-MM-DD, YYYY-MM-DD HH:MM:SS +HH:MM or RFC 3339
            feedgen: 1 error; nothing was published

            """)
    }

    @Test func tagListOfTheWrongType() throws {
        let stderr = try stderrAfterAdding(post("2024-01-02-x.md", "---\ntitle: T\ntags:\n  a: b\n---\n\nx\n"))
        #expect(stderr == "posts/2024-01-02-x.md:3: \"tags\" must be a list or a string, not a map\nfeedgen: 1 error; nothing was published\n")
    }

    @Test func fileThatIsNotUTF8() throws {
        var bytes = Array("---\ntitle: Latin-1\n---\n\ncaf".utf8)
        bytes.append(0xE9)
        bytes += Array("\n".utf8)
        let stderr = try stderrAfterAdding(["posts/2024-01-02-x.md": bytes])
        #expect(stderr == "posts/2024-01-02-x.md:5: the file is not valid UTF-8; save it as UTF-8\nfeedgen: 1 error; nothing was published\n")
    }

    @Test func byteOrderMarkIsAWarningNotAnError() throws {
        let site = try TemporarySite(posts: ["2024-01-01-good.md": Self.good])
        try site.write("posts/2024-01-02-bom.md", bytes: [0xEF, 0xBB, 0xBF] + Array("---\ntitle: BOM\n---\n\nx\n".utf8))
        let result = try FeedgenProcess.run(["build"], in: site.root)
        #expect(result.status == 0)
        #expect(result.stderr == "posts/2024-01-02-bom.md:1: warning: the file starts with a UTF-8 byte order mark; it was ignored\n")
        #expect(try site.read("feeds/atom.xml").contains("<title>BOM</title>"))
    }

    @Test func postOf20Megabytes() throws {
        let huge = "---\ntitle: Huge\n---\n\n" + String(repeating: "word ", count: 4 * 1024 * 1024)
        let stderr = try stderrAfterAdding(post("2024-01-02-x.md", huge))
        #expect(stderr == "posts/2024-01-02-x.md: the file is 20.0 MB, larger than the 5.0 MB a post may be\nfeedgen: 1 error; nothing was published\n")
    }

    @Test func emptyFile() throws {
        let stderr = try stderrAfterAdding(["posts/2024-01-02-x.md": []])
        #expect(stderr == "posts/2024-01-02-x.md:1: the file is empty\nfeedgen: 1 error; nothing was published\n")
    }

    @Test func duplicatePermalinks() throws {
        var files = post("2024-01-02-a.md", "---\ntitle: A\npermalink: /same/\n---\n\nx\n")
        files.merge(post("2024-01-03-b.md", "---\ntitle: B\npermalink: /same/\n---\n\nx\n")) { $1 }
        let stderr = try stderrAfterAdding(files)
        #expect(stderr == "posts/2024-01-03-b.md:3: permalink /same/ is also used by posts/2024-01-02-a.md\nfeedgen: 1 error; nothing was published\n")
    }

    @Test func duplicateIDs() throws {
        var files = post("2024-01-02-a.md", "---\ntitle: A\nid: urn:x\n---\n\nx\n")
        files.merge(post("2024-01-03-b.md", "---\ntitle: B\nid: urn:x\n---\n\nx\n")) { $1 }
        let stderr = try stderrAfterAdding(files)
        #expect(stderr == "posts/2024-01-03-b.md:1: id urn:x is also used by posts/2024-01-02-a.md\nfeedgen: 1 error; nothing was published\n")
    }

    @Test func yamlAliasBombIsRefused() throws {
        let bomb = """
            ---
            a: &a ["x","x","x","x","x","x","x","x","x","x"]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]
            d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]
            e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]
            f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]
            g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]
            title: bomb
            ---
            x

            """
        let stderr = try stderrAfterAdding(post("2024-01-02-x.md", bomb))
        #expect(stderr == "posts/2024-01-02-x.md:2: front matter expands to more than 10000 YAML values; aliases that repeat anchors this way are refused\nfeedgen: 1 error; nothing was published\n")
    }

    @Test func everyProblemInOneRun() throws {
        var files = post("2024-01-02-a.md", "---\ntitle: T\ndate: soon\n---\n\nx\n")
        files.merge(post("2024-01-03-b.md", "---\ntitle: [x\n---\n")) { $1 }
        files.merge(["posts/2024-01-04-c.md": []]) { $1 }
        let stderr = try stderrAfterAdding(files)
        #expect(stderr == """
            posts/2024-01-02-a.md:3: date "soon" is not a date; write YYYY-MM-DD, YYYY-MM-DD HH:MM:SS +HH:MM or RFC 3339
            posts/2024-01-03-b.md:2: front matter is not valid YAML: while parsing a flow sequence, did not find expected ',' or ']'
            posts/2024-01-04-c.md:1: the file is empty
            feedgen: 3 errors; nothing was published

            """)
    }

    @Test func configThatIsNotJSON() throws {
        let stderr = try stderrAfterAdding([:], config: "{\"title\": \"T\",\n  \"url\": \"https://example.org\"\n  \"limit\": 3}\n")
        #expect(stderr == "config.json:3:3: not valid JSON: ',' or '}' was expected\n")
    }

    @Test func configWithTypoWrongTypeAndRelativeURL() throws {
        let stderr = try stderrAfterAdding([:], config: "{\"titel\": \"T\",\n  \"url\": \"example.org\", \"limit\": \"3\"}\n")
        #expect(stderr == """
            config.json:1:11: unknown key "titel" (did you mean "title"?)
            config.json:1:1: missing required key "title"
            config.json:2:10: "url" must be an absolute http or https URL such as "https://example.org", not "example.org"
            config.json:2:34: "limit" must be a whole number of at least 1

            """)
    }

    @Test func missingPostsFolder() throws {
        let site = try TemporarySite()
        try FileManager.default.removeItem(at: site.url("posts"))
        let result = try FeedgenProcess.run(["build"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stderr == "posts: the posts folder does not exist\nfeedgen: 1 error; nothing was published\n")
    }

    @Test func outputFolderThatCannotBeCreated() throws {
        let site = try TemporarySite(config: "{\"title\": \"T\", \"url\": \"https://example.org\", \"output\": \"config.json/feeds\"}",
                                     posts: ["2024-01-01-good.md": Self.good])
        let result = try FeedgenProcess.run(["build"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stderr == "config.json/feeds: cannot create the output folder: Not a directory\nfeedgen: 1 error; nothing was published\n")
    }

    @Test func keepGoingPublishesTheValidPostsAndStillFails() throws {
        let site = try TemporarySite(posts: ["2024-01-01-good.md": Self.good])
        try site.write("posts/2024-01-02-bad.md", "---\ntitle: T\ndate: soon\n---\n\nx\n")
        let result = try FeedgenProcess.run(["build", "--keep-going"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stderr == "posts/2024-01-02-bad.md:3: date \"soon\" is not a date; write YYYY-MM-DD, YYYY-MM-DD HH:MM:SS +HH:MM or RFC 3339\n")
        #expect(result.stdout == "feeds/atom.xml: written, 1 entry\nfeeds/rss.xml: written, 1 entry\nfeeds/feed.json: written, 1 entry\n")
    }
}
