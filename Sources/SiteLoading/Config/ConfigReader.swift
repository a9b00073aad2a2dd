import FeedModel
import FeedSupport
import Foundation

/// Turns the parsed config.json into a `SiteConfig`, one key at a time,
/// collecting a diagnostic for each key that is wrong.
struct ConfigReader {
    let path: String
    let root: JSONValue
    private(set) var problems: [Diagnostic] = []

    init(path: String, root: JSONValue) {
        self.path = path
        self.root = root
    }

    private mutating func fail(_ value: JSONValue, _ reason: ConfigReason) {
        problems.append(.error(SourceLocation(path: path, line: value.line, column: value.column), reason))
    }

    mutating func read(baseFolder: URL) -> SiteConfig? {
        guard let members = root.members else {
            fail(root, .configNotAnObject(type: root.typeName))
            return nil
        }
        var seen = Set<String>()
        for (key, value) in members {
            if !ConfigLoader.keys.contains(key) {
                fail(value, .unknownKey(key, suggestion: suggestion(for: key, among: ConfigLoader.keys)))
            } else if !seen.insert(key).inserted {
                fail(value, .keyTwice(key))
            }
        }

        // Without a title or url the config is refused, but every other key is still checked.
        let title = requiredString("title") ?? ""
        let url = siteURL() ?? "https://example.invalid"
        let posts = string("posts") ?? "posts"
        let output = string("output") ?? "feeds"

        var config = SiteConfig(
            title: title, url: url,
            postsFolder: URL(fileURLWithPath: posts, relativeTo: baseFolder),
            outputFolder: URL(fileURLWithPath: output, relativeTo: baseFolder)
        )
        config.siteFolder = baseFolder
        if let description = string("description") { config.description = description }
        if let language = root["language"] {
            config.language = language.kind.isNull ? nil : string("language")
        }
        // null: no author, as a translation may say of a site that has one.
        if let author = root["author"], !author.kind.isNull { config.author = person(author, key: "author") }
        if let file = string("authors_file"), let value = root["authors_file"] {
            let url = URL(fileURLWithPath: file, relativeTo: baseFolder)
            if FileManager.default.fileExists(atPath: url.path) {
                let (authors, problems) = AuthorsFile.read(url)
                config.authors.merge(authors) { _, fromFile in fromFile }
                self.problems += problems
            } else {
                fail(value, .authorsFileMissing(file))
            }
        }
        // Authors written in config.json win over those of the authors file.
        if let authors = root["authors"] {
            if let members = authors.members {
                for (key, value) in members {
                    if let person = person(value, key: "authors.\(key)") { config.authors[key] = person }
                }
            } else {
                fail(authors, .authorsNotAnObject(type: authors.typeName))
            }
        }
        if let feedsURL = absoluteURL("feeds_url") {
            config.feedsURL = feedsURL.hasSuffix("/") ? feedsURL : feedsURL + "/"
        }
        if let permalink = string("permalink") {
            if let expanded = PermalinkPattern.namedStyles[permalink] {
                config.permalink = expanded
            } else if permalink.hasPrefix("/") {
                config.permalink = permalink
            } else if let value = root["permalink"] {
                fail(value, .permalinkPattern)
            }
        }
        if let name = string("timezone") {
            if let zone = TimeZone(identifier: name) {
                config.timeZone = zone
            } else if let value = root["timezone"] {
                fail(value, .unknownTimeZone(name))
            }
        }
        if let value = root["limit"] {
            if case .number(let number) = value.kind, number >= 1, number == number.rounded(), number <= 1_000_000 {
                config.limit = Int(number)
            } else {
                fail(value, .notWholeNumberFromOne("limit"))
            }
        }
        if let value = root["archives"] { config.archivePageSize = archivePageSize(value, limit: config.limit) }
        if let value = root["hubs"] {
            if let elements = value.elements {
                for element in elements {
                    if let hub = element.string, AbsoluteURL.isAbsoluteHTTP(hub) {
                        if !config.hubs.contains(hub) { config.hubs.append(hub) }
                    } else {
                        fail(element, .hubNotAbsolute)
                    }
                }
            } else {
                fail(value, .hubsNotAList(type: value.typeName))
            }
        }
        if let value = root["max_bytes"] {
            if case .number(let number) = value.kind, number >= 1024, number == number.rounded(), number <= 1e12 {
                config.maxBytes = Int(number)
            } else {
                fail(value, .maxBytes)
            }
        }
        if let value = root["excerpt_only"] {
            if case .bool(let flag) = value.kind { config.excerptOnly = flag } else {
                fail(value, .notABoolean("excerpt_only", type: value.typeName))
            }
        }
        if let separator = string("excerpt_separator") {
            if separator.isEmpty, let value = root["excerpt_separator"] {
                fail(value, .empty("excerpt_separator"))
            } else {
                config.excerptSeparator = separator == "\n\n" ? nil : separator
            }
        }
        config.iconURL = siteRelativeURL("icon", site: url)
        config.logoURL = siteRelativeURL("logo", site: url)
        if let base = siteRelativeURL("image_base", site: url) {
            config.imageBase = base.hasSuffix("/") ? String(base.dropLast()) : base
        }
        if let value = root["formats"] { config.formats = formats(value) }
        if let value = root["files"] { fileNames(value, into: &config) }
        config.categoryFeeds = names("category_feeds")
        if let value = root["tag_feeds"], case .bool(let every) = value.kind {
            config.everyTagFeed = every
        } else {
            config.tagFeeds = names("tag_feeds")
        }
        if let dialect = string("markdown") {
            if let markdown = SiteConfig.MarkdownDialect(rawValue: dialect) { config.markdown = markdown } else if let value = root["markdown"] {
                fail(value, .notOneOf("markdown", SiteConfig.MarkdownDialect.allCases.map(\.rawValue)))
            }
        }
        if let style = string("ids") {
            if let ids = SiteConfig.IDStyle(rawValue: style) { config.ids = ids } else if let value = root["ids"] {
                fail(value, .notOneOf("ids", SiteConfig.IDStyle.allCases.map(\.rawValue)))
            }
        }
        if let style = string("titles") {
            if let titles = SiteConfig.TitleStyle(rawValue: style) { config.titles = titles } else if let value = root["titles"] {
                fail(value, .notOneOf("titles", SiteConfig.TitleStyle.allCases.map(\.rawValue)))
            }
        }
        if let value = root["hugo"] { config.hugo = hugo(value, content: config.postsFolder) }
        if let hugo = config.hugo, !hugo.section.isEmpty {
            config.postsFolder = config.postsFolder.appendingPathComponent(hugo.section)
        }
        return config
    }

