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

}
