import FeedModel
import Foundation
import Liquid
import Yams

/// The feeds a Jekyll site publishes before feedgen comes (issue: "existing
/// feeds kept"), found where they come from: a hand-written feed in the
/// source (`feed.xml`, `atom.xml`, `rss.xml`, `feed.json`, `index.xml`, at the
/// top or one folder down; a Liquid template with front matter, or a static
/// file), and the `<link rel="alternate">` tags of `_layouts/` and
/// `_includes/` that tell readers where the feeds are. Each hand-written
/// feed's format is read from its content (`<rss`, `<feed`, a JSON object),
/// its URL from its `permalink:` or its path, and its entry ids from the
/// template of its items' `<guid>` (RSS), `<id>` (Atom) or `"id"` (JSON
/// Feed), rendered for a probe post to see which of feedgen's `ids` it is.
package struct ExistingFeeds {
    /// How a feed's entry ids are made, as far as feedgen can tell.
    enum IDs: Equatable {
        /// The absolute permalink: feedgen's `"ids": "permalink"`.
        case permalink
        /// The absolute `post.id`: feedgen's `"ids": "jekyll-feed"`.
        case jekyllFeed
        /// Something feedgen cannot write, as written in the template.
        case other(String)
        /// No item template was found.
        case unknown
    }

    /// A feed the site's source makes.
    package struct HandWritten: Equatable {
        /// The source file, below the site folder (`feed.xml`, `blog/atom.xml`).
        package var file: String
        /// Its URL path below the site's base (`/feed.xml`), from `permalink:` or the file's path.
        package var path: String
        var format: FeedFormat
        var ids: IDs
        /// `limit:` of the loop over the posts, when it has one.
        var limit: Int?
        /// What the loop lists when it is not every post (`site.categories.news`).
        var listing: String?
        /// Whether it has front matter (Jekyll runs it through Liquid) rather than being copied as is.
        var isTemplate: Bool
        /// The template of its items' titles, when one was found.
        var titleTemplate: String?
        /// How that template writes titles, when it is one of the ways feedgen writes them.
        var titles: SiteConfig.TitleStyle?
    }

    /// A `<link rel="alternate">` for a feed in a layout or include.
    struct Link: Equatable {
        /// The file it is in (`_includes/head.html`).
        var file: String
        var format: FeedFormat
        /// The URL path below the site's base (`/feed.xml`), or the whole URL of a feed elsewhere.
        var href: String
        /// Whether the href is on another site (FeedBurner and the like).
        var isExternal: Bool
    }

    package var handWritten: [HandWritten] = []
    var links: [Link] = []
    /// A layout or include calls jekyll-feed's `{% feed_meta %}`.
    var usesFeedMeta = false

    static let candidateNames: Set<String> = ["feed.xml", "atom.xml", "rss.xml", "feed.json", "index.xml", "feed.rss", "feed.atom"]
    private static let skippedFolders: Set<String> = ["node_modules", "vendor", "gemfiles"]

    /// Looks through the site folder. `siteURL` is `url` + `baseurl` (what
    /// `absolute_url` writes before a path), `base` the `baseurl` alone.
    /// `skipping`: folders Jekyll does not read (`exclude:`, the destination).
    package static func find(in folder: URL, siteURL: String, base: String, skipping: Set<String> = []) -> ExistingFeeds {
        var found = ExistingFeeds()
        let manager = FileManager.default
        var candidates: [String] = []
        let top = (try? manager.contentsOfDirectory(atPath: folder.path))?.sorted() ?? []
        for name in top where !name.hasPrefix(".") {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isFolder) else { continue }
            if !isFolder.boolValue {
                if candidateNames.contains(name) { candidates.append(name) }
            } else if !name.hasPrefix("_"), !skippedFolders.contains(name), !skipping.contains(name) {
                let inner = (try? manager.contentsOfDirectory(atPath: folder.appendingPathComponent(name).path))?.sorted() ?? []
                candidates += inner.filter(candidateNames.contains).map { name + "/" + $0 }
            }
        }
        for file in candidates {
            guard let data = manager.contents(atPath: folder.appendingPathComponent(file).path),
                let feed = handWritten(String(decoding: data, as: UTF8.self), file: file, siteURL: siteURL, base: base)
            else { continue }
            found.handWritten.append(feed)
        }
        for folderName in ["_layouts", "_includes"] {
            let root = folder.appendingPathComponent(folderName)
            guard let walker = manager.enumerator(atPath: root.path) else { continue }
            for case let relative as String in walker where relative.hasSuffix(".html") {
                guard let data = manager.contents(atPath: root.appendingPathComponent(relative).path) else { continue }
                let text = String(decoding: data, as: UTF8.self)
                let file = folderName + "/" + relative
                if text.contains("feed_meta") { found.usesFeedMeta = true }
                found.links += links(in: text, file: file, siteURL: siteURL, base: base)
            }
        }
        found.links.sort { ($0.file, $0.href) < ($1.file, $1.href) }
        return found
    }

    // MARK: A hand-written feed

    private static let permalinkKey = try! NSRegularExpression(pattern: #"(?m)^permalink:\s*["']?([^"'\s#]+)"#)
    private static let loop = try! NSRegularExpression(pattern: #"\{%-?\s*for\s+(\w+)\s+in\s+([\w.]+)([^%]*)-?%\}"#)
    private static let limitOption = try! NSRegularExpression(pattern: #"limit\s*:\s*(\d+)"#)

    static func handWritten(_ text: String, file: String, siteURL: String, base: String) -> HandWritten? {
        var page = text
        var body = Substring(text)
        var path = "/" + file
        var isTemplate = false
        // Jekyll renders a page that has front matter (its rule, `.jekyll`); one never closed is no feed.
        switch page.withUTF8({ FrontMatterBlock.scan($0, complete: true, rule: .jekyll) }) {
        case .found(_, let content, _, let end, _):
            let utf8 = page.utf8
            func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
            if let match = String(page[index(content.lowerBound)..<index(content.upperBound)]).firstMatch(permalinkKey) {
                path = match[1].hasPrefix("/") ? match[1] : "/" + match[1]
            }
            body = page[index(end)...]
            isTemplate = true
        case .unclosed: return nil
        case .none, .incomplete: break
        }
        let head = String(body.prefix(4000))
        let format: FeedFormat
        if head.range(of: "<rss", options: .caseInsensitive) != nil {
            format = .rss
        } else if head.range(of: "<feed", options: .caseInsensitive) != nil {
            format = .atom
        } else if head.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("{"), head.contains("jsonfeed.org") {
            format = .json
        } else {
            return nil
        }
        // A permalink ending in `/` is served as its index.xml by Jekyll.
        if path.hasSuffix("/") { path += "index.xml" }
        var feed = HandWritten(file: file, path: path, format: format, ids: .unknown, isTemplate: isTemplate)
        guard isTemplate else { return feed }
        let text = String(body)
        let source = text as NSString
        let itemStart = format == .rss ? "<item" : format == .atom ? "<entry" : "\"id\""
        guard let item = text.range(of: itemStart) else { return feed }
        let before = NSRange(location: 0, length: text.distance(from: text.startIndex, to: item.lowerBound))
        guard let forTag = loop.matches(in: text, range: before).last else { return feed }
        let variable = source.substring(with: forTag.range(at: 1))
        let listing = source.substring(with: forTag.range(at: 2))
        if listing != "site.posts" { feed.listing = listing }
        feed.limit = source.substring(with: forTag.range(at: 3)).firstMatch(limitOption).flatMap { Int($0[1]) }
        let rest = String(text[item.lowerBound...])
        let template: String?
        switch format {
        case .rss: template = rest.firstMatch(guid).map { $0[1] } ?? rest.firstMatch(rssLink).map { $0[1] }
        case .atom: template = rest.firstMatch(atomID).map { $0[1] }
        case .json: template = rest.firstMatch(jsonID).map { $0[1] }
        }
        if let template { feed.ids = ids(of: template, variable: variable, siteURL: siteURL, base: base, json: format == .json) }
        let title: String?
        switch format {
        case .rss, .atom: title = rest.firstMatch(titleTag).map { $0[1] }
        case .json: title = rest.firstMatch(jsonTitle).map { $0[1] }
        }
        if let title {
            feed.titleTemplate = title
            feed.titles = titles(of: title, variable: variable, json: format == .json)
        }
        return feed
    }

    private static let titleTag = try! NSRegularExpression(pattern: #"<title[^>]*>\s*(.*?)\s*</title>"#, options: [.dotMatchesLineSeparators])
    private static let jsonTitle = try! NSRegularExpression(pattern: #"^\s*"title"\s*:\s*(.*?)\s*,?\s*$"#, options: [.anchorsMatchLines])

    /// Which of feedgen's ways of writing titles the template is: rendered for a
    /// probe title that `smartify` changes, its text (references decoded) is
    /// compared with the title as written and with jekyll-feed's.
    static func titles(of template: String, variable: String, json: Bool = false) -> SiteConfig.TitleStyle? {
        let probe = #"The probe's "title" -- here"#
        let variables = LiquidMap([(variable, ["title": .string(probe)] as LiquidValue)])
        guard let parsed = try? LiquidTemplate(template), var written = try? parsed.render(variables, host: TitleHost()).output else { return nil }
        written = written.trimmingCharacters(in: .whitespacesAndNewlines)
        if json {
            guard let data = written.data(using: .utf8), let text = try? JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed) as? String else { return nil }
            written = text
        } else if written.hasPrefix("<![CDATA["), written.hasSuffix("]]>") {
            written = String(written.dropFirst(9).dropLast(3))
        } else {
            written = JekyllFeedTitle.decodingReferences(written)
        }
        if written == probe { return .asWritten }
        if written == JekyllFeedTitle.title(probe) { return .smartify }
        return nil
    }

    /// The filters a title template may use that need the site: `smartify`, as jekyll-feed's.
    private struct TitleHost: LiquidHost {
        func smartify(_ text: String) -> String { Smartify.html(text) }
    }

    private static let guid = try! NSRegularExpression(pattern: #"<guid[^>]*>\s*(.*?)\s*</guid>"#, options: [.dotMatchesLineSeparators])
    private static let rssLink = try! NSRegularExpression(pattern: #"<link>\s*(.*?)\s*</link>"#, options: [.dotMatchesLineSeparators])
    private static let atomID = try! NSRegularExpression(pattern: #"<id>\s*(.*?)\s*</id>"#, options: [.dotMatchesLineSeparators])
    private static let jsonID = try! NSRegularExpression(pattern: #"^"id"\s*:\s*(.*?)\s*,?\s*$"#, options: [.anchorsMatchLines])

    /// Which of feedgen's ids the template writes: rendered for a probe post
    /// whose `url` and `id` differ, the result is compared with what
    /// `absolute_url` makes of each.
    static func ids(of template: String, variable: String, siteURL: String, base: String, json: Bool = false) -> IDs {
        let origin = base.isEmpty ? siteURL : String(siteURL.dropLast(base.count + 1))
        let post: LiquidValue = ["url": "/feedgen-probe/url.html", "id": "/feedgen-probe/id", "slug": "id", "title": "Probe", "date": "2001-02-03 04:05:06 +0000"]
        let variables = LiquidMap([("site", siteVariables(origin: origin, base: base)), (variable, post)])
        guard let parsed = try? LiquidTemplate(template), var written = try? parsed.render(variables).output else { return .other(template) }
        written = written.trimmingCharacters(in: .whitespacesAndNewlines)
        if json, written.hasPrefix("\""), written.hasSuffix("\""), written.count >= 2 { written = String(written.dropFirst().dropLast()) }
        written = written.replacingOccurrences(of: "&amp;", with: "&")
        if written == siteURL + "/feedgen-probe/url.html" { return .permalink }
        if written == siteURL + "/feedgen-probe/id" { return .jekyllFeed }
        return .other(template)
    }

    /// `site.url` and `site.baseurl`, which the templates build URLs from.
    private static func siteVariables(origin: String, base: String) -> LiquidValue {
        .map(LiquidMap([("url", LiquidValue.string(origin)), ("baseurl", LiquidValue.string(base.isEmpty ? "" : "/" + base))]))
    }

    // MARK: Links in layouts

    private static let linkTag = try! NSRegularExpression(pattern: #"<link\b[^>]*>"#, options: [.caseInsensitive, .dotMatchesLineSeparators])
    /// An attribute, its value possibly holding Liquid with quotes of its own (`href="{{ "/feed.xml" | relative_url }}"`).
    private static let attribute = try! NSRegularExpression(pattern: #"([A-Za-z-]+)\s*=\s*("(?:\{\{.*?\}\}|\{%.*?%\}|[^"])*"|'(?:\{\{.*?\}\}|\{%.*?%\}|[^'])*')"#)

    static func links(in text: String, file: String, siteURL: String, base: String) -> [Link] {
        let source = text as NSString
        var found: [Link] = []
        for match in linkTag.matches(in: text, range: NSRange(location: 0, length: source.length)) {
            let tag = source.substring(with: match.range)
            var attributes: [String: String] = [:]
            let tagSource = tag as NSString
            for pair in attribute.matches(in: tag, range: NSRange(location: 0, length: tagSource.length)) {
                attributes[tagSource.substring(with: pair.range(at: 1)).lowercased()] = String(tagSource.substring(with: pair.range(at: 2)).dropFirst().dropLast())
            }
            guard attributes["rel"]?.lowercased().split(separator: " ").contains("alternate") == true, let href = attributes["href"] else { continue }
            let format: FeedFormat
            switch attributes["type"]?.lowercased() {
            case "application/rss+xml": format = .rss
            case "application/atom+xml": format = .atom
            case "application/feed+json", "application/json": format = .json
            default: continue
            }
            found.append(link(href, file: file, format: format, siteURL: siteURL, base: base))
        }
        return found
    }

    /// The href rendered with the site's url and baseurl, then made a path below the site's base when it is on the site.
    private static func link(_ href: String, file: String, format: FeedFormat, siteURL: String, base: String) -> Link {
        let origin = base.isEmpty ? siteURL : String(siteURL.dropLast(base.count + 1))
        let variables = LiquidMap([("site", siteVariables(origin: origin, base: base))])
        var written = (try? LiquidTemplate(href).render(variables).output) ?? href
        written = written.trimmingCharacters(in: .whitespaces)
        for prefix in [siteURL, base.isEmpty ? nil : "/" + base].compactMap({ $0 }) where written.hasPrefix(prefix + "/") {
            return Link(file: file, format: format, href: String(written.dropFirst(prefix.count)), isExternal: false)
        }
        if written.hasPrefix("/"), !written.hasPrefix("//") { return Link(file: file, format: format, href: written, isExternal: false) }
        return Link(file: file, format: format, href: written, isExternal: true)
    }
}
