import Foundation
import Testing
import Yams
import FeedGen
@testable import FeedSupport
@testable import SiteLoading

/// `PersonParser`: the one reading of "a person" behind config.json's `author` and
/// `authors`, the authors file, front matter `author`/`authors` and `init`'s
/// translation of a Jekyll or Hugo author. Each rule on its own, with origins
/// named as paths, then each format's reading into the parser, then the union
/// of spellings reaching each caller.
@Suite struct PersonParserTests {
    private typealias Source = PersonSource<String>

    private func text(_ string: String, at origin: String) -> Source { Source(.text(string), origin: origin) }
    private func map(_ fields: [(String, Source)], at origin: String = "author") -> Source {
        Source(.fields(fields.map { (name: $0.0, value: $0.1) }), origin: origin)
    }
    private func field(_ name: String, _ string: String) -> (String, Source) { (name, text(string, at: "author." + name)) }
    private func read(_ source: Source) -> PersonParser.Reading? { PersonParser.read(source).reading }
    private func problems(_ source: Source) -> [PersonParser.Problem<String>] { PersonParser.read(source).problems }

    // MARK: - The rules

    @Test func aStringIsANameOrKeyAsWritten() {
        #expect(read(text("Ann Author", at: "author")) == .named("Ann Author"))
        #expect(read(text("", at: "author")) == .named(""))
        #expect(problems(text("Ann", at: "author")) == [])
    }

    @Test func nullIsNobodyAndNoProblem() {
        #expect(read(Source(.null, origin: "author")) == nil)
        #expect(problems(Source(.null, origin: "author")) == [])
    }

    @Test func anythingElseIsNotAPerson() {
        #expect(read(Source(.other, origin: "author")) == nil)
        #expect(problems(Source(.other, origin: "author")) == [.notAPerson("author")])
    }

