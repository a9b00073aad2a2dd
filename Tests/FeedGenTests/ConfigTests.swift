import Foundation
import Testing
import FeedGen
@testable import FeedSupport
@testable import SiteLoading

/// `ConfigLoader.parse`: every key's default, every key set, and the exact
/// diagnostic (path, line, column, message) for each kind of mistake.
@Suite struct ConfigTests {
    private let base = URL(fileURLWithPath: "/srv/site", isDirectory: true)

    private func parse(_ json: String) throws(ConfigError) -> SiteConfig {
        try ConfigLoader.parse(Array(json.utf8), path: "config.json", baseFolder: base)
    }

    /// The diagnostics of a config that must be refused.
    private func problems(_ json: String) -> [Diagnostic] {
        do {
            _ = try parse(json)
            return []
        } catch {
            return error.diagnostics
        }
    }

    private func error(_ line: Int, _ column: Int, _ message: String) -> Diagnostic {
        .error(SourceLocation(path: "config.json", line: line, column: column), message)
    }

    // MARK: - Defaults

    @Test func defaultsOfEveryKey() throws {
        let config = try parse(#"{"title": "Site", "url": "https://example.org"}"#)
        #expect(config.title == "Site")
        #expect(config.url == "https://example.org")
        #expect(config.description == "")
        #expect(config.language == "en")
        #expect(config.author == nil)
        #expect(config.authors == [:])
        #expect(config.postsFolder.path == "/srv/site/posts")
        #expect(config.outputFolder.path == "/srv/site/feeds")
        #expect(config.feedsURL == "https://example.org/feeds/")
        #expect(config.permalink == "/:year/:month/:day/:slug/")
        // Foundation on Linux names UTC "GMT"; the zone is the same.
        #expect(config.timeZone == TimeZone(identifier: "UTC")!)
        #expect(config.timeZone.secondsFromGMT(for: TestDates.instant("2024-07-01T00:00:00Z")) == 0)
        #expect(config.limit == 20)
        #expect(config.excerptOnly == false)
        #expect(config.excerptSeparator == nil)
        #expect(config.iconURL == nil)
        #expect(config.logoURL == nil)
        #expect(config.imageBase == "https://example.org")
        #expect(config.formats == [.atom, .rss, .json])
        #expect(config.fileNames == [.atom: "atom.xml", .rss: "rss.xml", .json: "feed.json"])
        #expect(config.ids == .permalink)
        #expect(config.selfURL(for: .atom) == "https://example.org/feeds/atom.xml")
        #expect(config.selfURL(for: .rss) == "https://example.org/feeds/rss.xml")
        #expect(config.selfURL(for: .json) == "https://example.org/feeds/feed.json")
    }

    @Test func trailingSlashOfTheSiteURLIsDropped() throws {
        let config = try parse(#"{"title": "Site", "url": "https://example.org/blog/"}"#)
        #expect(config.url == "https://example.org/blog")
        #expect(config.feedsURL == "https://example.org/blog/feeds/")
        #expect(config.origin == "https://example.org")
        #expect(config.basePath == "/blog")
    }

    // MARK: - Every key set

    @Test func everyKeySetExplicitly() throws {
        let config = try parse("""
            {
              "title": "My Site",
              "url": "https://example.org/blog/",
              "description": "About things",
              "language": "de-CH",
              "author": {"name": "Ann", "email": "ann@example.org", "url": "https://example.org/ann/"},
              "authors": {"bob": {"name": "Bob", "url": "https://bob.example.net/"}, "cy": "Cy Young"},
              "posts": "_posts",
              "output": "public/feeds",
              "feeds_url": "https://feeds.example.org/blog",
              "permalink": "/:categories/:title/",
              "timezone": "Europe/Berlin",
              "limit": 5,
              "excerpt_only": true,
              "excerpt_separator": "<!--more-->",
              "icon": "/favicon.ico",
              "logo": "https://cdn.example.org/logo.png",
              "image_base": "https://img.example.org/",
              "formats": ["json", "atom"],
              "files": {"atom": "index.atom", "json": "index.json"},
              "ids": "jekyll-feed"
            }
            """)
        #expect(config.title == "My Site")
        #expect(config.url == "https://example.org/blog")
        #expect(config.description == "About things")
        #expect(config.language == "de-CH")
        #expect(config.author == Person(name: "Ann", email: "ann@example.org", url: "https://example.org/ann/"))
        #expect(config.authors == ["bob": Person(name: "Bob", url: "https://bob.example.net/"), "cy": Person(name: "Cy Young")])
        #expect(config.postsFolder.path == "/srv/site/_posts")
        #expect(config.outputFolder.path == "/srv/site/public/feeds")
        #expect(config.feedsURL == "https://feeds.example.org/blog/")
        #expect(config.permalink == "/:categories/:title/")
        #expect(config.timeZone.identifier == "Europe/Berlin")
        #expect(config.limit == 5)
        #expect(config.excerptOnly == true)
        #expect(config.excerptSeparator == "<!--more-->")
        // Like Jekyll's absolute_url: below the site's base path.
        #expect(config.iconURL == "https://example.org/blog/favicon.ico")
        #expect(config.logoURL == "https://cdn.example.org/logo.png")
        #expect(config.imageBase == "https://img.example.org")
        #expect(config.formats == [.atom, .json])
        #expect(config.fileNames == [.atom: "index.atom", .rss: "rss.xml", .json: "index.json"])
        #expect(config.ids == .jekyllFeed)
        #expect(config.selfURL(for: .atom) == "https://feeds.example.org/blog/index.atom")
        #expect(config.selfURL(for: .json) == "https://feeds.example.org/blog/index.json")
    }

    @Test func languageNullMeansNoLanguage() throws {
        let config = try parse(#"{"title": "Site", "url": "https://example.org", "language": null}"#)
        #expect(config.language == nil)
    }

    @Test func blankLineSeparatorMeansTheDefaultExcerpt() throws {
        let config = try parse(#"{"title": "Site", "url": "https://example.org", "excerpt_separator": "\n\n"}"#)
        #expect(config.excerptSeparator == nil)
    }

    @Test func idsPermalinkSpelledOut() throws {
        let config = try parse(#"{"title": "Site", "url": "https://example.org", "ids": "permalink"}"#)
        #expect(config.ids == .permalink)
    }

    // MARK: - Named permalink styles (Jekyll's)

    @Test(arguments: [
        ("pretty", "/:categories/:year/:month/:day/:title/"),
        ("date", "/:categories/:year/:month/:day/:title:output_ext"),
        ("ordinal", "/:categories/:year/:y_day/:title:output_ext"),
        ("weekdate", "/:categories/:year/W:week/:short_day/:title:output_ext"),
        ("none", "/:categories/:title:output_ext"),
    ])
    func namedPermalinkStyleExpands(_ name: String, _ template: String) throws {
        let config = try parse(#"{"title": "Site", "url": "https://example.org", "permalink": "\#(name)"}"#)
        #expect(config.permalink == template)
    }

    @Test func relativePermalinkThatIsNoStyleIsRefused() {
        #expect(problems(#"{"title": "Site", "url": "https://example.org", "permalink": "posts/:title"}"#) == [
            error(1, 62, #""permalink" must start with "/" or be one of date, pretty, ordinal, none"#),
        ])
    }

    // MARK: - Errors

    @Test func unknownKeyWithDidYouMean() {
        let json = """
            {
              "titel": "My Site",
              "url": "https://example.org"
            }
            """
        #expect(problems(json) == [
            error(2, 12, #"unknown key "titel" (did you mean "title"?)"#),
            error(1, 1, #"missing required key "title""#),
        ])
    }

    @Test func unknownKeyNextToAValidConfig() {
        let json = """
            {
              "title": "My Site",
              "url": "https://example.org",
              "limt": 5
            }
            """
        #expect(problems(json) == [error(4, 11, #"unknown key "limt" (did you mean "limit"?)"#)])
    }

    @Test func unknownKeyWithNothingClose() {
        #expect(problems(#"{"title": "T", "url": "https://example.org", "frobnicate": 1}"#) == [
            error(1, 60, #"unknown key "frobnicate""#),
        ])
    }

    @Test func limitAsAString() {
        let json = """
            {
              "title": "My Site",
              "url": "https://example.org",
              "limit": "20"
            }
            """
        #expect(problems(json) == [error(4, 12, #""limit" must be a whole number of at least 1"#)])
    }

    @Test(arguments: ["0", "-3", "2.5", "true", "null"])
    func limitThatIsNoPositiveWholeNumber(_ value: String) {
        #expect(problems(#"{"title": "T", "url": "https://example.org", "limit": \#(value)}"#) == [
            error(1, 55, #""limit" must be a whole number of at least 1"#),
        ])
    }

    @Test func excerptOnlyAsAString() {
        #expect(problems(#"{"title": "T", "url": "https://example.org", "excerpt_only": "yes"}"#) == [
            error(1, 62, #""excerpt_only" must be true or false, not a string"#),
        ])
    }

    @Test func titleAsANumber() {
        #expect(problems(#"{"title": 7, "url": "https://example.org"}"#) == [
            error(1, 11, #""title" must be a string, not a number"#),
        ])
    }

    @Test func relativeURL() {
        let json = """
            {
              "title": "My Site",
              "url": "/blog"
            }
            """
        #expect(problems(json) == [
            error(3, 10, #""url" must be an absolute http or https URL such as "https://example.org", not "/blog""#),
        ])
    }