    /// `"translations": {"de": {…}}`: the same site in other languages, each
    /// this config with the keys it gives replaced (whole: a `hugo` given is
    /// the translation's whole `hugo`), and an output folder of its own.
    mutating func translations(of main: SiteConfig, baseFolder: URL) -> [(String, SiteConfig)] {
        guard let value = root["translations"] else { return [] }
        guard let entries = value.members else {
            fail(value, .translationsNotAnObject(type: value.typeName))
            return []
        }
        var result: [(String, SiteConfig)] = []
        var folders = [main.outputFolder.standardizedFileURL.path: "the main feed's"]
        for (name, overlay) in entries {
            guard let keys = overlay.members else {
                fail(overlay, .translationNotAnObject(name, type: overlay.typeName))
                continue
            }
            if let nested = overlay["translations"] {
                fail(nested, .translationNested(name))
                continue
            }
            let replaced = Set(keys.map(\.key))
            let members = (root.members ?? []).filter { $0.key != "translations" && !replaced.contains($0.key) } + keys
            var reader = ConfigReader(path: path, root: JSONValue(kind: .object(members), line: overlay.line, column: overlay.column))
            let translated = reader.read(baseFolder: baseFolder)
            problems += reader.problems
            guard let translated, !reader.problems.hasErrors else { continue }
            let folder = translated.outputFolder.standardizedFileURL.path
            if let other = folders[folder] {
                fail(overlay["output"] ?? overlay, .translationSharesFolder(name, with: other, folder: DisplayPath.of(translated.outputFolder)))
                continue
            }
            folders[folder] = "translations.\(name)'s"
            result.append((name, translated))
        }
        return result
    }

