import FeedSupport

/// libxml2's limits that a feed must stay under: feedgen validates with
/// libxml2's defaults, and so do many feed readers (every one built on
/// libxml2, lxml or Python's feedparser with libxml2), so a feed past them
/// is one they refuse whole.
package enum XMLLimits {
    /// `XML_MAX_TEXT_LENGTH`: the longest text node libxml2 reads without
    /// `XML_PARSE_HUGE`. An entry's content or summary is one text node, its
    /// HTML as it reads once unescaped.
    package static let textNodeBytes = 10_000_000

    package static func tooLargeMessage(_ count: Int) -> String {
        "the post's HTML is \(megabytes(Int64(count))), more than the 10,000,000 bytes libxml2 and the feed readers built on it read as one text; it is not published"
    }
}
