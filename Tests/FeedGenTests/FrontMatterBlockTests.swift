import Testing
import FeedGen
@testable import SiteLoading

/// `FrontMatterBlock.scan`, the one delimiter rule: what a post's reading stops at
/// (`PostReader.frontMatterBytes`), how a post splits (`PostText`), and how a Jekyll
/// page such as a hand-written `feed.xml` splits (`ExistingFeeds`). Each rule alone.
@Suite struct FrontMatterBlockTests {
    private func scan(_ text: String, complete: Bool = true, rule: FrontMatterBlock.Rule = .hugo) -> FrontMatterBlock.Scan {
        Array(text.utf8).withUnsafeBufferPointer { FrontMatterBlock.scan($0, complete: complete, rule: rule) }
    }

    /// The format, the front matter's text and the body, as `PostText` cuts them.
    private func split(_ text: String, rule: FrontMatterBlock.Rule = .hugo) -> [String]? {
        guard case .found(let format, let content, _, let end, _) = scan(text, rule: rule) else { return nil }
        let bytes = Array(text.utf8)
        return [format.name, String(decoding: bytes[content], as: UTF8.self), String(decoding: bytes[end...], as: UTF8.self)]
    }

    @Test func yamlBetweenDashLines() {
        #expect(scan("---\ntitle: A\n---\nBody\n") == .found(.yaml, content: 4..<13, contentLine: 2, end: 17, bodyLine: 4))
        #expect(split("---\ntitle: A\n---\nBody\n") == ["YAML", "title: A\n", "Body\n"])
        #expect(split("---\n---\nBody") == ["YAML", "", "Body"])
    }

    @Test func yamlMayCloseWithDots() {
        #expect(split("---\ntitle: A\n...\nBody\n") == ["YAML", "title: A\n", "Body\n"])
        #expect(scan("+++\ntitle = 'A'\n...\n") == .unclosed(.toml, line: 1))
    }

    @Test func tomlBetweenPlusLines() {
        #expect(split("+++\ntitle = \"A\"\n+++\nBody\n") == ["TOML", "title = \"A\"\n", "Body\n"])
        #expect(scan("+++\ntitle = 'A'\n---\n") == .unclosed(.toml, line: 1))
    }

    @Test func aJSONObjectToItsMatchingBrace() {
        #expect(split("{\"title\": \"A\", \"x\": {\"y\": 1}}\nBody\n") == ["JSON", "{\"title\": \"A\", \"x\": {\"y\": 1}}", "Body\n"])
        // Braces and escaped quotes inside strings do not count.
        #expect(split("{\"title\": \"a } \\\" {\"}\nBody") == ["JSON", "{\"title\": \"a } \\\" {\"}", "Body"])
        // The rest of the closing brace's line belongs to the front matter.
        #expect(scan("{\"a\": 1}  \nBody") == .found(.json, content: 0..<8, contentLine: 1, end: 11, bodyLine: 2))
        #expect(split("{}") == ["JSON", "{}", ""])
    }

    /// Liquid's `{%` and `{{` start many Jekyll bodies; a JSON object starts with `{"` or `{}`.
    @Test func aBraceNotFollowedByAQuoteIsBody() {
        #expect(scan("{% raw %}\nx\n") == .none(decidedBy: 10))
        #expect(scan("{{ site.url }}") == .none(decidedBy: 14))
    }

    @Test func blankLinesMayComeFirst() {
        #expect(scan("\n  \n---\na: 1\n---\nB") == .found(.yaml, content: 8..<13, contentLine: 4, end: 17, bodyLine: 6))
        #expect(scan("\n\n{\"a\": 1}\n") == .found(.json, content: 2..<10, contentLine: 3, end: 11, bodyLine: 4))
    }

