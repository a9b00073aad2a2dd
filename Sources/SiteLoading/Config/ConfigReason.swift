import FeedSupport

/// Every problem feedgen reports about a site's settings: config.json (its
/// keys, "hugo", "translations", people), `_config.yml`, Hugo's config, the
/// authors file and what `init` cannot translate. A key is named as
/// config.json spells it (`hugo.section`, `authors.ann.url`).
package enum ConfigReason: DiagnosticReason, Equatable {
    // Reading the files.
    case cannotReadConfig(String)
    case cannotReadJekyllConfig
    case cannotReadHugoConfig
    case cannotReadAuthorsFile
    /// The file's syntax, with the parser's words: `language` is JSON, YAML or TOML.
    case notValid(language: String, String)
    case noConfig
    case jekyllConfigNotAMap
    case duplicateJekyllKey(String, countingLine: Int)
    case hugoConfigNotAMap
    case authorsFileNotAMap
    case authorWithoutName(String)
    /// `init`: what it cannot translate from `_config.yml`.
    case starterNotAMap
    case starterNoURL
    case starterExists
    case kramdownOptionNotApplied(key: String, value: String)

    // config.json's keys.
    case configNotAnObject(type: String)
    case unknownKey(String, suggestion: String?)
    case keyTwice(String)
    case missingKey(String)
    case empty(String)
    case notAString(String, type: String)
    case notABoolean(String, type: String)
    case notOneOf(String, [String])
    case notWholeNumberFromOne(String)
    case notAbsoluteURL(String, url: String)
    case siteURLNotAbsolute(String)
    case authorsFileMissing(String)
    case authorsNotAnObject(type: String)
    case permalinkPattern
    case unknownTimeZone(String)
    case hubNotAbsolute
    case hubsNotAList(type: String)
    case maxBytes
    case namesNotAList(String, type: String)
    case notAFileNameEach(String)
    case archivesNotValid(type: String)
    case formatsNotAList(known: [String])
    /// `written` is the element as the message shows it: a quoted name, or its JSON type.
    case unknownFormat(written: String, suggestion: String?, known: [String])
    case filesNotAnObject(type: String)
    case notAFileName(String, example: String)
    case sameFileName
    case notAPerson(String, type: String)
    case personWithoutName(String)

    // "translations".
    case translationsNotAnObject(type: String)
    case translationNotAnObject(String, type: String)
    case translationNested(String)
    case translationSharesFolder(String, with: String, folder: String)

    // "hugo".
    case hugoNotAnObject(type: String)
    case hugoSection
    case hugoPermalinksNotAnObject(type: String)
    case hugoSummaryLength
    case hugoTaxonomies
    case hugoDefaultLanguage
    case hugoLanguage(String)
    case hugoOtherLanguages
    case hugoUglyURLs(type: String)
    case hugoDatesNotAnObject(dates: [String], type: String)
    case hugoUnknownDate(String, dates: [String])
    case hugoDateSources(String)
    case hugoIgnoreFiles
    case notARegularExpression(String, pattern: String)

    package var message: String {
        switch self {
        case .cannotReadConfig(let why): "cannot read the config file: \(why)"
        case .cannotReadJekyllConfig: "cannot read the Jekyll config"
        case .cannotReadHugoConfig: "cannot read the Hugo config"
        case .cannotReadAuthorsFile: "cannot read the authors file"
        case .notValid(let language, let why): "not valid \(language): \(why)"
        case .noConfig: "no config.json here, and no Jekyll _config.yml or Hugo config to read instead; feedgen init writes one"
        case .jekyllConfigNotAMap: "_config.yml must be a map of settings"
        case .duplicateJekyllKey(let key, let line): "duplicate key \"\(key)\"; the one on line \(line) counts, as Jekyll reads it"
        case .hugoConfigNotAMap: "the Hugo config must be a map of settings"
        case .authorsFileNotAMap: "the authors file must map author keys to people"
        case .authorWithoutName(let key): "author \"\(key)\" needs a \"name\""
        case .starterNotAMap: "_config.yml is not a map of settings"
        case .starterNoURL:
            "no absolute \"url\" (such as https://example.com), and no CNAME file to take the domain from; add url: to _config.yml, so that feeds do not link to a placeholder address"
        case .starterExists: "already exists; feedgen init --force overwrites it"
        case .kramdownOptionNotApplied(let key, let value):
            "kramdown option \(key): \(value.isEmpty ? "(empty)" : value) is not applied by feedgen; feeds are rendered as with Jekyll's default"

        case .configNotAnObject(let type): "the config must be a JSON object, not \(type)"
        case .unknownKey(let key, let suggestion): "unknown key \"\(key)\"\(didYouMean(suggestion))"
        case .keyTwice(let key): "key \"\(key)\" appears twice"
        case .missingKey(let key): "missing required key \"\(key)\""
        case .empty(let key): "\"\(key)\" must not be empty"
        case .notAString(let key, let type): "\"\(key)\" must be a string, not \(type)"
        case .notABoolean(let key, let type): "\"\(key)\" must be true or false, not \(type)"
        case .notOneOf(let key, let values): "\"\(key)\" must be one of \(values.map { "\"\($0)\"" }.joined(separator: ", "))"
        case .notWholeNumberFromOne(let key): "\"\(key)\" must be a whole number of at least 1"
        case .notAbsoluteURL(let key, let url): "\"\(key)\" must be an absolute http or https URL, not \"\(url)\""
        case .siteURLNotAbsolute(let url): "\"url\" must be an absolute http or https URL such as \"https://example.org\", not \"\(url)\""
        case .authorsFileMissing(let file): "\"authors_file\" \"\(file)\" does not exist"
        case .authorsNotAnObject(let type): "\"authors\" must be an object that maps keys to people, not \(type)"
        case .permalinkPattern: "\"permalink\" must start with \"/\" or be one of date, pretty, ordinal, none"
        case .unknownTimeZone(let name): "\"timezone\" \"\(name)\" is not an IANA time zone name such as \"Europe/Berlin\""
        case .hubNotAbsolute: "each of \"hubs\" must be an absolute http or https URL, such as \"https://pubsubhubbub.appspot.com/\""
        case .hubsNotAList(let type): "\"hubs\" must be a list of URLs, not \(type)"
        case .maxBytes: "\"max_bytes\" must be a whole number of bytes, at least 1024"
        case .namesNotAList(let key, let type): "\"\(key)\" must be a list of names\(key == "tag_feeds" ? " or true" : ""), not \(type)"
        case .notAFileNameEach(let key): "each of \"\(key)\" must be a name that can be a file name"
        case .archivesNotValid(let type): "\"archives\" must be true, false or {\"page_size\": N}, not \(type)"
        case .formatsNotAList(let known): "\"formats\" must be a non-empty list drawn from \(known.joined(separator: ", "))"
        case .unknownFormat(let written, let suggestion, let known):
            "unknown format \(written) in \"formats\"\(didYouMean(suggestion)); known: \(known.joined(separator: ", "))"
        case .filesNotAnObject(let type): "\"files\" must be an object such as {\"atom\": \"atom.xml\"}, not \(type)"
        case .notAFileName(let key, let example): "\"\(key)\" must be a plain file name such as \"\(example)\""
        case .sameFileName: "two formats are written to the same file name"
        case .notAPerson(let key, let type): "\"\(key)\" must be a name or an object with \"name\", \"email\" and \"url\", not \(type)"
        case .personWithoutName(let key): "\"\(key)\" needs a \"name\""

        case .translationsNotAnObject(let type): "\"translations\" must be an object of names and the keys each replaces, not \(type)"
        case .translationNotAnObject(let name, let type): "\"translations.\(name)\" must be an object of the config keys it replaces, not \(type)"
        case .translationNested(let name): "\"translations.\(name)\" cannot have translations of its own"
        case .translationSharesFolder(let name, let other, let folder):
            "\"translations.\(name)\" would publish into \(other) folder \(folder); give it an \"output\" of its own"

        case .hugoNotAnObject(let type): "\"hugo\" must be an object, not \(type)"
        case .hugoSection: "\"hugo.section\" must be the name of a folder in the content folder, or \"\" for every page"
        case .hugoPermalinksNotAnObject(let type): "\"hugo.permalinks\" must be an object of section names and patterns, not \(type)"
        case .hugoSummaryLength: "\"hugo.summary_length\" must be a whole number of words"
        case .hugoTaxonomies: "\"hugo.taxonomies\" must be a list of taxonomy names (plural, as in front matter)"
        case .hugoDefaultLanguage: "\"hugo.default_language\" must be a language code such as \"en\""
        case .hugoLanguage(let key): "\"\(key)\" must be a language code such as \"de\" (a key of Hugo's languages)"
        case .hugoOtherLanguages: "\"hugo.other_languages\" must be a list of language codes"
        case .hugoUglyURLs(let type): "\"hugo.ugly_urls\" must be true or false, or an object of sections and true or false, not \(type)"
        case .hugoDatesNotAnObject(let dates, let type):
            "\"hugo.frontmatter\" must be an object of dates (\(dates.joined(separator: ", "))) and their sources, not \(type)"
        case .hugoUnknownDate(let name, let dates): "unknown date \"hugo.frontmatter.\(name)\"; Hugo's are \(dates.joined(separator: ", "))"
        case .hugoDateSources(let name): "\"hugo.frontmatter.\(name)\" must be a list of sources such as [\":filename\", \":default\"]"
        case .hugoIgnoreFiles: "\"hugo.ignore_files\" must be a list of regular expressions"
        case .notARegularExpression(let key, let pattern): "\"\(key)\": \"\(pattern)\" is not a regular expression"
        }
    }
}