    static let hugoKeys = ["section", "permalinks", "summary_length", "taxonomies", "ugly_urls", "unsafe", "default_language", "other_languages",
                           "language", "unmarked_language", "default_language_in_subdir", "disable_path_to_lower", "remove_path_accents", "canonify_urls", "frontmatter",
                           "build_future", "build_drafts", "build_expired", "ignore_files", "has_cjk_language", "multihost", "summary_from_description"]

    /// `"hugo": {…}`: a Hugo site, whose `posts` folder is its `content/`.
    private mutating func hugo(_ value: JSONValue, content: URL) -> SiteConfig.HugoSite? {
        guard let members = value.members else {
            fail(value, .hugoNotAnObject(type: value.typeName))
            return nil
        }
        var site = SiteConfig.HugoSite(section: "")
        var sectionGiven = false
        for (key, member) in members {
            switch key {
            case "section":
                guard let section = member.string, !section.contains("/"), section != "..", section != "." else {
                    fail(member, .hugoSection)
                    continue
                }
                site.section = section
                sectionGiven = true
            case "permalinks":
                guard let patterns = member.members else {
                    fail(member, .hugoPermalinksNotAnObject(type: member.typeName))
                    continue
                }
                for (section, pattern) in patterns {
                    guard let text = pattern.string else {
                        fail(pattern, .notAString("hugo.permalinks.\(section)", type: pattern.typeName))
                        continue
                    }
                    site.permalinks[section.lowercased()] = text
                }
            case "summary_length":
                guard case .number(let number) = member.kind, number >= 0, number == number.rounded(), number <= 100_000 else {
                    fail(member, .hugoSummaryLength)
                    continue
                }
                site.summaryLength = Int(number)
            case "taxonomies":
                guard let names = member.elements?.compactMap(\.string), names.count == member.elements?.count else {
                    fail(member, .hugoTaxonomies)
                    continue
                }
                site.taxonomies = names.map { $0.lowercased() }
            case "default_language":
                guard let language = member.string, !language.isEmpty else {
                    fail(member, .hugoDefaultLanguage)
                    continue
                }
                site.defaultLanguage = language.lowercased()
            case "language", "unmarked_language":
                guard let language = member.string, !language.isEmpty, !language.contains("/") else {
                    fail(member, .hugoLanguage("hugo.\(key)"))
                    continue
                }
                if key == "language" { site.feedLanguage = language.lowercased() } else { site.unmarkedLanguage = language.lowercased() }
            case "default_language_in_subdir":
                guard case .bool(let flag) = member.kind else {
                    fail(member, .notABoolean("hugo.default_language_in_subdir", type: member.typeName))
                    continue
                }
                site.defaultLanguageInSubdir = flag
            case "other_languages":
                guard let names = member.elements?.compactMap(\.string), names.count == member.elements?.count else {
                    fail(member, .hugoOtherLanguages)
                    continue
                }
                site.otherLanguages = names.map { $0.lowercased() }
            case "ugly_urls":
                if case .bool(let flag) = member.kind {
                    site.uglyURLs = flag
                } else if let sections = member.members, sections.allSatisfy({ if case .bool = $0.value.kind { true } else { false } }) {
                    site.uglySections = Dictionary(sections.map { ($0.key.lowercased(), $0.value.kind.isTrue) }) { _, last in last }
                } else {
                    fail(member, .hugoUglyURLs(type: member.typeName))
                }
            case "frontmatter":
                let names = ["date", "publishdate", "lastmod", "expirydate"]
                guard let members = member.members else {
                    fail(member, .hugoDatesNotAnObject(dates: names, type: member.typeName))
                    continue
                }
                var table: [String: [String]] = [:]
                for (name, sources) in members {
                    guard names.contains(name.lowercased()) else {
                        fail(sources, .hugoUnknownDate(name, dates: names))
                        continue
                    }
                    guard let list = sources.elements?.compactMap(\.string), list.count == sources.elements?.count else {
                        fail(sources, .hugoDateSources(name))
                        continue
                    }
                    table[name.lowercased()] = list
                }
                site.dates = HugoDates(table)
            case "ignore_files":
                guard let patterns = member.elements?.compactMap(\.string), patterns.count == member.elements?.count else {
                    fail(member, .hugoIgnoreFiles)
                    continue
                }
                for (pattern, element) in zip(patterns, member.elements ?? []) where (try? NSRegularExpression(pattern: pattern)) == nil {
                    fail(element, .notARegularExpression("hugo.ignore_files", pattern: pattern))
                }
                site.ignoreFiles = patterns
            case "canonify_urls", "build_future", "build_drafts", "build_expired", "has_cjk_language", "multihost", "summary_from_description":
                guard case .bool(let flag) = member.kind else {
                    fail(member, .notABoolean("hugo.\(key)", type: member.typeName))
                    continue
                }
                switch key {
                case "canonify_urls": site.canonifyURLs = flag
                case "build_future": site.buildFuture = flag
                case "build_drafts": site.buildDrafts = flag
                case "has_cjk_language": site.hasCJKLanguage = flag
                case "multihost": site.multihost = flag
                case "summary_from_description": site.summaryFromDescription = flag
                default: site.buildExpired = flag
                }
            case "disable_path_to_lower", "remove_path_accents":
                guard case .bool(let flag) = member.kind else {
                    fail(member, .notABoolean("hugo.\(key)", type: member.typeName))
                    continue
                }
                if key == "disable_path_to_lower" { site.pathRules.lowercases = !flag } else { site.pathRules.removesAccents = flag }
            case "unsafe":
                guard case .bool(let flag) = member.kind else {
                    fail(member, .notABoolean("hugo.unsafe", type: member.typeName))
                    continue
                }
                site.unsafe = flag
            default:
                fail(member, .unknownKey("hugo.\(key)", suggestion: suggestion(for: key, among: Self.hugoKeys)))
            }
        }
        if !sectionGiven { site.section = HugoContent.mainSection(in: content, site: site) }
        return site
    }

