import Foundation

/// What Hugo publishes as a language's RSS, from its config and templates:
/// the file name (`outputFormats.RSS.baseName`, and the suffix of its
/// `mediaType`), whether sections have feeds or only the home page has one
/// (`outputs`), and the custom RSS template that writes it, whose page filter
/// (`where .Site.RegularPages "Type" "in" (slice "post")`) says which
/// section a home feed shows.
struct HugoRSSOutput {
    /// `index.xml`, or `feed.xml` with `baseName = "feed"`.
    var fileName = "index.xml"
    /// Hugo writes no section feeds (`outputs.section` without `RSS`), only the home page's.
    var isHomeFeed = false
    /// The section whose pages the feed shows; `""` for every page.
    var section: String
    /// The site's own RSS template that Hugo uses for the feed, below the site folder.
    var template: String?
    private var templateText: String?
    /// How many pages the template lists at most (`range first 50 …`).
    var templateLimit: Int?
    /// The template's items have the page's own description when it has one
    /// (PaperMod's `{{ with .Description | html }}{{ . }}{{ else }}{{ .Summary | html }}{{ end }}`).
    var descriptionFirst = false

    init(_ hugo: HugoConfig, siteFolder: URL, mainSection: String) {
        section = mainSection
        let format = hugo["outputformats.rss"] as? [String: Any]
        var suffix = "xml"
        // A media type's suffix counts only when the RSS format names it again (as Hugo 0.111 binds it).
        if let type = (format?["mediatype"] as? String)?.lowercased(), let media = (hugo["mediatypes"] as? [String: Any])?[type] as? [String: Any] {
            if let first = (media["suffixes"] as? [Any])?.first as? String { suffix = first } else if let one = media["suffix"] as? String { suffix = one }
        }
        fileName = ((format?["basename"] as? String) ?? "index") + "." + suffix

        let outputs = hugo["outputs"] as? [String: Any]
        func publishesRSS(_ kind: String) -> Bool {
            guard let formats = outputs?[kind] as? [Any] else { return true }
            return formats.contains { ($0 as? String)?.lowercased() == "rss" }
        }
        isHomeFeed = !publishesRSS("section") && publishesRSS("home")
        let names = isHomeFeed
            ? ["index.rss.xml", "home.rss.xml", "rss.xml", "list.rss.xml", "_default/index.rss.xml", "_default/home.rss.xml", "_default/rss.xml", "_default/list.rss.xml"]
            : ["\(mainSection)/section.rss.xml", "\(mainSection)/rss.xml", "\(mainSection)/list.rss.xml", "section/\(mainSection).rss.xml",
               "_default/section.rss.xml", "_default/rss.xml", "_default/list.rss.xml"]
        let folders = [siteFolder.appendingPathComponent("layouts")] + hugo.themeFolders(in: siteFolder).map { $0.appendingPathComponent("layouts") }
        let found = folders.lazy.flatMap { folder in names.lazy.map { folder.appendingPathComponent($0) } }
            .first { FileManager.default.fileExists(atPath: $0.path) }
        let sitePath = siteFolder.standardizedFileURL.path + "/"
        template = found.map { url in
            let path = url.standardizedFileURL.path
            return path.hasPrefix(sitePath) ? String(path.dropFirst(sitePath.count)) : path
        }
        templateText = found.flatMap { try? String(contentsOf: $0, encoding: .utf8) }
        // `range first 50 (where …)`: the template lists that many pages at most.
        if let templateText, let first = templateText.firstMatch(of: #/range\s+first\s+(\d+)\s+\(?\s*(?:where\s+\(?\s*)?[$.\w]*Pages\b/#) {
            templateLimit = Int(first.1)
        }
        // An item's <description> that names the page's .Description before (or without) its .Summary.
        if let templateText, let item = templateText.range(of: "<item>"),
           let element = templateText[item.upperBound...].firstMatch(of: #/<description>(?<body>.*?)</description>/#.dotMatchesNewlines()),
           let description = element.body.firstMatch(of: #/(?:^|[^\w.])\.Description\b/#) {
            descriptionFirst = element.body.firstMatch(of: #/\.Summary\b/#).map { description.range.lowerBound < $0.range.lowerBound } ?? true
        }
        guard isHomeFeed else { return }
        // Hugo's own template lists every regular page at the home page; a site's may pick a section.
        section = ""
        if let templateText, let picked = Self.pickedSection(templateText, mainSection: mainSection) {
            section = picked
        }
    }

    /// The one section an RSS template's `where … "Type"|"Section" "in"|"eq" …` keeps.
    static func pickedSection(_ template: String, mainSection: String) -> String? {
        let filter = #/where\s+\(?\s*[$.\w]*RegularPages\s*\)?\s+"(?:Type|Section)"\s+(?:"(?:in|eq|==)"\s+)?(?<what>\(\s*slice\s+"[^"]*"\s*\)|"[^"]*"|[$.\w]*[Mm]ainSections)/#
        guard let match = template.firstMatch(of: filter) else { return nil }
        let what = String(match.what)
        if what.hasSuffix("ainSections") { return mainSection }
        return what.firstMatch(of: #/"([^"]*)"/#).map { String($0.1) }
    }
}