    @Test func aDelimiterIsThreeCharactersAndWhiteSpace() {
        #expect(split("--- \t\r\na: 1\n---  \r\nB") == ["YAML", "a: 1\n", "B"])
        #expect(scan("----\na: 1\n---\n") == .none(decidedBy: 5))
        #expect(scan("--- x\na: 1\n---\n") == .none(decidedBy: 6))
        #expect(scan("---\na: 1\n----\nb: 2\n--- x\n---\nB") == .found(.yaml, content: 4..<25, contentLine: 2, end: 29, bodyLine: 7))
    }

    @Test func aBlockNeverClosedSaysWhereItOpened() {
        #expect(scan("\n---\na: 1\n") == .unclosed(.yaml, line: 2))
        #expect(scan("{\"a\": {\"b\": 1}\n") == .unclosed(.json, line: 1))
    }

    @Test func withoutFrontMatterTheFirstLineDecides() {
        #expect(scan("# Title\n---\na: 1\n---\n") == .none(decidedBy: 8))
        #expect(scan("\n\nText") == .none(decidedBy: 6))
        #expect(scan("") == .none(decidedBy: 0))
    }

    /// What `PostReader` asks of a first read: enough bytes to tell, or more.
    @Test func partOfAFileMayNotTellYet() {
        #expect(scan("---\na: 1\n", complete: false) == .incomplete)
        #expect(scan("---", complete: false) == .incomplete)
        #expect(scan("{\"a\": 1}", complete: false) == .incomplete)
        #expect(scan("  ", complete: false) == .incomplete)
        #expect(scan("---\na: 1\n---\nBo", complete: false) == .found(.yaml, content: 4..<9, contentLine: 2, end: 13, bodyLine: 4))
        #expect(scan("Text", complete: false) == .incomplete)
        #expect(scan("Text\n", complete: false) == .none(decidedBy: 5))
    }

    @Test func aByteOrderMarkIsSkipped() {
        #expect(scan("\u{FEFF}---\na: 1\n---\n") == .found(.yaml, content: 7..<12, contentLine: 2, end: 16, bodyLine: 4))
    }

    /// Jekyll's rule (`YAML_FRONT_MATTER_REGEXP`), for its posts and pages alike:
    /// `---` on the very first line, YAML only.
    @Test func jekyllsRuleIsYAMLOnTheFirstLineOnly() {
        #expect(split("---\npermalink: /feed.xml\n---\n<rss>", rule: .jekyll) == ["YAML", "permalink: /feed.xml\n", "<rss>"])
        #expect(split("---\na: 1\n...\n<rss>", rule: .jekyll) == ["YAML", "a: 1\n", "<rss>"])
        #expect(scan("\n---\na: 1\n---\n<rss>", rule: .jekyll) == .none(decidedBy: 1))
        #expect(scan("+++\na = 1\n+++\n", rule: .jekyll) == .none(decidedBy: 4))
        #expect(scan("{\"version\": \"https://jsonfeed.org/version/1.1\"}\n", rule: .jekyll) == .none(decidedBy: 48))
        #expect(scan("---\na: 1\n", rule: .jekyll) == .unclosed(.yaml, line: 1))
    }

    /// `feedgen init` reads a site's hand-written feed by the same rule: Jekyll renders
    /// one whose front matter ends with `...` (it was taken for a static file, or none),
    /// and one whose first line is blank is copied as it is.
    @Test func aHandWrittenFeedIsSplitByJekyllsRule() {
        let rss = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel></channel></rss>\n"
        let dotted = ExistingFeeds.handWritten("---\npermalink: /news.xml\n...\n" + rss, file: "feed.xml", siteURL: "https://example.org", base: "")
        #expect(dotted.map { [$0.path, "\($0.isTemplate)"] } == ["/news.xml", "true"])
        let blankFirst = ExistingFeeds.handWritten("\n---\npermalink: /news.xml\n---\n" + rss, file: "feed.xml", siteURL: "https://example.org", base: "")
        #expect(blankFirst.map { [$0.path, "\($0.isTemplate)"] } == ["/feed.xml", "false"])
        #expect(ExistingFeeds.handWritten("---\npermalink: /news.xml\n" + rss, file: "feed.xml", siteURL: "https://example.org", base: "") == nil)
    }
}
