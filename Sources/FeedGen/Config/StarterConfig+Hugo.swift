import Foundation

extension StarterConfig {
    /// Translates a Hugo site's config into config.json: what `feedgen init`
    /// writes, and what `build` reads when there is no config.json. The feed
    /// keeps the URL and format of Hugo's RSS for the section (`/<section>/index.xml`,
    /// or `/index.xml` for the whole site), and its items Hugo's.
    public static func fromHugo(_ hugo: HugoConfig, siteFolder: URL) -> StarterConfig {
        var translation = Translation()
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

        if let title = text("title") { set("title", .string(title), from: "title") } else {
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
        if let description = text("params.description") { set("description", .string(description), from: "params.description") }
        // Hugo's RSS writes <language> only when languageCode is set.
        if let language = text("languagecode") { set("language", .string(language), from: "languageCode") } else {
            set("language", .null, from: "no languageCode, so Hugo's RSS has no language")
        }
        let author = hugo["params.author"] ?? hugo["author"]
        let source = hugo["params.author"] != nil ? "params.author" : "author"
        if let name = author as? String {
            set("author", .object([("name", .string(name))]), from: source)
        } else if let fields = author as? [String: Any], let name = fields["name"] as? String {
            set("author", .object([("name", .string(name)), ("email", (fields["email"] as? String).map(JSONOutput.string))]), from: source)
        }
        if let zone = text("timezone") { set("timezone", .string(zone), from: "timeZone") }
        let content = text("contentdir") ?? "content"
        set("posts", .string(content), from: hugo["contentdir"] != nil ? "contentDir" : "Hugo's content folder")
        set("markdown", .string("goldmark"), from: "Hugo's Markdown renderer")

        let mainSections = (hugo["params.mainsections"] as? [Any])?.compactMap { $0 as? String } ?? (hugo["params.mainsections"] as? String).map { [$0] } ?? []
        let section = mainSections.first ?? HugoContent.mainSection(in: siteFolder.appendingPathComponent(content))
        var site: [(String, JSONOutput?)] = [("section", .string(section))]
        translation.notes.append("hugo.section: \(mainSections.isEmpty ? "Hugo's main section, the one with the most pages" : "params.mainSections"), \"\(section)\"; \"\" for the whole site's feed (/index.xml)")
        if let permalinks = hugo["permalinks"] as? [String: Any], !permalinks.isEmpty {
            let patterns = permalinks.sorted { $0.key < $1.key }.compactMap { key, value in (value as? String).map { (key, JSONOutput?.some(.string($0))) } }
            site.append(("permalinks", .object(patterns)))
            translation.notes.append("hugo.permalinks: from permalinks")
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
        }
        if hugo["markup.goldmark.renderer.unsafe"] as? Bool == true {
            site.append(("unsafe", .bool(true)))
            translation.notes.append("hugo.unsafe: from markup.goldmark.renderer.unsafe")
        }
        let defaultLanguage = (text("defaultcontentlanguage") ?? "en").lowercased()
        if defaultLanguage != "en" {
            site.append(("default_language", .string(defaultLanguage)))
            translation.notes.append("hugo.default_language: from defaultContentLanguage")
        }
        if let languages = hugo["languages"] as? [String: Any] {
            let others = languages.keys.map { $0.lowercased() }.filter { $0 != defaultLanguage }.sorted()
            if !others.isEmpty {
                site.append(("other_languages", .array(others.map(JSONOutput.string))))
                translation.notes.append("hugo.other_languages: from languages, whose pages (x.fr.md) are left to their own feeds")
            }
        }
        translation.members.append(("hugo", .object(site)))

        // Hugo's RSS for a section is <section>/index.xml in its publish folder.
        let publish = (text("publishdir") ?? "public").trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        set("output", .string(section.isEmpty ? publish : publish + "/" + HugoPath.segment(section)),
            from: "publishDir and the section: Hugo's RSS feed stays where it was")
        set("feeds_url", .string(url + "/" + (section.isEmpty ? "" : HugoPath.segment(section) + "/")), from: "baseURL and the section")
        set("files", .object([("rss", .string("index.xml")), ("atom", .string("atom.xml")), ("json", .string("feed.json"))]),
            from: "Hugo's index.xml for RSS; Atom and JSON Feed beside it")
        if let limit = number("services.rss.limit") ?? number("rsslimit"), limit >= 1 {
            set("limit", .integer(limit), from: hugo["services.rss.limit"] != nil ? "services.rss.limit" : "rssLimit")
        } else {
            set("limit", .integer(1_000_000), from: "Hugo's default: its RSS lists every page")
        }

        if hugo["languages"] != nil { translation.untranslated.append("languages: feedgen writes the default language's feed only (its pages, x.md and x.\(defaultLanguage).md)") }
        if hugo["frontmatter"] != nil { translation.untranslated.append("frontmatter: feedgen uses Hugo's default date rules (date, else publishDate, else lastmod)") }
        if hugo["disablepathtolower"] as? Bool == true { translation.untranslated.append("disablePathToLower: feedgen's paths are lower case, as Hugo's default") }
        if hugo["removepathaccents"] as? Bool == true { translation.untranslated.append("removePathAccents: feedgen keeps accents in paths") }
        for template in ["layouts/_default/rss.xml", "layouts/index.rss.xml", "layouts/_default/list.rss.xml"]
        where FileManager.default.fileExists(atPath: siteFolder.appendingPathComponent(template).path) {
            translation.untranslated.append("\(template): a custom RSS template; feedgen writes its own items (guid and link the permalink, as Hugo's default)")
        }
        return translation.starter
    }
}
