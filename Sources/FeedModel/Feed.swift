import Foundation

/// The format-neutral feed that every writer renders.
public struct Feed: Hashable, Sendable {
    public var title: String
    /// Atom `subtitle`, RSS `description`, JSON Feed `description`.
    public var description: String
    /// Absolute URL of the site: Atom `link rel="alternate"`, RSS `link`, JSON Feed `home_page_url`.
    public var siteURL: String
    public var language: String?
    public var authors: [Person]
    /// Small square image: Atom `icon`, JSON Feed `favicon`.
    public var iconURL: String?
    /// Larger image: Atom `logo`, RSS `image`, JSON Feed `icon`.
    public var logoURL: String?
    /// The newest entry's `updated` date, so that the same posts give the same bytes.
    public var updated: Date
    /// Absolute URL where each format's file is served: Atom `link rel="self"`,
    /// RSS `atom:link rel="self"`, JSON Feed `feed_url`.
    public var selfURLs: [FeedFormat: String]
    /// Time zone in which dates are written.
    public var timeZone: TimeZone
    /// Newest first.
    public var entries: [Entry]
    /// WebSub hubs: Atom `link rel="hub"`, RSS `atom:link rel="hub"`, JSON Feed `hubs`.
    public var hubs: [String] = []
    /// Atom names only each entry's first author, as jekyll-feed does (`post.author | default:
    /// post.authors[0]`), for a feed that continues jekyll-feed's; RSS and JSON Feed name them all.
    public var atomNamesFirstAuthorOnly = false
    /// Its place among the archive documents (RFC 5005); `nil` without `"archives"`.
    public var history: FeedHistory?

    public init(
        title: String, description: String, siteURL: String, language: String?,
        authors: [Person], iconURL: String?, logoURL: String?, selfURLs: [FeedFormat: String], timeZone: TimeZone, entries: [Entry]
    ) {
        self.title = title
        self.description = description
        self.siteURL = siteURL
        self.language = language
        self.authors = authors
        self.iconURL = iconURL
        self.logoURL = logoURL
        self.selfURLs = selfURLs
        self.timeZone = timeZone
        self.entries = entries
        // An empty site still needs a stable date: the Unix epoch never moves.
        self.updated = entries.map(\.updated).max() ?? Date(timeIntervalSince1970: 0)
    }
}
