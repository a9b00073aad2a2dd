import Testing
@testable import FeedSupport
@testable import SiteLoading

/// Every config message, word for word as feedgen printed it before the
/// messages were gathered in `ConfigReason`: a changed word is a changed
/// line in a user's terminal, in cron's mail and in scripts that grep it.
@Suite struct ConfigReasonTests {
    static let table: [(ConfigReason, String)] = [
        (.cannotReadConfig("No such file or directory"), "cannot read the config file: No such file or directory"),
        (.cannotReadJekyllConfig, "cannot read the Jekyll config"),
        (.cannotReadHugoConfig, "cannot read the Hugo config"),
        (.cannotReadAuthorsFile, "cannot read the authors file"),
        (.notValid(language: "YAML", "did not find expected key"), "not valid YAML: did not find expected key"),
        (.notValid(language: "JSON", "',' or '}' was expected"), "not valid JSON: ',' or '}' was expected"),
        (.noConfig, "no config.json here, and no Jekyll _config.yml or Hugo config to read instead; feedgen init writes one"),
        (.jekyllConfigNotAMap, "_config.yml must be a map of settings"),
        (.duplicateJekyllKey("exclude", countingLine: 9), "duplicate key \"exclude\"; the one on line 9 counts, as Jekyll reads it"),
        (.hugoConfigNotAMap, "the Hugo config must be a map of settings"),
        (.authorsFileNotAMap, "the authors file must map author keys to people"),
        (.authorWithoutName("ann"), "author \"ann\" needs a \"name\""),
        (.starterNotAMap, "_config.yml is not a map of settings"),
        (.starterNoURL, "no absolute \"url\" (such as https://example.com), and no CNAME file to take the domain from; add url: to _config.yml, so that feeds do not link to a placeholder address"),
        (.starterExists, "already exists; feedgen init --force overwrites it"),
        (.kramdownOptionNotApplied(key: "syntax_highlighter", value: "rouge"),
         "kramdown option syntax_highlighter: rouge is not applied by feedgen; feeds are rendered as with Jekyll's default"),
        (.kramdownOptionNotApplied(key: "footnote_nr", value: ""), "kramdown option footnote_nr: (empty) is not applied by feedgen; feeds are rendered as with Jekyll's default"),
        (.configNotAnObject(type: "an array"), "the config must be a JSON object, not an array"),
        (.unknownKey("titel", suggestion: "title"), "unknown key \"titel\" (did you mean \"title\"?)"),
        (.unknownKey("hugo.zzz", suggestion: nil), "unknown key \"hugo.zzz\""),
        (.keyTwice("title"), "key \"title\" appears twice"),
        (.missingKey("url"), "missing required key \"url\""),
        (.empty("title"), "\"title\" must not be empty"),
        (.notAString("posts", type: "a number"), "\"posts\" must be a string, not a number"),
        (.notABoolean("excerpt_only", type: "a string"), "\"excerpt_only\" must be true or false, not a string"),
        (.notOneOf("ids", ["permalink", "jekyll-feed"]), "\"ids\" must be one of \"permalink\", \"jekyll-feed\""),
        (.notWholeNumberFromOne("limit"), "\"limit\" must be a whole number of at least 1"),
        (.notAbsoluteURL("feeds_url", url: "/feeds/"), "\"feeds_url\" must be an absolute http or https URL, not \"/feeds/\""),
        (.siteURLNotAbsolute("example.org"), "\"url\" must be an absolute http or https URL such as \"https://example.org\", not \"example.org\""),
        (.authorsFileMissing("authors.yml"), "\"authors_file\" \"authors.yml\" does not exist"),
        (.authorsNotAnObject(type: "an array"), "\"authors\" must be an object that maps keys to people, not an array"),
        (.permalinkPattern, "\"permalink\" must start with \"/\" or be one of date, pretty, ordinal, none"),
        (.unknownTimeZone("Mars/Base"), "\"timezone\" \"Mars/Base\" is not an IANA time zone name such as \"Europe/Berlin\""),
        (.hubNotAbsolute, "each of \"hubs\" must be an absolute http or https URL, such as \"https://pubsubhubbub.appspot.com/\""),
        (.hubsNotAList(type: "a string"), "\"hubs\" must be a list of URLs, not a string"),
        (.maxBytes, "\"max_bytes\" must be a whole number of bytes, at least 1024"),
        (.namesNotAList("tag_feeds", type: "a string"), "\"tag_feeds\" must be a list of names or true, not a string"),
        (.namesNotAList("category_feeds", type: "a string"), "\"category_feeds\" must be a list of names, not a string"),
        (.notAFileNameEach("category_feeds"), "each of \"category_feeds\" must be a name that can be a file name"),
        (.archivesNotValid(type: "a string"), "\"archives\" must be true, false or {\"page_size\": N}, not a string"),
        (.formatsNotAList(known: ["atom", "rss", "json"]), "\"formats\" must be a non-empty list drawn from atom, rss, json"),
        (.unknownFormat(written: "\"atm\"", suggestion: "atom", known: ["atom", "rss", "json"]),
         "unknown format \"atm\" in \"formats\" (did you mean \"atom\"?); known: atom, rss, json"),
        (.unknownFormat(written: "a number", suggestion: nil, known: ["atom", "rss", "json"]), "unknown format a number in \"formats\"; known: atom, rss, json"),
        (.filesNotAnObject(type: "an array"), "\"files\" must be an object such as {\"atom\": \"atom.xml\"}, not an array"),
        (.notAFileName("files.atom", example: "atom.xml"), "\"files.atom\" must be a plain file name such as \"atom.xml\""),
        (.sameFileName, "two formats are written to the same file name"),
        (.notAPerson("author", type: "a number"), "\"author\" must be a name or an object with \"name\", \"email\" and \"url\", not a number"),
        (.personWithoutName("authors.ann"), "\"authors.ann\" needs a \"name\""),
        (.translationsNotAnObject(type: "an array"), "\"translations\" must be an object of names and the keys each replaces, not an array"),
        (.translationNotAnObject("de", type: "a string"), "\"translations.de\" must be an object of the config keys it replaces, not a string"),
        (.translationNested("de"), "\"translations.de\" cannot have translations of its own"),
        (.translationSharesFolder("de", with: "the main feed's", folder: "feeds"),
         "\"translations.de\" would publish into the main feed's folder feeds; give it an \"output\" of its own"),
        (.hugoNotAnObject(type: "a string"), "\"hugo\" must be an object, not a string"),
        (.hugoSection, "\"hugo.section\" must be the name of a folder in the content folder, or \"\" for every page"),
        (.hugoPermalinksNotAnObject(type: "a string"), "\"hugo.permalinks\" must be an object of section names and patterns, not a string"),
        (.hugoSummaryLength, "\"hugo.summary_length\" must be a whole number of words"),
        (.hugoTaxonomies, "\"hugo.taxonomies\" must be a list of taxonomy names (plural, as in front matter)"),
        (.hugoDefaultLanguage, "\"hugo.default_language\" must be a language code such as \"en\""),
        (.hugoLanguage("hugo.language"), "\"hugo.language\" must be a language code such as \"de\" (a key of Hugo's languages)"),
        (.hugoOtherLanguages, "\"hugo.other_languages\" must be a list of language codes"),
        (.hugoUglyURLs(type: "a string"), "\"hugo.ugly_urls\" must be true or false, or an object of sections and true or false, not a string"),
        (.hugoDatesNotAnObject(dates: ["date", "publishdate", "lastmod", "expirydate"], type: "a string"),
         "\"hugo.frontmatter\" must be an object of dates (date, publishdate, lastmod, expirydate) and their sources, not a string"),
        (.hugoUnknownDate("modified", dates: ["date", "publishdate", "lastmod", "expirydate"]),
         "unknown date \"hugo.frontmatter.modified\"; Hugo's are date, publishdate, lastmod, expirydate"),
        (.hugoDateSources("date"), "\"hugo.frontmatter.date\" must be a list of sources such as [\":filename\", \":default\"]"),
        (.hugoIgnoreFiles, "\"hugo.ignore_files\" must be a list of regular expressions"),
        (.notARegularExpression("hugo.ignore_files", pattern: "("), "\"hugo.ignore_files\": \"(\" is not a regular expression"),
    ]

    @Test func everyMessageWordForWord() {
        for (reason, text) in Self.table {
            #expect(reason.message == text)
        }
    }
}
