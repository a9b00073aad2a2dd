import FeedModel
import FeedSupport
import FeedWriters
import Foundation
import Yams

/// The config.json that `feedgen init` writes: one translated from a Jekyll
/// site's `_config.yml` (and jekyll-feed's `feed:` keys), or a starting one.
package struct StarterConfig {
    /// The config.json text.
    package var json: String
    /// One line per key written, saying where its value comes from.
    package var notes: [String] = []
    /// What could not be carried over, one line each.
    package var untranslated: [String] = []
    /// The feeds the site already publishes and what became of each, one line each.
    package var kept: [String] = []

    /// A config for a new site, every key spelt out with its default.
    package static func newSite() -> StarterConfig {
        let members: [(String, JSONOutput?)] = [
            ("title", .string("My Site")),
            ("url", .string("https://example.org")),
            ("description", .string("")),
            ("author", .object([("name", .string("Your Name"))])),
            ("language", .string("en")),
            ("timezone", .string("UTC")),
            ("posts", .string("posts")),
            ("output", .string("feeds")),
            ("permalink", .string("/:year/:month/:day/:slug/")),
            ("limit", .integer(20)),
        ]
        var config = StarterConfig(json: JSONOutput.object(members).serialized())
        config.notes = [
            "title: the feeds' title",
            "url: the site's absolute address; every link in the feeds starts with it",
            "description: the feeds' subtitle",
            "author: the feeds' author (name, email, url)",
            "language: the feeds' language",
            "timezone: dates without an offset are in this IANA zone",
            "posts: the folder of Markdown posts (YYYY-MM-DD-slug.md)",
            "output: the folder the feeds are written to",
            "permalink: the pattern of each post's address",
            "limit: how many posts each feed carries",
        ]
        return config
    }

    /// Translates the `_config.yml` of the Jekyll site in `folder`: the one
    /// translation, which `feedgen init` writes and `build` reads when there is no config.json.
    package static func fromJekyll(_ jekyll: JekyllConfig, in folder: URL) throws(StarterConfigError) -> StarterConfig {
        var files = JekyllSiteFiles()
        files.folder = folder
        files.hasAuthorsFile = FileManager.default.fileExists(atPath: folder.appendingPathComponent("_data/authors.yml").path)
        files.cname = JekyllSiteFiles.cname(in: folder)
        do {
            return try fromJekyll(jekyll.text, files: files)
        } catch let error as StarterConfigError {
            throw error
        } catch {
            throw StarterConfigError(reason: .notValid(language: "YAML", "\(error)"))
        }
    }

    /// Translates a Jekyll `_config.yml`; `files` says what else the site folder holds.
    static func fromJekyll(_ yaml: String, files: JekyllSiteFiles) throws -> StarterConfig {
        guard let site = try YAML.load(yaml) as? [String: Any] else {
            throw StarterConfigError(reason: .starterNotAMap)
        }
        var translation = Translation()
        func set(_ key: String, _ value: JSONOutput, from source: String) { translation.set(key, value, from: source) }
        func text(_ value: Any?) -> String? {
            switch value {
            case let string as String: string
            case let number as Int: String(number)
            case let number as Double: String(number)
            default: nil
            }
        }

        if let title = text(site["title"]) ?? text(site["name"]) { set("title", .string(title), from: site["title"] != nil ? "title" : "name") } else {
            set("title", .string("My Site"), from: "nothing: _config.yml has no title, change it")
        }
        let base = (text(site["baseurl"]) ?? "").trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        if var url = text(site["url"]), AbsoluteURL.isAbsoluteHTTP(url) {
            while url.hasSuffix("/") { url.removeLast() }
            let full = base.isEmpty ? url : url + "/" + base
            set("url", .string(full), from: base.isEmpty ? "url" : "url + baseurl")
        } else if let domain = files.cname {
            // GitHub Pages serves the site at its CNAME's domain, and fills in `url` from it when it builds.
            set("url", .string("https://" + domain + (base.isEmpty ? "" : "/" + base)), from: base.isEmpty ? "CNAME" : "CNAME + baseurl")
        } else {
            // Feeds of placeholder links would reach subscribers; better no feed.
            throw StarterConfigError(reason: .starterNoURL)
        }
        if let description = text(site["description"]) { set("description", .string(description), from: "description") }
        if let author = authorMembers(site["author"]) { set("author", .object(author), from: "author") }
        if let language = text(site["lang"]) { set("language", .string(language), from: "lang") }
        if let zone = text(site["timezone"]) {
            set("timezone", .string(zone), from: "timezone")
        } else {
            translation.untranslated.append("timezone: not set, so Jekyll uses the machine's zone; feedgen uses UTC (add \"timezone\" to match)")
        }
        // Below `collections_dir` when the site has one, as Jekyll reads its posts there.
        let collections = (text(site["collections_dir"]) ?? "").trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        if collections.isEmpty || collections == "." {
            set("posts", .string("_posts"), from: "Jekyll's posts folder")
        } else {
            set("posts", .string(collections + "/_posts"), from: "collections_dir")
        }
        if files.hasAuthorsFile { set("authors_file", .string("_data/authors.yml"), from: "_data/authors.yml") }
        // Jekyll 4: the posts collection's own permalink wins over the site's; the default style is `date`, not feedgen's.
        let collectionPermalink = ((site["collections"] as? [String: Any])?["posts"] as? [String: Any]).flatMap { text($0["permalink"]) }
        if let collectionPermalink {
            set("permalink", .string(collectionPermalink), from: "collections.posts.permalink")
        } else {
            set("permalink", .string(text(site["permalink"]) ?? "date"), from: site["permalink"] != nil ? "permalink" : "Jekyll's default style, date")
        }
        if let separator = text(site["excerpt_separator"]) { set("excerpt_separator", .string(separator), from: "excerpt_separator") }

        let feed = site["feed"] as? [String: Any] ?? [:]
        let destination = (text(site["destination"]) ?? "_site").trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        let feedPath = text(feed["path"]) ?? "/feed.xml"
        let siteURL = translation.members.first { $0.0 == "url" }.flatMap { $0.1 }.flatMap { if case .string(let url) = $0 { url } else { nil } } ?? ""
        // The feeds the site publishes today keep their URLs, formats and ids.
        let listsJekyllFeed = ["plugins", "gems"].contains { key in (site[key] as? [Any])?.contains { text($0) == "jekyll-feed" } ?? false }
        let excluded = Set((site["exclude"] as? [Any] ?? []).compactMap(text).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "/")) })
        let existing = files.folder.map { ExistingFeeds.find(in: $0, siteURL: siteURL, base: base, skipping: excluded.union([destination])) } ?? ExistingFeeds()
        let published = publishedFeeds(existing, jekyllFeedPath: feedPath, jekyllFeedListed: listsJekyllFeed, excluded: excluded)
        let handWritten = !existing.handWritten.isEmpty
        let folder = published.folder
        set("output", .string(folder.isEmpty ? destination : destination + "/" + folder),
            from: handWritten ? "destination and the folder of the site's feeds: they stay where they are" : "destination and feed.path: jekyll-feed's feed stays where it was")
        set("feeds_url", .string(siteURL + "/" + (folder.isEmpty ? "" : folder + "/")), from: handWritten ? "url and the site's feeds" : "url and feed.path")
        set("files", .object(FeedFormat.allCases.map { ($0.rawValue, .string(published.files[$0]!)) }),
            from: handWritten ? "the site's own feeds, each format at its URL, the others beside them" : "feed.path for Atom; RSS and JSON Feed beside it")
        if let limit = published.limit {
            set("limit", .integer(limit), from: "the limit of the site's own feed's loop")
        } else {
            set("limit", .integer(feed["posts_limit"] as? Int ?? (handWritten ? 20 : 10)),
                from: feed["posts_limit"] != nil ? "feed.posts_limit" : handWritten ? "feedgen's default, 20" : "jekyll-feed's default, 10")
        }
        if let excerptOnly = feed["excerpt_only"] as? Bool { set("excerpt_only", .bool(excerptOnly), from: "feed.excerpt_only") }
        set("ids", .string(published.ids.rawValue), from: published.idsSource)
        if let titles = published.titles { set("titles", .string(titles.rawValue), from: published.titlesSource) }
        translation.untranslated += published.untranslated
        translation.kept = published.kept
        // Jekyll renders with kramdown unless the site names another converter.
        let converter = text(site["markdown"])?.lowercased() ?? "kramdown"
        if converter == "kramdown" {
            set("markdown", .string("kramdown"), from: site["markdown"] != nil ? "markdown" : "Jekyll's default converter, kramdown")
        } else {
            translation.untranslated.append("markdown: \(converter) is rendered as GitHub Flavored Markdown (cmark-gfm)")
        }
        if let categories = feed["categories"] as? [Any] {
            set("category_feeds", .array(categories.compactMap(text).map(JSONOutput.string)), from: "feed.categories")
        }
        if let tags = feed["tags"] as? [String: Any], let only = tags["only"] as? [Any] {
            let except = Set((tags["except"] as? [Any] ?? []).compactMap(text))
            set("tag_feeds", .array(only.compactMap(text).filter { !except.contains($0) }.map(JSONOutput.string)), from: "feed.tags.only")
        } else if feed["tags"] as? Bool == true {
            set("tag_feeds", .bool(true), from: "feed.tags: true")
        } else if feed["tags"] != nil {
            translation.untranslated.append("feed.tags: list the tags that get feeds in \"tag_feeds\" (jekyll-feed's \"only\"), or set it to true")
        }
        if feed["collections"] != nil {
            translation.untranslated.append("feed.collections: feedgen writes feeds of posts only")
        }
        if !handWritten, site["plugins"].map({ "\($0)" })?.contains("jekyll-feed") == false {
            translation.untranslated.append("plugins: jekyll-feed is not listed; the translation assumes its defaults")
        }
        return translation.starter
    }
}

