import FeedModel
import FeedSupport
import FeedWriters
import Foundation

extension StarterConfig {
    /// Translates a Hugo site's config into config.json: what `feedgen init`
    /// writes, and what `build` reads when there is no config.json. The feed
    /// keeps the URL and format of Hugo's RSS for the section (`/<section>/index.xml`,
    /// or `/index.xml` for the whole site), and its items Hugo's.
    /// On a multilingual site, the feed is the default language's: its
    /// pages (from its `contentDir`), its title and params; each other
    /// language's feed is one of `translations`, written as the keys in which it differs.
    package static func fromHugo(_ siteConfig: HugoConfig, siteFolder: URL) -> StarterConfig {
        let main = fromHugo(siteConfig, siteFolder: siteFolder, language: siteConfig.defaultLanguage).translation
        var translation = main
        var overlays: [(String, JSONOutput?)] = []
        for language in siteConfig.languages where language != siteConfig.defaultLanguage {
            let (other, rssFile) = fromHugo(siteConfig, siteFolder: siteFolder, language: language)
            let overlay = Self.overlay(other.members, over: main.members)
            overlays.append((language, .object(overlay)))
            translation.notes.append("translations.\(language): the \(language) feed (\(rssFile)), replacing \(overlay.map(\.0).joined(separator: ", "))")
        }
        if !overlays.isEmpty { translation.members.append(("translations", .object(overlays))) }
        return translation.starter
    }

    /// The members of `other` that differ from `main`'s, and those `main` has and `other` has not, set to what none means.
    private static func overlay(_ other: [(String, JSONOutput?)], over main: [(String, JSONOutput?)]) -> [(String, JSONOutput?)] {
        func text(_ value: JSONOutput?) -> String { value?.serialized() ?? "" }
        var overlay = other.filter { key, value in text(main.first { $0.0 == key }?.1) != text(value) }
        let none: [String: JSONOutput] = ["description": .string(""), "language": .null, "author": .null, "timezone": .string("UTC")]
        for (key, _) in main where !other.contains(where: { $0.0 == key }) {
            overlay.append((key, none[key]))
        }
        return overlay
    }

