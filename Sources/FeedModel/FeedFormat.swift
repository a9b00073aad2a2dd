/// The syndication formats feedgen writes and validates.
public enum FeedFormat: String, CaseIterable, Sendable, Codable {
    case atom
    case rss
    case json

    public var displayName: String {
        switch self {
        case .atom: "Atom"
        case .rss: "RSS"
        case .json: "JSON Feed"
        }
    }

    public var defaultFileName: String {
        switch self {
        case .atom: "atom.xml"
        case .rss: "rss.xml"
        case .json: "feed.json"
        }
    }

    public var mediaType: String {
        switch self {
        case .atom: "application/atom+xml"
        case .rss: "application/rss+xml"
        case .json: "application/feed+json"
        }
    }
}
