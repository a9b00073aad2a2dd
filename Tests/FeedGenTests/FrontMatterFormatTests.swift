import Foundation
import Testing
import FeedGen
@testable import FeedSupport
@testable import SiteLoading

/// The three forms of front matter Hugo reads — YAML `---`, TOML `+++`, a
/// JSON object — with blank lines before them, read into the same keys, with
/// errors on the file's own lines; and `publishDate`/`expiryDate`.
@Suite struct FrontMatterFormatTests {
    private func load(_ name: String, _ text: String) throws -> (Post?, [Diagnostic]) {
        let site = try TemporarySite()
        try site.write("posts/" + name, text)
        let file = PostFile(folder: site.url("posts").path, relativePath: name, displayFolder: "posts")
        return PostLoader(config: try site.config()).load(file)
    }

    private func date(_ text: String) -> Date { PostDate.parse(text, in: TimeZone(identifier: "UTC")!)! }

    @Test func tomlFrontMatter() throws {
        let (post, diagnostics) = try load("hello.md", """
            +++
            title = "Hello \\"TOML\\""
            date = 2024-05-01T10:30:00+02:00
            lastmod = 2024-05-02
            tags = ["swift", "feeds"]
            draft = false
            description = \"\"\"
            Two \"quoted\" words
            on two lines.\"\"\"

            [author]
            name = "Ann"
            email = "ann@example.org"
            +++

            Body.
            """)
        #expect(diagnostics == [])
        let read = try #require(post)
        #expect(read.title == "Hello \"TOML\"")
        #expect(read.date == date("2024-05-01T08:30:00Z"))
        #expect(read.updated == date("2024-05-02"))
        #expect(read.frontMatter.tags == ["swift", "feeds"])
        #expect(read.frontMatter.description == "Two \"quoted\" words\non two lines.")
        #expect(read.frontMatter.authors == [.person(Person(name: "Ann", email: "ann@example.org"))])
    }

    @Test func jsonFrontMatterAfterBlankLines() throws {
        let text = "\n  \n{\n  \"title\": \"Hello JSON\",\n  \"date\": \"2024-05-01\",\n  \"tags\": [\"a\", \"b\"],\n  \"nested\": {\"x\": [1, {\"y\": null}]}\n}\n\nBody {with braces}.\n"
        let (post, diagnostics) = try load("hello.md", text)
        #expect(diagnostics == [])
        #expect(post?.title == "Hello JSON")
        #expect(post?.frontMatter.tags == ["a", "b"])
        var problems: [Diagnostic] = []
        let split = try #require(PostText.read(Array(text.utf8), path: "p.md", diagnostics: &problems))
        #expect(split.frontMatterFormat == .json)
        #expect(split.frontMatterLine == 3)
        #expect(split.body == "\nBody {with braces}.\n")
        #expect(split.bodyLine == 9)
    }

    @Test func yamlAfterABlankLine() throws {
        let (post, diagnostics) = try load("2024-05-01-x.md", "\n---\ntitle: Blank first\n---\nBody.\n")
        #expect(diagnostics == [])
        #expect(post?.title == "Blank first")
    }

    /// A body that starts with Liquid is not a JSON object.
    @Test func aBodyStartingWithLiquidHasNoFrontMatter() throws {
        var problems: [Diagnostic] = []
        let split = try #require(PostText.read(Array("{% include x.html %}\nText\n".utf8), path: "p.md", diagnostics: &problems))
        #expect(split.frontMatter == nil)
        #expect(split.body == "{% include x.html %}\nText\n")
    }

    @Test func tomlErrorsNameTheFileLine() throws {
        let (post, diagnostics) = try load("bad.md", "\n+++\ntitle = \"ok\"\ndate = 2024-05-01\ntags = [\"a\",\n+++\nBody\n")
        #expect(post == nil)
        #expect(diagnostics == [.error(SourceLocation(path: "posts/bad.md", line: 5), "front matter is not valid TOML: Error while parsing array: encountered end-of-file")])
    }

    @Test func tomlValuesOfTheWrongShapeAreReportedOnTheirKeysLine() throws {
        let (_, diagnostics) = try load("shape.md", "+++\ndate = 2024-05-01\n\n# a comment = here\ntitle = [\"not\", \"one\"]\n+++\n")
        #expect(diagnostics == [.error(SourceLocation(path: "posts/shape.md", line: 5), "\"title\" must be a single value, not a list"),
                               .warning(SourceLocation(path: "posts/shape.md", line: 1), "the post has no title; using \"Shape\" from its file name")])
    }

    @Test func jsonErrorsNameTheFileLine() throws {
        let (post, diagnostics) = try load("bad.md", "{\n  \"title\": \"x\",\n  \"date\": 2024-05-01\n}\n")
        #expect(post == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location == SourceLocation(path: "posts/bad.md", line: 3))
    }

    @Test func unclosedBlocksAreErrors() throws {
        let (_, toml) = try load("a.md", "+++\ntitle = \"x\"\n")
        #expect(toml == [.error(SourceLocation(path: "posts/a.md", line: 1), "the front matter that starts here is never closed by a \"+++\" line")])
        let (_, json) = try load("b.md", "\n{\"title\": \"x\"\n")
        #expect(json == [.error(SourceLocation(path: "posts/b.md", line: 2), "the front matter that starts here is never closed by its closing \"}\"")])
    }

    /// `publishDate` decides when a post goes live, `date` (else `publishDate`) is
    /// its date, as Hugo's `.Date`; `expiryDate` takes it out of the feed.
    @Test func publishAndExpiryDates() throws {
        let site = try TemporarySite(posts: [
            "a.md": "---\ntitle: A\ndate: 2024-03-01\npublishDate: 2024-03-10\n---\nA\n",
            "b.md": "+++\ntitle = \"B\"\npublishDate = 2024-02-01\n+++\nB\n",
            "c.md": "{\"title\": \"C\", \"date\": \"2024-01-01\", \"expiryDate\": \"2024-03-05\"}\nC\n",
        ])
        /// Each item's title and date_published.
        func items(at now: String) throws -> [String] {
            let result = try FeedgenProcess.run(["build", "--now", now], in: site.root)
            #expect(result.status == 0, "\(result.stderr)")
            let feed = try JSONParser.parse(Array(try site.read("feeds/feed.json").utf8))
            return (feed["items"]?.elements ?? []).map { ($0["title"]?.string ?? "") + " " + ($0["date_published"]?.string ?? "") }
        }
        #expect(try items(at: "2024-03-04T00:00:00Z") == ["B 2024-02-01T00:00:00Z", "C 2024-01-01T00:00:00Z"])
        #expect(try items(at: "2024-03-06T00:00:00Z") == ["B 2024-02-01T00:00:00Z"])
        #expect(try items(at: "2024-03-11T00:00:00Z") == ["A 2024-03-01T00:00:00Z", "B 2024-02-01T00:00:00Z"])
    }
}
