import FeedModel
import FeedSupport
import Foundation
import SiteLoading

/// Which archive pages the main feed has (`"archives"`, RFC 5005 section 4),
/// and which posts each holds: every post the feed may show, oldest first,
/// `pageSize` to a page, so that page 1 holds the oldest posts and a full page
/// keeps its posts whatever is added later. The newest page holds the rest
/// and is the only one that grows; when the posts fill the pages exactly it
/// is empty, so that the full page before it already links to it and never
/// has to be written again. A site whose posts all fit the subscription feed
/// has no pages: its feed is complete (section 2).
struct ArchivePlan {
    struct Page {
        /// From 1, the oldest.
        var number: Int
        /// Oldest first.
        var posts: ArraySlice<PostFacts>
        /// Identifies everything the page's bytes depend on besides the
        /// config: its number, whether a newer page follows, its posts'
        /// paths and stamps. A page whose fingerprint and file are as the
        /// last build left them is not rendered again.
        var fingerprint: String
        /// The newest post before the page, for the `updated` date of an empty page.
        var updated: Date?
        /// The latest status change of the posts behind the fingerprint.
        var newestChange: Int64
    }

    /// Oldest first; empty when the feed is complete.
    var pages: [Page]
    var formats: [FeedFormat]
    var feedsURL: String
    /// Posts changed after this (ns since 1970) may change again unseen within
    /// the same tick of the file clock (`BuildOptions.settlingTime`): a page
    /// of such posts is not trusted to the cache yet.
    var settledBefore: Int64 = .max

    /// The folder of the pages, below the output folder.
    static let folder = "archive"

    /// `nil` without `"archives"`.
    init?(config: SiteConfig, oldestFirst posts: [PostFacts]) {
        guard let pageSize = config.archivePageSize else { return nil }
        formats = config.formats
        feedsURL = config.feedsURL
        pages = []
        guard posts.count > config.limit else { return }
        let count = posts.count / pageSize + 1
        for number in 1...count {
            let slice = posts[min((number - 1) * pageSize, posts.count)..<min(number * pageSize, posts.count)]
            var hash = StableHash()
            hash.add(Int64(number))
            hash.add(number < count ? "next" : "")
            // An empty page takes its date from the newest post of the page before.
            let dated = slice.isEmpty ? posts.suffix(1) : slice
            var newestChange = Int64.min
            for facts in dated {
                newestChange = max(newestChange, facts.stamp?.changed ?? .max)
                hash.add(facts.file.path)
                hash.add(facts.stamp?.size ?? -1)
                hash.add(facts.stamp?.modified ?? -1)
                hash.add(facts.stamp?.changed ?? -1)
            }
            pages.append(Page(number: number, posts: slice, fingerprint: hash.hex, updated: slice.isEmpty ? posts.last?.date : nil,
                              newestChange: newestChange))
        }
    }

    /// A page's file below the output folder: `archive/<n>.xml` (Atom), `.rss`, `.json`.
    static func fileName(page: Int, format: FeedFormat) -> String {
        let extensions: [FeedFormat: String] = [.atom: "xml", .rss: "rss", .json: "json"]
        return "\(folder)/\(page).\(extensions[format]!)"
    }

    /// The page and format of a page's file name; `nil` for any other name.
    static func page(ofFileName name: String) -> (number: Int, format: FeedFormat)? {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0] == folder else { return nil }
        let file = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        guard file.count == 2, let number = Int(file[0]), number > 0, String(number) == file[0],
              let format = FeedFormat.allCases.first(where: { fileName(page: number, format: $0) == name })
        else { return nil }
        return (number, format)
    }

    /// Every page file this build makes, below the output folder.
    var fileNames: [String] {
        pages.flatMap { page in formats.map { Self.fileName(page: page.number, format: $0) } }
    }

    private func urls(page: Int) -> [FeedFormat: String] {
        Dictionary(uniqueKeysWithValues: formats.map { ($0, feedsURL + Self.fileName(page: page, format: $0)) })
    }

    /// What the subscription feed says of its history.
    func subscriptionHistory() -> FeedHistory {
        pages.last.map { .subscription(newestArchive: urls(page: $0.number)) } ?? .complete
    }

    /// A page's own URLs, and its links.
    func links(of page: Page, current: [FeedFormat: String]) -> (selfURLs: [FeedFormat: String], history: FeedHistory) {
        let links = FeedHistory.ArchiveLinks(
            current: current,
            previous: page.number > 1 ? urls(page: page.number - 1) : nil,
            next: page.number < pages.count ? urls(page: page.number + 1) : nil
        )
        return (urls(page: page.number), .archive(links))
    }
}