    @Test func aMapHasAName() {
        #expect(read(map([field("name", "Ann"), field("email", "ann@example.org"), field("url", "https://ann.example/")]))
                == .person(Person(name: "Ann", email: "ann@example.org", url: "https://ann.example/")))
        #expect(read(map([field("name", "Ann")])) == .person(Person(name: "Ann")))
    }

    @Test func displayNameIsANameThatNameBeats() {
        #expect(read(map([field("display_name", "Ann D.")])) == .person(Person(name: "Ann D.")))
        #expect(read(map([field("display_name", "Ann D."), field("name", "Ann")])) == .person(Person(name: "Ann")))
        #expect(read(map([field("name", "Ann"), field("display_name", "Ann D.")])) == .person(Person(name: "Ann")))
    }

    /// jekyll-feed reads `uri`; config.json and Hugo `url`; theme authors files `web`.
    @Test func uriBeatsUrlBeatsWebInAnyOrder() {
        let uri = field("uri", "https://uri.example/"), url = field("url", "https://url.example/"), web = field("web", "https://web.example/")
        #expect(read(map([field("name", "A"), web])) == .person(Person(name: "A", url: "https://web.example/")))
        #expect(read(map([field("name", "A"), web, url])) == .person(Person(name: "A", url: "https://url.example/")))
        #expect(read(map([field("name", "A"), url, web])) == .person(Person(name: "A", url: "https://url.example/")))
        #expect(read(map([field("name", "A"), uri, url, web])) == .person(Person(name: "A", url: "https://uri.example/")))
        #expect(read(map([field("name", "A"), web, url, uri])) == .person(Person(name: "A", url: "https://uri.example/")))
    }

    /// config.json keeps duplicate keys; the last one written is the one read.
    @Test func aSpellingWrittenTwiceIsReadLast() {
        #expect(read(map([field("name", "First"), field("name", "Second")])) == .person(Person(name: "Second")))
    }

    @Test func aNullFieldIsLeftOut() {
        let person = map([field("name", "Ann"), ("email", Source(.null, origin: "author.email")), ("uri", Source(.null, origin: "author.uri")), field("url", "https://ann.example/")])
        #expect(read(person) == .person(Person(name: "Ann", url: "https://ann.example/")))
        #expect(problems(person) == [])
    }

    @Test func aFieldThatIsNotTextIsLeftOutAndSaidSo() {
        let person = map([field("name", "Ann"), ("email", Source(.other, origin: "author.email")), ("url", map([], at: "author.url"))])
        #expect(read(person) == .person(Person(name: "Ann")))
        #expect(problems(person) == [.fieldNotText("email", "author.email"), .fieldNotText("url", "author.url")])
    }

    @Test func anUnknownFieldIsSaidSoAndTheRestRead() {
        let person = map([field("name", "Ann"), field("twitter", "@ann"), ("links", Source(.other, origin: "author.links"))])
        #expect(read(person) == .person(Person(name: "Ann")))
        #expect(problems(person) == [.unknownField("twitter", "author.twitter"), .unknownField("links", "author.links")])
    }

    @Test func aMapWithoutANameIsNobody() {
        #expect(PersonParser.read(map([field("email", "a@example.org")])) == (nil, [.noName("author")]))
        #expect(PersonParser.read(map([field("name", ""), field("display_name", "Ann")])) == (nil, [.noName("author")]))
        #expect(PersonParser.read(map([("name", Source(.other, origin: "author.name"))])) == (nil, [.fieldNotText("name", "author.name"), .noName("author")]))
        // No name: the page is not looked at.
        #expect(problems(map([field("url", "/about/")])) == [.noName("author")])
    }

    @Test func aPageThatIsNotAbsoluteIsKeptAndSaidSo() {
        let person = map([field("name", "Ann"), field("uri", "/about/")])
        #expect(read(person) == .person(Person(name: "Ann", url: "/about/")))
        #expect(problems(person) == [.relativeURL(field: "uri", url: "/about/", "author")])
        #expect(problems(map([field("name", "Ann"), field("url", "mailto:ann@example.org")])) == [.relativeURL(field: "url", url: "mailto:ann@example.org", "author")])
        #expect(problems(map([field("name", "Ann"), field("url", "http://ann.example/")])) == [])
    }

    @Test func everyFieldForDidYouMeanFeedgensOwnFirst() {
        #expect(PersonParser.fieldNames == ["name", "email", "url", "uri", "display_name", "web"])
        #expect(didYouMean("ur", among: PersonParser.fieldNames) == #" (did you mean "url"?)"#)
    }

    // MARK: - Each format into the parser

    private func shape<Origin>(_ source: PersonSource<Origin>) -> String {
        switch source.shape {
        case .text(let text): "text(\(text))"
        case .null: "null"
        case .other: "other"
        case .fields(let fields): "{" + fields.map { "\($0.name): \(shape($0.value))" }.joined(separator: ", ") + "}"
        }
    }

    @Test func jsonOnlyAStringIsText() throws {
        let value = try JSONParser.parse(Array(#"{"name": "Ann", "email": null, "url": 5, "uri": [], "web": true, "x": {"y": "z"}}"#.utf8))
        #expect(shape(PersonSource(json: value)) == "{name: text(Ann), email: null, url: other, uri: other, web: other, x: {y: text(z)}}")
        let source = PersonSource(json: value)
        guard case .fields(let fields) = source.shape else { Issue.record("not a map"); return }
        #expect(fields.map(\.value.origin.column) == [10, 26, 39, 49, 60, 71])
    }

    @Test func yamlPlainNullsAreNullQuotedOnesText() throws {
        let yaml = "a: ~\nb: null\nc:\nd: '~'\ne: \"\"\nf: 1984\ng: [x]\nh: {name: Ann}\n[k]: v\n"
        let node = try #require(try YAML.compose(yaml))
        #expect(shape(PersonSource(yaml: node)) == "{a: null, b: null, c: null, d: text(~), e: text(), f: text(1984), g: other, h: {name: text(Ann)}}")
        #expect(PersonSource(yaml: node).origin.mark?.line == 1)
    }

    @Test func loadedNumbersAreTextAsWritten() {
        #expect(shape(PersonSource(loaded: ["name": 1984, "url": 1.5, "web": true, "email": NSNull()] as [String: Any])) == "{email: null, name: text(1984), url: text(1.5), web: other}")
        #expect(shape(PersonSource(loaded: nil)) == "null")
        #expect(shape(PersonSource(loaded: "Ann")) == "text(Ann)")
        #expect(shape(PersonSource(loaded: ["Ann"])) == "other")
    }

    // MARK: - The union of spellings reaches every caller

    @Test func configJSONReadsEverySpelling() throws {
        let json = #"{"title": "T", "url": "https://example.org", "author": {"display_name": "Ann", "uri": "https://ann.example/"}, "authors": {"bo": {"name": "Bo", "web": "https://bo.example/"}, "cy": null}}"#
        var reader = ConfigReader(path: "config.json", root: try JSONParser.parse(Array(json.utf8)))
        let read = reader.read(baseFolder: URL(fileURLWithPath: "/tmp"))
        let config = try #require(read)
        #expect(reader.problems == [])
        #expect(config.author == Person(name: "Ann", url: "https://ann.example/"))
        #expect(config.authors == ["bo": Person(name: "Bo", url: "https://bo.example/")])
    }

    @Test func theAuthorsFileReadsEverySpelling() throws {
        let site = try TemporarySite()
        try site.write("authors.yml", "ann:\n  display_name: Ann\n  url: https://ann.example/\n  bio: Writes.\nbo:\n  name: Bo\n  web: /bo/\ncy: ~\ndee: [Dee]\n")
        let (authors, problems) = AuthorsFile.read(site.url("authors.yml"))
        #expect(authors == ["ann": Person(name: "Ann", url: "https://ann.example/"), "bo": Person(name: "Bo")])
        #expect(problems == [.error(SourceLocation(path: DisplayPath.of(site.url("authors.yml")), line: 9), #"author "dee" needs a "name""#)])
    }

    @Test func frontMatterReadsEverySpelling() throws {
        var parser = FrontMatterParser(path: "posts/p.md", firstLine: 2)
        let parsed = parser.parse("author:\n  display_name: Ann\n  web: https://ann.example/\n  twitter: ann\nauthors: [~, bo]\n")
        let matter = try #require(parsed)
        #expect(parser.diagnostics == [])
        #expect(matter.authors == [.person(Person(name: "Ann", url: "https://ann.example/")), .key("bo")])
    }

    @Test func initTranslatesEverySpelling() {
        let hugo = StarterConfig.authorMembers(["name": "Ann", "email": "ann@example.org", "url": "https://ann.example/"] as [String: Any])
        #expect(JSONOutput.object(hugo ?? []).serialized() == JSONOutput.object([("name", .string("Ann")), ("email", .string("ann@example.org")), ("url", .string("https://ann.example/"))]).serialized())
        let relative = StarterConfig.authorMembers(["display_name": "Bo", "uri": "/about/"] as [String: Any])
        #expect(JSONOutput.object(relative ?? []).serialized() == JSONOutput.object([("name", .string("Bo"))]).serialized())
        #expect(StarterConfig.authorMembers(["email": "x@example.org"] as [String: Any]) == nil)
        #expect(StarterConfig.authorMembers(1984).map { JSONOutput.object($0).serialized() } == JSONOutput.object([("name", .string("1984"))]).serialized())
    }
}