    @Test func urlWithAnotherScheme() {
        #expect(problems(#"{"title": "T", "url": "ftp://example.org"}"#) == [
            error(1, 23, #""url" must be an absolute http or https URL such as "https://example.org", not "ftp://example.org""#),
        ])
    }

    @Test func missingTitle() {
        #expect(problems(#"{"url": "https://example.org"}"#) == [error(1, 1, #"missing required key "title""#)])
    }

    @Test func missingURL() {
        #expect(problems(#"{"title": "T"}"#) == [error(1, 1, #"missing required key "url""#)])
    }

    @Test func emptyTitle() {
        #expect(problems(#"{"title": "  ", "url": "https://example.org"}"#) == [error(1, 11, #""title" must not be empty"#)])
    }

    @Test func configThatIsNotAnObject() {
        #expect(problems("[1, 2]") == [error(1, 1, "the config must be a JSON object, not an array")])
    }

    @Test func invalidJSONTrailingComma() {
        let json = """
            {
              "title": "My Site",
              "url": "https://example.org",
            }
            """
        #expect(problems(json) == [error(4, 1, "not valid JSON: a member name in double quotes was expected")])
    }

    @Test func invalidJSONMissingComma() {
        let json = """
            {
              "title": "My Site"
              "url": "https://example.org"
            }
            """
        #expect(problems(json) == [error(3, 3, "not valid JSON: ',' or '}' was expected")])
    }

    @Test func invalidJSONUnterminatedString() {
        #expect(problems("{\"title\": \"My Site") == [error(1, 19, "not valid JSON: unterminated string")])
    }

    @Test func unknownTimeZone() {
        let json = """
            {
              "title": "My Site",
              "url": "https://example.org",
              "timezone": "Europe/Berlinn"
            }
            """
        #expect(problems(json) == [
            error(4, 15, #""timezone" "Europe/Berlinn" is not an IANA time zone name such as "Europe/Berlin""#),
        ])
    }

    @Test func unknownFormatWithDidYouMean() {
        #expect(problems(#"{"title": "T", "url": "https://example.org", "formats": ["atom", "rs"]}"#) == [
            error(1, 66, #"unknown format "rs" in "formats" (did you mean "rss"?); known: atom, rss, json"#),
        ])
    }

    @Test func fileNameWithASlash() {
        #expect(problems(#"{"title": "T", "url": "https://example.org", "files": {"rss": "a/rss.xml"}}"#) == [
            error(1, 63, #""files.rss" must be a plain file name such as "rss.xml""#),
        ])
    }

    @Test func twoFormatsWrittenToOneFile() {
        #expect(problems(#"{"title": "T", "url": "https://example.org", "files": {"rss": "atom.xml"}}"#) == [
            error(1, 55, "two formats are written to the same file name"),
        ])
    }

    @Test func authorWithUnknownField() {
        #expect(problems(#"{"title": "T", "url": "https://example.org", "author": {"name": "A", "mail": "a@b.c"}}"#) == [
            error(1, 78, #"unknown key "author.mail" (did you mean "email"?)"#),
        ])
    }

    @Test func relativeFeedsURL() {
        #expect(problems(#"{"title": "T", "url": "https://example.org", "feeds_url": "/feeds/"}"#) == [
            error(1, 59, #""feeds_url" must be an absolute http or https URL, not "/feeds/""#),
        ])
    }

    @Test func emptyExcerptSeparator() {
        #expect(problems(#"{"title": "T", "url": "https://example.org", "excerpt_separator": ""}"#) == [
            error(1, 67, #""excerpt_separator" must not be empty"#),
        ])
    }

    @Test func unknownIDStyle() {
        #expect(problems(#"{"title": "T", "url": "https://example.org", "ids": "jekyll"}"#) == [
            error(1, 53, #""ids" must be one of "permalink", "jekyll-feed""#),
        ])
    }

    @Test func unknownTitleStyle() {
        #expect(problems(#"{"title": "T", "url": "https://example.org", "titles": "smart"}"#) == [
            error(1, 56, #""titles" must be one of "smartify", "as_written""#),
        ])
    }

    /// `titles` unset follows the dialect (jekyll-feed's smartified titles on a kramdown site); set, it wins.
    @Test func titleStyles() throws {
        #expect(try parse(#"{"title": "S", "url": "https://example.org"}"#).smartifiesTitles == false)
        #expect(try parse(#"{"title": "S", "url": "https://example.org", "markdown": "kramdown"}"#).smartifiesTitles == true)
        #expect(try parse(#"{"title": "S", "url": "https://example.org", "markdown": "kramdown", "titles": "as_written"}"#).smartifiesTitles == false)
        #expect(try parse(#"{"title": "S", "url": "https://example.org", "titles": "smartify"}"#).smartifiesTitles == true)
    }

    @Test func authorsThatIsAList() {
        #expect(problems(#"{"title": "T", "url": "https://example.org", "authors": []}"#) == [
            error(1, 57, #""authors" must be an object that maps keys to people, not an array"#),
        ])
    }

    @Test func authorWithARelativeURL() {
        #expect(problems(#"{"title": "T", "url": "https://example.org", "author": {"name": "A", "url": "/about"}}"#) == [
            error(1, 56, #""author.url" must be an absolute http or https URL, not "/about""#),
        ])
    }

    @Test func duplicateKey() {
        #expect(problems(#"{"title": "T", "url": "https://example.org", "title": "U"}"#) == [
            error(1, 55, #"key "title" appears twice"#),
        ])
    }

    /// The product promises every problem in one run; a missing title must
    /// not hide the other mistakes in the same file. (Compared as sets: the
    /// order of the messages is not what this test is about.)
    @Test func everyProblemIsReportedEvenWhenTheTitleIsMissing() {
        let json = """
            {
              "url": "https://example.org",
              "limit": "many",
              "timezone": "Mars/Olympus"
            }
            """
        #expect(Set(problems(json)) == [
            error(1, 1, #"missing required key "title""#),
            error(3, 12, #""limit" must be a whole number of at least 1"#),
            error(4, 15, #""timezone" "Mars/Olympus" is not an IANA time zone name such as "Europe/Berlin""#),
        ])
    }

    @Test func everyProblemIsReportedInOneRun() {
        let json = """
            {
              "title": "My Site",
              "url": "https://example.org",
              "limit": "many",
              "timezone": "Mars/Olympus"
            }
            """
        #expect(Set(problems(json)) == [
            error(4, 12, #""limit" must be a whole number of at least 1"#),
            error(5, 15, #""timezone" "Mars/Olympus" is not an IANA time zone name such as "Europe/Berlin""#),
        ])
    }

    // MARK: - Translations

    /// Each translation is the config with the keys it gives replaced, whole.
    @Test func translationsReplaceKeys() throws {
        let config = try parse("""
            {"title": "Letters", "url": "https://example.org", "author": "Ann", "output": "public", "limit": 5,
             "hugo": {"section": "post", "permalinks": {"post": "/:slug/"}},
             "translations": {"de": {"title": "Briefe", "author": null, "output": "public/de", "hugo": {"section": "post", "language": "de"}}}}
            """)
        #expect(config.translations.map(\.name) == ["de"])
        let german = try #require(config.translations.first?.config)
        #expect(german.title == "Briefe")
        #expect(german.author == nil)
        #expect(german.limit == 5)
        #expect(german.outputFolder.path == "/srv/site/public/de")
        #expect(german.hugo?.language == "de")
        #expect(german.hugo?.languagePrefix == "/de")
        #expect(german.hugo?.permalinks == [:])
        #expect(german.fingerprint != config.fingerprint)
        #expect(config.author == Person(name: "Ann"))
    }

    @Test func translationProblemsNameTheirLine() {
        let json = """
            {"title": "T", "url": "https://example.org", "output": "public",
             "translations": {
               "de": {"titel": "Briefe", "output": "public/de"},
               "fr": {"output": "public"},
               "it": ["x"]
             }}
            """
        #expect(problems(json) == [
            error(3, 20, #"unknown key "titel" (did you mean "title"?)"#),
            error(4, 21, #""translations.fr" would publish into the main feed's folder /srv/site/public; give it an "output" of its own"#),
            error(5, 10, #""translations.it" must be an object of the config keys it replaces, not an array"#),
        ])
    }
}