extension StarterConfig {
    /// config.json's `author` for a Jekyll or Hugo site's author (`PersonParser`'s rules):
    /// a name, or a map with a name. A page that is not an absolute URL is left out,
    /// as config.json refuses one; a map without a name is no author, as it has none to show.
    static func authorMembers(_ value: Any?) -> [(String, JSONOutput?)]? {
        let (reading, problems) = PersonParser.read(PersonSource(loaded: value))
        switch reading {
        case .named(let name)?: return [("name", .string(name))]
        case .person(let person)?:
            let absolute = !problems.contains { if case .relativeURL = $0 { true } else { false } }
            return [("name", .string(person.name)), ("email", person.email.map(JSONOutput.string)),
                    ("url", absolute ? person.url.map(JSONOutput.string) : nil)]
        case nil: return nil
        }
    }
}

/// What a Jekyll site's folder holds besides `_config.yml`, for its translation.
struct JekyllSiteFiles {
    /// The site folder, where its own feeds are looked for (`ExistingFeeds`).
    var folder: URL?
    var hasAuthorsFile = false
    /// The domain in `CNAME` (GitHub Pages' custom domain).
    var cname: String?

    static func cname(in folder: URL) -> String? {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent("CNAME").path) else { return nil }
        let domain = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isWhitespace).first.map(String.init) ?? ""
        // A bare domain name: anything else (a URL, a path) is not what GitHub Pages reads.
        guard !domain.isEmpty, domain.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }), domain.contains(".") else { return nil }
        return domain.lowercased()
    }
}

/// What `init` cannot translate from `_config.yml`.
package struct StarterConfigError: Error {
    package var reason: ConfigReason
    package var message: String { reason.message }
}