    /// The feed of one of the site's languages, and its RSS file below the site.
    private static func fromHugo(_ siteConfig: HugoConfig, siteFolder: URL, language: String) -> (translation: Translation, rssFile: String) {
        var translation = Translation()
        let hugo = siteConfig.language(language)
        let ownSettings = (siteConfig["languages"] as? [String: Any])?[language] as? [String: Any] ?? [:]
        /// Where a setting came from: the language's own, or the site's.
        func named(_ path: String) -> String {
            var current: Any? = ownSettings
            for key in path.lowercased().split(separator: ".") { current = (current as? [String: Any])?[String(key)] }
            return current == nil ? path : "languages.\(language).\(path)"
        }
        func set(_ key: String, _ value: JSONOutput, from source: String) { translation.set(key, value, from: source) }
        func text(_ path: String) -> String? {
            switch hugo[path] {
            case let string as String: string
            case let number as Int: String(number)
            default: nil
            }
        }
        func number(_ path: String) -> Int? {
            switch hugo[path] {
            case let number as Int: number
            case let string as String: Int(string)
            default: nil
            }
        }

        if let title = text("title") { set("title", .string(title), from: named("title")) } else {
            set("title", .string("My Site"), from: "nothing: the Hugo config has no title, change it")
        }
        var url = "https://example.org"
        if var base = text("baseurl"), AbsoluteURL.isAbsoluteHTTP(base) {
            while base.hasSuffix("/") { base.removeLast() }
            url = base
            set("url", .string(url), from: "baseURL")
        } else {
            set("url", .string(url), from: "nothing: the Hugo config has no absolute baseURL, change it")
        }
        if let description = text("params.description") { set("description", .string(description), from: named("params.description")) }
        // Hugo's RSS writes <language> only when languageCode is set.
        if let code = text("languagecode") { set("language", .string(code), from: named("languageCode")) } else {
            set("language", .null, from: "no languageCode, so Hugo's RSS has no language")
        }
        let author = hugo["params.author"] ?? hugo["author"]
        let source = named(hugo["params.author"] != nil ? "params.author" : "author")
        if let author = authorMembers(author) { set("author", .object(author), from: source) }
        if let zone = text("timezone") { set("timezone", .string(zone), from: named("timeZone")) }
        let content = siteConfig.contentFolder(of: language)
        set("posts", .string(content), from: hugo["contentdir"] != nil ? named("contentDir") : "Hugo's content folder")
        set("markdown", .string("goldmark"), from: "Hugo's Markdown renderer")

        // The language's pages: x.md and x.en.md, not x.de.md.
        var languageSite = SiteConfig.HugoSite(section: "")
        languageSite.defaultLanguage = siteConfig.defaultLanguage
        languageSite.otherLanguages = siteConfig.languageKeys.filter { $0 != languageSite.defaultLanguage }
        languageSite.feedLanguage = language == siteConfig.defaultLanguage ? nil : language
        languageSite.defaultLanguageInSubdir = hugo["defaultcontentlanguageinsubdir"] as? Bool ?? false
        // Languages with a baseURL of their own: each its own host, and its own folder below publishDir.
        languageSite.multihost = ((siteConfig["languages"] as? [String: Any]) ?? [:]).values.contains { ($0 as? [String: Any])?["baseurl"] != nil }
        let unmarked = siteConfig.unmarkedLanguage(of: content)
        languageSite.unmarkedLanguage = unmarked == language ? nil : unmarked

        languageSite.pathRules = HugoPath.Rules(lowercases: hugo["disablepathtolower"] as? Bool != true, removesAccents: hugo["removepathaccents"] as? Bool == true)

        let mainSectionsKey = hugo["params.mainsections"] != nil ? "params.mainsections" : "mainsections"
        let mainSections = (hugo[mainSectionsKey] as? [Any])?.compactMap { $0 as? String } ?? (hugo[mainSectionsKey] as? String).map { [$0] } ?? []
        let mainSection = mainSections.first ?? HugoContent.mainSection(in: siteFolder.appendingPathComponent(content), site: languageSite)
        let rss = HugoRSSOutput(hugo, siteFolder: siteFolder, mainSection: mainSection)
        let section = rss.section
        var site: [(String, JSONOutput?)] = [("section", .string(section))]
        if rss.isHomeFeed {
            translation.notes.append("hugo.section: \"\(section)\": Hugo writes no section feed (outputs.section), only the home's, \(section.isEmpty ? "of every page" : "of \(section)'s pages, as its RSS template picks them")")
        } else {
            translation.notes.append("hugo.section: \(mainSections.isEmpty ? "Hugo's main section, the one with the most pages" : named(mainSectionsKey == "mainsections" ? "mainSections" : "params.mainSections")), \"\(section)\"; \"\" for the whole site's feed (/index.xml)")
        }
        if rss.descriptionFirst, let template = rss.template {
            site.append(("summary_from_description", .bool(true)))
            translation.notes.append("hugo.summary_from_description: \(template) gives an item the page's description when it has one, else its summary")
        }
        if let permalinks = hugo["permalinks"] as? [String: Any], !permalinks.isEmpty {
            // Newer Hugo's [permalinks.page] holds the patterns of the sections' pages.
            var patterns = permalinks.compactMapValues { $0 as? String }
            if let pages = permalinks["page"] as? [String: Any] { patterns.merge(pages.compactMapValues { $0 as? String }) { _, page in page } }
            site.append(("permalinks", .object(patterns.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })))
            translation.notes.append("hugo.permalinks: from \(permalinks["page"] is [String: Any] ? "permalinks.page" : "permalinks")")
        }
        if let length = number("summarylength") {
            site.append(("summary_length", .integer(length)))
            translation.notes.append("hugo.summary_length: from summaryLength")
        }
        if let taxonomies = hugo["taxonomies"] as? [String: Any] {
            site.append(("taxonomies", .array(taxonomies.values.compactMap { $0 as? String }.sorted().map(JSONOutput.string))))
            translation.notes.append("hugo.taxonomies: from taxonomies")
        }
        if let ugly = hugo["uglyurls"] as? Bool {
            site.append(("ugly_urls", .bool(ugly)))
            translation.notes.append("hugo.ugly_urls: from uglyURLs")
        } else if let sections = hugo["uglyurls"] as? [String: Any] {
            site.append(("ugly_urls", .object(sections.sorted { $0.key < $1.key }.map { ($0.key, .bool($0.value as? Bool ?? false)) })))
            translation.notes.append("hugo.ugly_urls: from uglyURLs, per section")
        }
        if !languageSite.pathRules.lowercases {
            site.append(("disable_path_to_lower", .bool(true)))
            translation.notes.append("hugo.disable_path_to_lower: from disablePathToLower")
        }
        if let table = hugo["frontmatter"] as? [String: Any] {
            // Hugo's [frontmatter] as written; `:git` is passed over (feedgen reads no history).
            let lists = ["date", "publishDate", "lastmod", "expiryDate"].compactMap { name -> (String, [String])? in
                let sources = (table[name.lowercased()] as? [Any])?.compactMap { $0 as? String } ?? (table[name.lowercased()] as? String).map { [$0] }
                return sources.map { (name.lowercased(), $0) }
            }
            if HugoDates(Dictionary(uniqueKeysWithValues: lists)) != HugoDates() {
                site.append(("frontmatter", .object(lists.map { ($0.0, .array($0.1.map(JSONOutput.string))) })))
                translation.notes.append("hugo.frontmatter: from frontmatter")
            }
            if lists.contains(where: { $0.1.contains { $0.lowercased() == ":git" } }) {
                translation.untranslated.append("frontmatter: \":git\" (feedgen reads no Git history; the next source of each list is used)")
            }
        }
        if let patterns = (hugo["ignorefiles"] as? [Any])?.compactMap({ $0 as? String }), !patterns.isEmpty {
            site.append(("ignore_files", .array(patterns.map(JSONOutput.string))))
            translation.notes.append("hugo.ignore_files: from ignoreFiles")
        }
        for (setting, key, name) in [("canonifyurls", "canonify_urls", "canonifyURLs"), ("buildfuture", "build_future", "buildFuture"),
                                     ("builddrafts", "build_drafts", "buildDrafts"), ("buildexpired", "build_expired", "buildExpired"),
                                     ("hascjklanguage", "has_cjk_language", "hasCJKLanguage")]
        where hugo[setting] as? Bool == true {
            site.append((key, .bool(true)))
            translation.notes.append("hugo.\(key): from \(name)")
        }
        if languageSite.pathRules.removesAccents {
            site.append(("remove_path_accents", .bool(true)))
            translation.notes.append("hugo.remove_path_accents: from removePathAccents")
        }
        if hugo["markup.goldmark.renderer.unsafe"] as? Bool == true {
            site.append(("unsafe", .bool(true)))
            translation.notes.append("hugo.unsafe: from markup.goldmark.renderer.unsafe")
        }
        let defaultLanguage = languageSite.defaultLanguage
        if defaultLanguage != "en" {
            site.append(("default_language", .string(defaultLanguage)))
            translation.notes.append("hugo.default_language: from defaultContentLanguage")
        }
        if !languageSite.otherLanguages.isEmpty {
            site.append(("other_languages", .array(languageSite.otherLanguages.map(JSONOutput.string))))
            translation.notes.append("hugo.other_languages: from languages, whose pages (x.fr.md) are left to their own feeds")
        }
        if let feedLanguage = languageSite.feedLanguage {
            site.append(("language", .string(feedLanguage)))
            translation.notes.append("hugo.language: the language of this feed's pages")
        }
        if let unmarked = languageSite.unmarkedLanguage {
            site.append(("unmarked_language", .string(unmarked)))
            translation.notes.append("hugo.unmarked_language: Hugo reads \(content) for \(unmarked) first, so its x.md pages are \(unmarked)'s")
        }
        if languageSite.multihost {
            site.append(("multihost", .bool(true)))
            translation.notes.append("hugo.multihost: the languages have baseURLs of their own")
        }
        if languageSite.defaultLanguageInSubdir {
            site.append(("default_language_in_subdir", .bool(true)))
            translation.notes.append("hugo.default_language_in_subdir: from defaultContentLanguageInSubdir")
        }
        translation.members.append(("hugo", .object(site)))

        // Hugo's RSS for a section is <section>/index.xml in its publish folder, below the language's folder.
        let publish = (text("publishdir") ?? "public").trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        // A section's own page (and feed) is in lower case even with disablePathToLower, as Hugo 0.111 places it.
        var sectionRules = languageSite.pathRules
        sectionRules.lowercases = true
        var folder = languageSite.languagePrefix + (section.isEmpty || rss.isHomeFeed ? "" : "/" + HugoPath.segment(section, sectionRules))
        // A section's `_index.md` may place its page, and feed, elsewhere (`url: /blog/`), as written.
        if !section.isEmpty, !rss.isHomeFeed, let url = HugoContent.sectionURL(of: siteFolder.appendingPathComponent(content).appendingPathComponent(section)) {
            let trimmed = url.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
            folder = trimmed.isEmpty ? "" : "/" + trimmed
        }
        let place = (languageSite.languagePrefix.isEmpty && !languageSite.multihost ? "" : ", the language") + (rss.isHomeFeed ? " and the home page" : " and the section")
        let languageFolder = languageSite.multihost ? "/" + language : ""
        set("output", .string(publish + languageFolder + folder), from: "publishDir\(place): Hugo's RSS feed stays where it was")
        set("feeds_url", .string(url + folder + "/"), from: "baseURL\(place)")
        set("files", .object([("rss", .string(rss.fileName)), ("atom", .string("atom.xml")), ("json", .string("feed.json"))]),
            from: rss.fileName == "index.xml" ? "Hugo's index.xml for RSS; Atom and JSON Feed beside it"
                : "outputFormats.RSS: Hugo's \(rss.fileName) for RSS; Atom and JSON Feed beside it")
        if let limit = number("services.rss.limit") ?? number("rsslimit"), limit >= 1 {
            set("limit", .integer(min(limit, rss.templateLimit ?? limit)), from: hugo["services.rss.limit"] != nil ? "services.rss.limit" : "rssLimit")
        } else if let limit = rss.templateLimit, limit >= 1, let template = rss.template {
            set("limit", .integer(limit), from: "\(template), which lists the first \(limit)")
        } else {
            set("limit", .integer(1_000_000), from: "Hugo's default: its RSS lists every page")
        }

        if let template = rss.template {
            translation.untranslated.append("\(template): a custom RSS template; feedgen writes its own items (guid and link the permalink, as Hugo's default)")
        }
        // How Chroma writes code blocks, where it is not Hugo's default that feedgen writes (monokai's inline style, no guessing).
        if hugo["pygmentsuseclasses"] as? Bool == true || hugo["markup.highlight.noclasses"] as? Bool == false {
            translation.untranslated.append("markup.highlight.noClasses = false (or pygmentsUseClasses): Hugo's code blocks have Chroma's classes (class=\"chroma\"), feedgen's monokai's inline style")
        }
        if let style = (hugo["markup.highlight.style"] ?? hugo["pygmentsstyle"]) as? String, style.lowercased() != "monokai" {
            translation.untranslated.append("markup.highlight.style = \"\(style)\": feedgen's code blocks have monokai's colours")
        }
        if hugo["markup.highlight.linenos"] as? Bool == true {
            translation.untranslated.append("markup.highlight.lineNos: Chroma's line numbers are not written")
        }
        if hugo["markup.highlight.guesssyntax"] as? Bool == true || hugo["pygmentscodefencesguesssyntax"] as? Bool == true {
            translation.untranslated.append("markup.highlight.guessSyntax: a code block without a language is not given one as Chroma guesses it (\"fallback\" when it finds none)")
        }
        return (translation, publish + languageFolder + folder + "/" + rss.fileName)
    }
}
