/// Where one feed document stands in the feed's history (RFC 5005, Feed
/// Paging and Archiving): with `"archives"`, every post stays reachable from
/// the subscription feed through archive documents that never change once full.
///
/// Atom and RSS: `fh:complete` / `fh:archive` and `link rel="current"`,
/// `"prev-archive"`, `"next-archive"` (RSS through `atom:link`, RFC 5005
/// appendix B); JSON Feed: `next_url` towards older entries and the `_rfc5005`
/// extension object. Each URL is given per format, like `Feed.selfURLs`.
public enum FeedHistory: Hashable, Sendable {
    /// RFC 5005 section 2: this document holds every entry of the feed.
    case complete
    /// Section 4: the subscription feed, whose older entries are in archive documents.
    case subscription(newestArchive: [FeedFormat: String])
    /// Section 4: one archive document.
    case archive(ArchiveLinks)

    /// The links of an archive document.
    public struct ArchiveLinks: Hashable, Sendable {
        /// The subscription feed: `link rel="current"`.
        public var current: [FeedFormat: String]
        /// The next older archive document: `prev-archive`; `nil` for the oldest.
        public var previous: [FeedFormat: String]?
        /// The next newer one: `next-archive`; `nil` for the newest.
        public var next: [FeedFormat: String]?

        public init(current: [FeedFormat: String], previous: [FeedFormat: String]?, next: [FeedFormat: String]?) {
            self.current = current
            self.previous = previous
            self.next = next
        }
    }

    /// RFC 5005's namespace, for `fh:complete` and `fh:archive`.
    public static let namespace = "http://purl.org/syndication/history/1.0"

    /// `rel` and URL of each link this document carries, in the order written.
    package func links(for format: FeedFormat) -> [(rel: String, href: String)] {
        switch self {
        case .complete: []
        case .subscription(let newest): newest[format].map { [("prev-archive", $0)] } ?? []
        case .archive(let links):
            [("current", links.current[format]), ("prev-archive", links.previous?[format]), ("next-archive", links.next?[format])]
                .compactMap { rel, href in href.map { (rel, $0) } }
        }
    }

    /// The `fh:` element this document carries, if any.
    package var marker: String? {
        switch self {
        case .complete: "fh:complete"
        case .subscription: nil
        case .archive: "fh:archive"
        }
    }
}
