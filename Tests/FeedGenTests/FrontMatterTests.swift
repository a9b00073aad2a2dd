import Foundation
import Testing
import FeedGen
@testable import FeedSupport
@testable import SiteLoading

/// Front matter as `PostLoader` reads it from real files: every key
/// honoured, Jekyll's spellings and shapes, and the exact diagnostic for
/// each way a post can be broken.
@Suite struct FrontMatterTests {
    private static let berlinConfig = """
        {"title": "Test Site", "url": "https://example.org", "timezone": "Europe/Berlin"}
        """

    private func load(_ name: String, _ text: String, config: String = TemporarySite.defaultConfig) throws -> (Post?, [Diagnostic]) {
        try load(name, bytes: Array(text.utf8), config: config)
    }

    private func load(_ name: String, bytes: [UInt8], config: String = TemporarySite.defaultConfig) throws -> (Post?, [Diagnostic]) {
        let site = try TemporarySite(config: config)
        try site.write("posts/" + name, bytes: bytes)
        let file = PostFile(folder: site.url("posts").path, relativePath: name, displayFolder: "posts")
        return PostLoader(config: try site.config()).load(file)
    }

    private func error(_ name: String, _ line: Int?, _ message: String) -> Diagnostic {
        .error(SourceLocation(path: "posts/" + name, line: line), message)
    }

    private func warning(_ name: String, _ line: Int?, _ message: String) -> Diagnostic {
        .warning(SourceLocation(path: "posts/" + name, line: line), message)
    }

    // MARK: - Every honoured key

    @Test func everyHonouredKey() throws {
        let (post, diagnostics) = try load("2024-05-01-hello.md", """
            ---
            title: "Hello: World"
            date: 2024-05-01 10:30:00 +02:00
            last_modified_at: 2024-05-02T08:00:00Z
            excerpt: Short summary.
            description: Longer description.
            tags: [swift, feeds]
            categories: [code, web]
            author: ann
            image: /img/hello.png
            permalink: /hello/
            slug: hello-world
            lang: fr
            id: urn:uuid:1234
            enclosure:
              url: /audio/ep.mp3
              type: audio/mpeg
              length: 1234
              title: Episode
              duration: "01:02:03"
            comments: true
            layout: post
            ---

            Body.
            """)
        #expect(diagnostics == [])
        let matter = FrontMatter(
            title: "Hello: World",
            date: .init(value: "2024-05-01 10:30:00 +02:00", line: 3, isPlain: true),
            updated: .init(value: "2024-05-02T08:00:00Z", line: 4, isPlain: true),
            excerpt: "Short summary.",
            description: "Longer description.",
            tags: ["swift", "feeds"],
            categories: ["code", "web"],
            authors: [.key("ann")],
            image: .init(path: "/img/hello.png"),
            permalink: .init(value: "/hello/", line: 11),
            slug: "hello-world",
            published: true,
            draft: false,
            language: "fr",
            id: "urn:uuid:1234",
            enclosures: [.init(url: "/audio/ep.mp3", type: "audio/mpeg", length: 1234, title: "Episode", duration: 3723, line: 16)]
        )
        #expect(post?.frontMatter == matter)
        #expect(post?.title == "Hello: World")
        #expect(post?.date == TestDates.instant("2024-05-01T08:30:00Z"))
        #expect(post?.updated == TestDates.instant("2024-05-02T08:00:00Z"))
        #expect(post?.permalinkPath == "/hello/")
        #expect(post?.isDraft == false)
        #expect(post?.file.slug == "hello")
        #expect(post?.file.nameDate == "2024-05-01")
    }

    @Test func slugKeyReplacesTheFileNameInThePermalink() throws {
        let (post, diagnostics) = try load("2024-05-01-hello.md", "---\ntitle: Hello\nslug: Hello World\n---\n")
        #expect(diagnostics == [])
        #expect(post?.permalinkPath == "/2024/05/01/hello-world/")
    }

