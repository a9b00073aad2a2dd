import FeedModel
import FeedSupport
import Foundation

extension StarterConfig {
    /// Where a Jekyll site's feeds are published today, so that feedgen's
    /// take their place: the site's hand-written feeds (`ExistingFeeds`) and
    /// jekyll-feed's, each format at the URL it has, the entry ids of the one
    /// the site's pages link to first.
    struct PublishedFeeds {
        /// The folder below the site the feeds are in (`""` for the top).
        var folder = ""
        var files: [FeedFormat: String] = [.atom: "feed.xml", .rss: "rss.xml", .json: "feed.json"]
        var ids = SiteConfig.IDStyle.jekyllFeed
        /// Where the ids come from, for the note.
        var idsSource = "jekyll-feed's entry ids, so that subscribers see no old post again"
        var limit: Int?
        /// How the site's own feed writes its titles, when it is kept and feedgen can write them so.
        var titles: SiteConfig.TitleStyle?
        var titlesSource = ""
        /// One line per feed found and what became of it, for `init`.
        var kept: [String] = []
        var untranslated: [String] = []
    }

    /// `jekyllFeed`: jekyll-feed's `feed.path`, and whether the site uses it.
    static func publishedFeeds(_ existing: ExistingFeeds, jekyllFeedPath: String, jekyllFeedListed: Bool, excluded: Set<String>) -> PublishedFeeds {
        var result = PublishedFeeds()
        struct Candidate {
            var path: String
            var format: FeedFormat
            var ids: ExistingFeeds.IDs
            var limit: Int?
            var written: ExistingFeeds.HandWritten?
        }
        // jekyll-feed makes its feed unless the source has a page at its path.
        let jekyllFeedPath = jekyllFeedPath.hasPrefix("/") ? jekyllFeedPath : "/" + jekyllFeedPath
        let jekyllFeedRuns = (jekyllFeedListed || existing.handWritten.isEmpty) && !existing.handWritten.contains { $0.path == jekyllFeedPath }
        var candidates = existing.handWritten.map { Candidate(path: $0.path, format: $0.format, ids: $0.ids, limit: $0.limit, written: $0) }
        if jekyllFeedRuns { candidates.append(Candidate(path: jekyllFeedPath, format: .atom, ids: .jekyllFeed, written: nil)) }
        guard !candidates.isEmpty else { return result }
        // The feed the site's pages point readers to first is the one whose ids count.
        let linked = existing.links.filter { !$0.isExternal }.map(\.href)
        let primary = candidates.first { linked.first == $0.path } ?? candidates.first { $0.written == nil } ?? candidates[0]
        result.folder = String((primary.path as NSString).deletingLastPathComponent.drop { $0 == "/" })
        func folder(of path: String) -> String { String((path as NSString).deletingLastPathComponent.drop { $0 == "/" }) }
        func describe(_ candidate: Candidate) -> String {
            guard let written = candidate.written else { return "\(candidate.path): jekyll-feed's Atom feed" }
            return "\(candidate.path): \(candidate.format.displayName), the site's own \(written.file)" + (written.isTemplate ? " (a Liquid template)" : " (a static file)")
        }
        var keptFormats: [FeedFormat: Candidate] = [:]
        for candidate in [primary] + candidates.filter({ $0.path != primary.path }) {
            if folder(of: candidate.path) != result.folder {
                result.untranslated.append("\(describe(candidate)) is in another folder than \(primary.path); feedgen writes its feeds in one folder, so it is not replaced")
            } else if let other = keptFormats[candidate.format] {
                result.untranslated.append("\(describe(candidate)) is a second \(candidate.format.displayName) feed beside \(other.path); feedgen writes one, so it is not replaced")
            } else {
                keptFormats[candidate.format] = candidate
            }
        }
        let taken = Set(candidates.filter { folder(of: $0.path) == result.folder }.map { ($0.path as NSString).lastPathComponent })
        for format in FeedFormat.allCases {
            if let kept = keptFormats[format] {
                result.files[format] = (kept.path as NSString).lastPathComponent
            } else if let link = existing.links.first(where: { !$0.isExternal && $0.format == format && folder(of: $0.href) == result.folder && !taken.contains(($0.href as NSString).lastPathComponent) }) {
                // The site's pages already link to a feed of this format that nothing makes: feedgen makes it.
                result.files[format] = (link.href as NSString).lastPathComponent
            } else {
                let defaults: [FeedFormat: [String]] = [.atom: ["feed.xml", "atom.xml", "feed.atom"], .rss: ["rss.xml", "feed.rss"], .json: ["feed.json", "index.json"]]
                let used = Set(result.files.filter { $0.key != format }.values).union(taken)
                result.files[format] = defaults[format]!.first { !used.contains($0) } ?? format.rawValue + ".xml"
            }
        }
        switch primary.ids {
        case .jekyllFeed:
            result.ids = .jekyllFeed
            result.idsSource = primary.written.map { "\($0.file)'s entry ids (the post's id made absolute, as jekyll-feed's), so that subscribers see no old post again" }
                ?? "jekyll-feed's entry ids, so that subscribers see no old post again"
        case .permalink:
            result.ids = .permalink
            result.idsSource = "\(primary.written?.file ?? primary.path)'s entry ids (the absolute permalink), so that subscribers see no old post again"
        case .other(let template):
            result.ids = .permalink
            result.idsSource = "feedgen's default: \(primary.written?.file ?? primary.path)'s ids cannot be written by feedgen"
            result.untranslated.append("ids: \(primary.written?.file ?? primary.path) makes its entry ids with \(template.debugDescription), which feedgen cannot write; feedgen's are the permalinks, so its readers will see its posts again once")
        case .unknown:
            result.ids = .permalink
            result.idsSource = "feedgen's default: \(primary.written?.file ?? primary.path) has no item template feedgen could read"
            result.untranslated.append("ids: no entry id template found in \(primary.written?.file ?? primary.path); feedgen's ids are the permalinks")
        }
        for (format, candidate) in keptFormats.sorted(by: { $0.key.rawValue < $1.key.rawValue }) where candidate.path != primary.path
            && candidate.written?.titles != nil && candidate.written?.titles != primary.written?.titles {
            result.untranslated.append("titles: \(candidate.path) (\(format.displayName)) writes its titles otherwise than \(primary.path); feedgen gives every format the same")
        }
        for (format, candidate) in keptFormats.sorted(by: { $0.key.rawValue < $1.key.rawValue }) where candidate.path != primary.path && candidate.ids != primary.ids {
            result.untranslated.append("ids: \(candidate.path) (\(format.displayName)) makes its ids otherwise than \(primary.path); feedgen gives every format the same, so its readers may see its posts again once")
        }
        if let written = primary.written {
            if let titles = written.titles {
                result.titles = titles
                result.titlesSource = "\(written.file)'s titles, \(written.titleTemplate ?? ""), " + (titles == .smartify ? "smartified as jekyll-feed's" : "as the posts write them, not smartified")
            } else if let template = written.titleTemplate {
                result.untranslated.append("titles: \(written.file) writes its titles with \(template.debugDescription), which feedgen cannot write; feedgen's are jekyll-feed's")
            }
            result.limit = written.limit
            if written.limit == nil { result.untranslated.append("limit: \(written.file) lists every post; feedgen's feeds carry the newest \"limit\" (here 20)") }
            if let listing = written.listing { result.untranslated.append("\(written.file) lists \(listing); feedgen's main feed lists every post") }
        }
        for (format, candidate) in keptFormats.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let ids = format == primary.format || candidate.ids == primary.ids ? ", same entry ids" : ""
            result.kept.append("\(describe(candidate)): feedgen writes \(format.displayName) there (files.\(format.rawValue))\(ids)")
            guard let written = candidate.written else { continue }
            let top = written.file.split(separator: "/").first.map(String.init) ?? written.file
            if excluded.contains(written.file) || excluded.contains(top) {
                result.kept.append("\(written.file): in exclude:, so Jekyll no longer writes it; feedgen's file takes its place")
            } else {
                result.kept.append("\(written.file): Jekyll still writes it into the site, and feedgen never replaces a file it did not publish: delete \(written.file) or add it to exclude: in _config.yml")
            }
        }
        for link in existing.links where link.isExternal {
            result.kept.append("\(link.file): links to \(link.href) (\(link.format.displayName)), a feed on another site; left as it is")
        }
        return result
    }
}