    // MARK: - Typed accessors

    private mutating func string(_ key: String) -> String? {
        guard let value = root[key] else { return nil }
        guard let string = value.string else {
            fail(value, .notAString(key, type: value.typeName))
            return nil
        }
        return string
    }

    /// A list of category or tag names, each usable as a file name.
    private mutating func names(_ key: String) -> [String] {
        guard let value = root[key] else { return [] }
        guard let elements = value.elements else {
            fail(value, .namesNotAList(key, type: value.typeName))
            return []
        }
        var names: [String] = []
        for element in elements {
            guard let name = element.string, !name.isEmpty, !name.contains("/"), !name.hasPrefix(".") else {
                fail(element, .notAFileNameEach(key))
                continue
            }
            if !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// `true` (pages of `limit` entries), `false`, or `{"page_size": N}`.
    private mutating func archivePageSize(_ value: JSONValue, limit: Int) -> Int? {
        if case .bool(let on) = value.kind { return on ? limit : nil }
        guard let members = value.members else {
            fail(value, .archivesNotValid(type: value.typeName))
            return nil
        }
        var size = limit
        for (key, member) in members {
            guard key == "page_size" else {
                fail(member, .unknownKey("archives.\(key)", suggestion: suggestion(for: key, among: ["page_size"])))
                continue
            }
            if case .number(let number) = member.kind, number >= 1, number == number.rounded(), number <= 100_000 {
                size = Int(number)
            } else {
                fail(member, .notWholeNumberFromOne("archives.page_size"))
            }
        }
        return size
    }

    private mutating func requiredString(_ key: String) -> String? {
        guard root[key] != nil else {
            fail(root, .missingKey(key))
            return nil
        }
        guard let string = string(key) else { return nil }
        if string.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, let value = root[key] {
            fail(value, .empty(key))
            return nil
        }
        return string
    }

    private mutating func siteURL() -> String? {
        guard let url = requiredString("url"), let value = root["url"] else { return nil }
        guard AbsoluteURL.isAbsoluteHTTP(url) else {
            fail(value, .siteURLNotAbsolute(url))
            return nil
        }
        return url.hasSuffix("/") ? String(url.dropLast()) : url
    }

    private mutating func absoluteURL(_ key: String) -> String? {
        guard let url = string(key), let value = root[key] else { return nil }
        guard AbsoluteURL.isAbsoluteHTTP(url) else {
            fail(value, .notAbsoluteURL(key, url: url))
            return nil
        }
        return url
    }

    /// A URL that may be given relative to the site, like Jekyll's `absolute_url` filter.
    private mutating func siteRelativeURL(_ key: String, site: String) -> String? {
        guard let url = string(key) else { return nil }
        return AbsoluteURL.resolve(url, siteBase: site)
    }

    /// A person by `PersonParser`'s rules; config.json is strict, so every problem is an error.
    private mutating func person(_ value: JSONValue, key: String) -> Person? {
        let (reading, problems) = PersonParser.read(PersonSource(json: value))
        for problem in problems {
            switch problem {
            case .notAPerson(let value):
                fail(value, .notAPerson(key, type: value.typeName))
            case .unknownField(let field, let value):
                fail(value, .unknownKey("\(key).\(field)", suggestion: suggestion(for: field, among: PersonParser.fieldNames)))
            case .fieldNotText(let field, let value):
                fail(value, .notAString("\(key).\(field)", type: value.typeName))
            case .noName(let value):
                fail(value, .personWithoutName(key))
            case .relativeURL(let field, let url, let value):
                fail(value, .notAbsoluteURL("\(key).\(field)", url: url))
            }
        }
        switch reading {
        case .named(let name)?: return Person(name: name)
        case .person(let person)?: return person
        case nil: return nil
        }
    }

    private mutating func formats(_ value: JSONValue) -> [FeedFormat] {
        let names = FeedFormat.allCases.map(\.rawValue)
        guard let elements = value.elements, !elements.isEmpty else {
            fail(value, .formatsNotAList(known: names))
            return FeedFormat.allCases
        }
        var formats: [FeedFormat] = []
        for element in elements {
            if let name = element.string, let format = FeedFormat(rawValue: name) {
                if !formats.contains(format) { formats.append(format) }
            } else {
                fail(element, .unknownFormat(written: element.string.map { "\"\($0)\"" } ?? element.typeName,
                                             suggestion: element.string.flatMap { suggestion(for: $0, among: names) }, known: names))
            }
        }
        return FeedFormat.allCases.filter(formats.contains)
    }

    private mutating func fileNames(_ value: JSONValue, into config: inout SiteConfig) {
        guard let members = value.members else {
            fail(value, .filesNotAnObject(type: value.typeName))
            return
        }
        let names = FeedFormat.allCases.map(\.rawValue)
        for (key, fileValue) in members {
            guard let format = FeedFormat(rawValue: key) else {
                fail(fileValue, .unknownKey("files.\(key)", suggestion: suggestion(for: key, among: names)))
                continue
            }
            guard let name = fileValue.string, !name.isEmpty, !name.contains("/"), !name.hasPrefix(".") else {
                fail(fileValue, .notAFileName("files.\(key)", example: format.defaultFileName))
                continue
            }
            config.fileNames[format] = name
        }
        let chosen = config.formats.compactMap { config.fileNames[$0] }
        if Set(chosen).count != chosen.count {
            fail(value, .sameFileName)
        }
    }
}

extension JSONValue.Kind {
    var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    var isTrue: Bool {
        if case .bool(true) = self { return true }
        return false
    }
}
