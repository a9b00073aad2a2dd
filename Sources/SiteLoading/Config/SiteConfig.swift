import FeedModel
import Foundation

/// The site settings from config.json, with every default applied.
package struct SiteConfig: Sendable {
    package enum IDStyle: String, Sendable, CaseIterable {
        /// The absolute permalink, or the post's `id`.
        case permalink
        /// What jekyll-feed writes, so that moving from it re-delivers nothing.
        case jekyllFeed = "jekyll-feed"
    }

    /// How entry titles are written.
    package enum TitleStyle: String, Sendable, CaseIterable {
        /// Through `smartify | strip_html | normalize_whitespace`, as jekyll-feed writes them.
        case smartify
        /// As the front matter has them, as a plain `{{ post.title | xml_escape }}` writes them.
        case asWritten = "as_written"
    }

    /// Which Markdown the posts are written in: each generator's renderer
    /// differs in ways real posts depend on (attribute lists, math, heading ids).
    package enum MarkdownDialect: String, Sendable, CaseIterable {
        /// CommonMark with GitHub's extensions, as cmark-gfm renders it.
        case gfm
        /// kramdown with GFM input, as Jekyll configures it.
        case kramdown
        /// Goldmark, as Hugo configures it.
        case goldmark
    }

    package var title: String
    /// Absolute http(s) base URL of the site, without a trailing slash.
    package var url: String
    package var description: String = ""
    package var language: String? = "en"
    package var author: Person?
    /// People that posts name by key in `author`/`authors`.
    package var authors: [String: Person] = [:]
    /// The folder the config file is in: Jekyll's `_includes/`, `_data/` and
    /// `_config.yml`, or Hugo's `layouts/`, are looked for here.
    package var siteFolder: URL
    package var postsFolder: URL
    package var outputFolder: URL
    /// Public URL of the output folder, with a trailing slash.
    package var feedsURL: String
    package var permalink: String = "/:year/:month/:day/:slug/"
    package var timeZone: TimeZone = TimeZone(identifier: "UTC")!
    package var limit: Int = 20
    package var excerptOnly: Bool = false
    /// `nil` means Jekyll's default: the first paragraph.
    package var excerptSeparator: String?
    package var iconURL: String?
    package var logoURL: String?
    /// Base that relative front matter image and enclosure paths are resolved against.
    package var imageBase: String
    package var formats: [FeedFormat] = FeedFormat.allCases
    package var fileNames: [FeedFormat: String] = Dictionary(uniqueKeysWithValues: FeedFormat.allCases.map { ($0, $0.defaultFileName) })
    package var ids: IDStyle = .permalink
    /// `nil`: as the dialect's generator writes them, smartified on a kramdown (Jekyll) site.
    package var titles: TitleStyle?
    /// Whether titles go through jekyll-feed's `smartify`.
    package var smartifiesTitles: Bool { (titles ?? (markdown == .kramdown ? .smartify : .asWritten)) == .smartify }
    package var markdown: MarkdownDialect = .gfm
    /// Set for a Hugo site: `postsFolder` is then `content/` or the feed's section in it.
    package var hugo: HugoSite?
    /// The Jekyll site's `_config.yml` beside the config, when the site is a
    /// Jekyll one (see `ConfigDiscovery`): its `defaults:`, `future:`,
    /// `show_drafts:`, category folders and `_drafts/` apply, and Liquid's `site` is it.
    package var jekyll: JekyllConfig?

    /// How the dialect renders this site's posts: `kramdown:` from `_config.yml`, Hugo's `unsafe`.
    var dialectOptions: DialectRenderer.Options {
        DialectRenderer.Options(goldmarkUnsafe: hugo?.unsafe ?? false, kramdown: jekyll?.kramdown ?? KramdownOptions())
    }

    /// Posts are read as Jekyll finds them: `_posts/`, `<category>/_posts/` and
    /// `_drafts/` below the site folder (below its `collections_dir`). Only for a Jekyll site
    /// whose posts folder is its `_posts`.
    package var readsJekyllFolders: Bool {
        guard let jekyll else { return false }
        let collections = jekyll.collectionsDir.isEmpty ? siteFolder : siteFolder.appendingPathComponent(jekyll.collectionsDir)
        return postsFolder.standardizedFileURL.path == collections.appendingPathComponent("_posts").standardizedFileURL.path
    }
    /// Categories and tags that get feeds of their own, as jekyll-feed's `feed.categories` and `feed.tags`.
    package var categoryFeeds: [String] = []
    package var tagFeeds: [String] = []
    /// `"tag_feeds": true`, jekyll-feed's `tags: true`: a feed for every tag
    /// made of letters, digits and `_` (jekyll-feed skips the others).
    package var everyTagFeed = false
    /// The most bytes a published feed file may have; `nil`: no limit (see `SizeBudget`).
    package var maxBytes: Int?
    /// `"archives"`: entries per RFC 5005 archive page; `nil`: no archives (see `ArchivePlan`).
    package var archivePageSize: Int?
    /// WebSub hubs (absolute http or https URLs) that every feed names and every build that changed a feed pings.
    package var hubs: [String] = []
    /// Changes whenever config.json or its folder does; the build cache is only trusted for the same one.
    package var fingerprint = ""
    /// `"translations"`: the same site's feeds in other languages, each this
    /// config with some keys replaced, built after this one into its own folder.
    package var translations: [Translation] = []

    /// One of `translations`: its name (a Hugo language key such as `de`) and its whole config.
    package struct Translation: Sendable {
        package var name: String
        package var config: SiteConfig
    }

    package init(title: String, url: String, postsFolder: URL, outputFolder: URL) {
        self.title = title
        self.url = url
        self.postsFolder = postsFolder
        self.siteFolder = postsFolder.deletingLastPathComponent()
        self.outputFolder = outputFolder
        self.feedsURL = url + "/" + outputFolder.lastPathComponent + "/"
        self.imageBase = url
    }

    /// Origin of the site (`scheme://host[:port]`), what `{{ site.url }}` means in Jekyll.
    package var origin: String {
        guard let components = URLComponents(string: url) else { return url }
        var origin = components
        origin.path = ""
        return origin.string ?? url
    }

    /// Path of the site below its origin, what `{{ site.baseurl }}` means in Jekyll.
    package var basePath: String {
        URLComponents(string: url)?.path ?? ""
    }

    package func fileName(for format: FeedFormat) -> String {
        fileNames[format] ?? format.defaultFileName
    }

    package func selfURL(for format: FeedFormat) -> String {
        feedsURL + fileName(for: format)
    }
}