    @Test func updatedIsASpellingOfLastModifiedAt() throws {
        let (post, _) = try load("2024-05-01-hello.md", "---\ntitle: Hello\nupdated: 2024-06-02 09:00:00 +02:00\n---\n")
        #expect(post?.frontMatter.updated == .init(value: "2024-06-02 09:00:00 +02:00", line: 3, isPlain: true))
        #expect(post?.updated == TestDates.instant("2024-06-02T07:00:00Z"))
    }

    @Test func languageIsASpellingOfLang() throws {
        let (post, _) = try load("2024-05-01-hello.md", "---\ntitle: Hello\nlanguage: de\n---\n")
        #expect(post?.frontMatter.language == "de")
    }

    @Test func enclosuresAsAList() throws {
        let (post, diagnostics) = try load("2024-05-01-hello.md", """
            ---
            title: Hello
            enclosures:
              - /audio/one.mp3
              - url: /video/two.mp4
                length: 99
                duration: "05:30"
            ---
            """)
        #expect(diagnostics == [])
        #expect(post?.frontMatter.enclosures == [
            .init(url: "/audio/one.mp3", line: 4),
            .init(url: "/video/two.mp4", length: 99, duration: 330, line: 5),
        ])
    }

    // MARK: - image

    @Test func imageAsAString() throws {
        let (post, _) = try load("2024-05-01-hello.md", "---\ntitle: Hello\nimage: /img/a.png\n---\n")
        #expect(post?.frontMatter.image == FrontMatter.Image(path: "/img/a.png"))
    }

    @Test func imageAsAMapWithEveryField() throws {
        let (post, diagnostics) = try load("2024-05-01-hello.md", """
            ---
            title: Hello
            image:
              path: /img/main.jpg
              feature: /img/feature.jpg
              teaser: /img/teaser.jpg
              thumbnail: /img/thumb.jpg
              alt: A picture
            ---
            """)
        #expect(diagnostics == [])
        #expect(post?.frontMatter.image == FrontMatter.Image(
            path: "/img/main.jpg", feature: "/img/feature.jpg", teaser: "/img/teaser.jpg", thumbnail: "/img/thumb.jpg", alt: "A picture"
        ))
    }

    @Test func imageMapWithTeaserAndFeatureOnly() throws {
        let (post, _) = try load("2024-05-01-hello.md", """
            ---
            title: Hello
            image:
              teaser: /img/teaser.jpg
              feature: /img/feature.jpg
            ---
            """)
        #expect(post?.frontMatter.image == FrontMatter.Image(feature: "/img/feature.jpg", teaser: "/img/teaser.jpg"))
    }

    @Test func imageMapWithOnlyAltIsNoImage() throws {
        let (post, _) = try load("2024-05-01-hello.md", "---\ntitle: Hello\nimage:\n  alt: Nothing to see\n---\n")
        #expect(post?.frontMatter.image == nil)
    }

    // MARK: - author / authors

    @Test func authorAsAKey() throws {
        let (post, _) = try load("2024-05-01-hello.md", "---\ntitle: Hello\nauthor: alice\n---\n")
        #expect(post?.frontMatter.authors == [.key("alice")])
    }

    @Test func authorsAsAList() throws {
        let (post, _) = try load("2024-05-01-hello.md", "---\ntitle: Hello\nauthors: [alice, bob]\n---\n")
        #expect(post?.frontMatter.authors == [.key("alice"), .key("bob")])
    }

    @Test func authorAsAMap() throws {
        let (post, diagnostics) = try load("2024-05-01-hello.md", """
            ---
            title: Hello
            author:
              name: Zoë Müller
              email: zoe@example.org
              uri: https://zoe.example.net/
            ---
            """)
        #expect(diagnostics == [])
        #expect(post?.frontMatter.authors == [.person(Person(name: "Zoë Müller", email: "zoe@example.org", url: "https://zoe.example.net/"))])
    }

    @Test func authorMapWithoutName() throws {
        let name = "2024-05-01-hello.md"
        let (post, diagnostics) = try load(name, "---\ntitle: Hello\nauthor:\n  email: a@example.org\n---\n")
        #expect(post == nil)
        // Reported where the author wrote the key.
        #expect(diagnostics == [error(name, 3, #""author" given as a map needs a "name""#)])
    }

    // MARK: - categories / category / tags

    @Test func categoriesStringIsSplitOnSpaces() throws {
        let (post, _) = try load("2024-05-01-hello.md", "---\ntitle: Hello\ncategories: Big Ideas\n---\n")
        #expect(post?.frontMatter.categories == ["Big", "Ideas"])
    }

    @Test func categoryStringIsOneName() throws {
        let (post, _) = try load("2024-05-01-hello.md", "---\ntitle: Hello\ncategory: Big Ideas\n---\n")
        #expect(post?.frontMatter.categories == ["Big Ideas"])
    }

    @Test func categoriesList() throws {
        let (post, _) = try load("2024-05-01-hello.md", "---\ntitle: Hello\ncategories:\n  - travel\n  - Café\n---\n")
        #expect(post?.frontMatter.categories == ["travel", "Café"])
    }

    /// Jekyll's `populate_categories` keeps `categories` and adds `category`
    /// (`Array(data["categories"]) + pluralized_array_from_hash(data, "category", "categories")`).
    @Test func categoryAndCategoriesTogetherKeepBothAsJekyllDoes() throws {
        let (post, _) = try load("2024-05-01-hello.md", "---\ntitle: Hello\ncategories: [code, web]\ncategory: life\n---\n")
        #expect(post?.frontMatter.categories == ["code", "web", "life"])
    }

    @Test func tagsList() throws {
        let (post, _) = try load("2024-05-01-hello.md", "---\ntitle: Hello\ntags: [swift, \"open source\"]\n---\n")
        #expect(post?.frontMatter.tags == ["swift", "open source"])
    }

    @Test func tagsStringIsSplitOnSpaces() throws {
        let (post, _) = try load("2024-05-01-hello.md", "---\ntitle: Hello\ntags: markdown gfm\n---\n")
        #expect(post?.frontMatter.tags == ["markdown", "gfm"])
    }

    // MARK: - Drafts

    @Test func publishedFalseIsADraft() throws {
        let (post, diagnostics) = try load("2024-05-01-hello.md", "---\ntitle: Hello\npublished: false\n---\n")
        #expect(diagnostics == [])
        #expect(post?.isDraft == true)
    }

    @Test func draftTrueIsADraft() throws {
        let (post, diagnostics) = try load("2024-05-01-hello.md", "---\ntitle: Hello\ndraft: true\n---\n")
        #expect(diagnostics == [])
        #expect(post?.isDraft == true)
    }

    @Test func publishedTrueAndDraftFalseIsNoDraft() throws {
        let (post, _) = try load("2024-05-01-hello.md", "---\ntitle: Hello\npublished: true\ndraft: false\n---\n")
        #expect(post?.isDraft == false)
    }

    @Test func publishedThatIsNoBoolean() throws {
        let name = "2024-05-01-hello.md"
        let (post, diagnostics) = try load(name, "---\ntitle: Hello\npublished: maybe\n---\n")
        #expect(post == nil)
        #expect(diagnostics == [error(name, 3, #""published" must be true or false, not "maybe""#)])
    }

    // MARK: - Title

    @Test func missingTitleComesFromTheSlugWithAWarning() throws {
        let name = "2024-05-01-my-first-post.md"
        let (post, diagnostics) = try load(name, "---\ndate: 2024-05-01\n---\n\nBody.\n")
        let expected = warning(name, 1, #"the post has no title; using "My First Post" from its file name"#)
        #expect(post?.title == "My First Post")
        #expect(diagnostics == [expected])
    }

    @Test func fileWithoutFrontMatterGetsTitleAndDateFromItsName() throws {
        let name = "2024-05-01-my-first-post.md"
        let (post, diagnostics) = try load(name, "Just a body.\n")
        #expect(post?.title == "My First Post")
        #expect(post?.date == TestDates.instant("2024-05-01T00:00:00Z"))
        #expect(diagnostics == [warning(name, 1, #"the post has no title; using "My First Post" from its file name"#)])
    }

    @Test func titleThatIsAList() throws {
        let name = "2024-05-01-hello.md"
        let (post, diagnostics) = try load(name, "---\ntitle: [a, b]\n---\n")
        #expect(post == nil)
        #expect(diagnostics == [
            error(name, 2, #""title" must be a single value, not a list"#),
            warning(name, 1, #"the post has no title; using "Hello" from its file name"#),
        ])
    }

    // MARK: - Dates

    @Test func dateFromTheFileNameInUTC() throws {
        let (post, diagnostics) = try load("2024-03-10-cafe.md", "---\ntitle: Café\n---\n")
        #expect(diagnostics == [])
        #expect(post?.date == TestDates.instant("2024-03-10T00:00:00Z"))
        #expect(post?.updated == nil)
    }

    @Test func dateFromTheFileNameInTheSiteZone() throws {
        let (post, _) = try load("2024-03-10-cafe.md", "---\ntitle: Café\n---\n", config: Self.berlinConfig)
        #expect(post?.date == TestDates.instant("2024-03-09T23:00:00Z"))
        #expect(post?.permalinkPath == "/2024/03/10/cafe/")
    }

    @Test func frontMatterDateWinsOverTheFileName() throws {
        let (post, _) = try load("2024-03-10-cafe.md", "---\ntitle: Café\ndate: 2024-03-12\n---\n")
        #expect(post?.date == TestDates.instant("2024-03-12T00:00:00Z"))
        #expect(post?.permalinkPath == "/2024/03/12/cafe/")
    }

    @Test func dateWithOffset() throws {
        let (post, _) = try load("2024-05-01-hello.md", "---\ntitle: Hello\ndate: 2024-05-01 10:30:00 -07:00\n---\n", config: Self.berlinConfig)
        #expect(post?.date == TestDates.instant("2024-05-01T17:30:00Z"))
        // The permalink's day is the site's day: 19:30 in Berlin.
        #expect(post?.permalinkPath == "/2024/05/01/hello/")
    }

    @Test func dateWithOffsetCanMoveThePermalinkToTheSiteDay() throws {
        let (post, _) = try load("2024-05-01-hello.md", "---\ntitle: Hello\ndate: 2024-05-01 20:00:00 -07:00\n---\n", config: Self.berlinConfig)
        #expect(post?.date == TestDates.instant("2024-05-02T03:00:00Z"))
        #expect(post?.permalinkPath == "/2024/05/02/hello/")
    }

    @Test func noDateAtAllIsAnError() throws {
        let name = "hello.md"
        let (post, diagnostics) = try load(name, "---\ntitle: Hello\n---\n\nBody.\n")
        #expect(post == nil)
        #expect(diagnostics == [
            error(name, 1, #"the post has no date: add "date:" to its front matter or start its file name with YYYY-MM-DD-"#),
        ])
    }

    @Test func dateThatIsNoDate() throws {
        let name = "2024-05-01-hello.md"
        let (post, diagnostics) = try load(name, "---\ntitle: Hello\ndate: tomorrow\n---\n")
        #expect(post == nil)
        #expect(diagnostics == [
            error(name, 3, #"date "tomorrow" is not a date; write YYYY-MM-DD, YYYY-MM-DD HH:MM:SS +HH:MM or RFC 3339"#),
        ])
    }

    @Test func fileNameDateThatIsNoRealDay() throws {
        let name = "2024-02-30-hello.md"
        let (post, diagnostics) = try load(name, "---\ntitle: Hello\n---\n")
        #expect(post == nil)
        #expect(diagnostics == [error(name, nil, "the file name's date: 2024-02-30 is not a day of February 2024")])
    }

    // MARK: - Broken files

    @Test func brokenYAMLNamesTheFileLine() throws {
        let name = "2024-05-01-hello.md"
        let (post, diagnostics) = try load(name, "---\ntitle: Hello\n  date: 2024-05-01\n---\n\nBody.\n")
        #expect(post == nil)
        #expect(diagnostics == [error(name, 3, "front matter is not valid YAML: mapping values are not allowed in this context")])
    }

    @Test func brokenYAMLFurtherDownNamesItsLine() throws {
        let name = "2024-05-01-hello.md"
        let (post, diagnostics) = try load(name, "---\ntitle: Hello\ntags: [a]\nauthor: @alice\n---\n")
        #expect(post == nil)
        #expect(diagnostics == [
            error(name, 4, "front matter is not valid YAML: while scanning for the next token, found character that cannot start any token"),
        ])
    }

    @Test func frontMatterThatIsAList() throws {
        let name = "2024-05-01-hello.md"
        let (post, diagnostics) = try load(name, "---\n- title\n- Hello\n---\n")
        #expect(post == nil)
        #expect(diagnostics == [error(name, 2, "front matter must be a map of keys to values, not a list")])
    }

    @Test func unterminatedFrontMatter() throws {
        let name = "2024-05-01-hello.md"
        let (post, diagnostics) = try load(name, "---\ntitle: Hello\n\nBody without a closing line.\n")
        #expect(post == nil)
        #expect(diagnostics == [error(name, 1, #"the front matter that starts here is never closed by a "---" line"#)])
    }

    @Test func yamlAliasBombIsRefused() throws {
        let name = "2024-05-01-hello.md"
        let (post, diagnostics) = try load(name, """
            ---
            a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]
            b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
            c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
            d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
            e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
            f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
            g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]
            title: Boom
            ---
            """)
        #expect(post == nil)
        #expect(diagnostics == [
            error(name, 2, "front matter expands to more than 10000 YAML values; aliases that repeat anchors this way are refused"),
        ])
    }

    @Test func nonUTF8BytesNameTheirLine() throws {
        let name = "2024-05-01-hello.md"
        // "Café" in Latin-1 on line 3.
        let bytes = Array("---\ndate: 2024-05-01\ntitle: Caf".utf8) + [0xE9] + Array("\n---\n\nBody.\n".utf8)
        let (post, diagnostics) = try load(name, bytes: bytes)
        #expect(post == nil)
        #expect(diagnostics == [error(name, 3, "the file is not valid UTF-8; save it as UTF-8")])
    }

    @Test func byteOrderMarkIsAWarningAndThePostStillLoads() throws {
        let name = "2024-05-01-hello.md"
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\ntitle: Hello\n---\n\nBody.\n".utf8)
        let (post, diagnostics) = try load(name, bytes: bytes)
        #expect(post?.title == "Hello")
        #expect(post?.date == TestDates.instant("2024-05-01T00:00:00Z"))
        #expect(diagnostics == [warning(name, 1, "the file starts with a UTF-8 byte order mark; it was ignored")])
    }

    @Test func forbiddenControlCharacterIsRemovedWithAWarningNamingItsLine() throws {
        let name = "2024-05-01-hello.md"
        let (post, diagnostics) = try load(name, "---\ndate: 2024-05-01\ntitle: Bell\u{07}s\n---\n\nBody.\n")
        #expect(post?.title == "Bells")
        #expect(diagnostics == [warning(name, 3, "removed 1 control character that XML does not allow")])
    }

    @Test func severalControlCharactersAreCountedAndTheFirstLineNamed() throws {
        let name = "2024-05-01-hello.md"
        let (post, diagnostics) = try load(name, "---\ntitle: A\u{01}B\ndescription: C\u{1B}D\u{0C}E\n---\n")
        #expect(post?.title == "AB")
        #expect(post?.frontMatter.description == "CDE")
        #expect(diagnostics == [warning(name, 2, "removed 3 control characters that XML does not allow")])
    }

    @Test func emptyFileIsAnError() throws {
        let name = "2024-05-01-hello.md"
        let (post, diagnostics) = try load(name, "")
        #expect(post == nil)
        #expect(diagnostics == [
            error(name, 1, "the file is empty"),
        ])
    }
}
