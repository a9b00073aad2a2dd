/// The rules of RFC 5005 (Feed Paging and Archiving) that no schema can
/// state, for every format: what the W3C feed validator checks of archived
/// and complete feeds. `Place` is where a problem is reported: an XML node or
/// a JSON value.
struct FeedHistoryRules<Place> {
    /// `fh:archive` (JSON Feed: `_rfc5005.archive`), when present.
    var archive: Place?
    /// `fh:complete` (`_rfc5005.complete`), when present.
    var complete: Place?
    /// The `current`, `prev-archive` and `next-archive` links, in document order.
    var links: [(rel: String, href: String, place: Place)] = []
    /// The document's own URL, when it names one.
    var selfURL: String?

    static var relations: [String] { ["current", "prev-archive", "next-archive"] }

    func problems() -> [(place: Place, reason: FeedReason)] {
        var problems: [(Place, FeedReason)] = []
        if archive != nil, let complete {
            problems.append((complete, .completeAndArchive))
        }
        if let archive, !links.contains(where: { $0.rel == "current" }) {
            problems.append((archive, .archiveWithoutCurrent))
        }
        var seen = Set<String>()
        let current = links.first { $0.rel == "current" }?.href
        for link in links {
            if !seen.insert(link.rel).inserted {
                problems.append((link.place, .secondLink(rel: link.rel)))
            }
            if complete != nil && link.rel != "current" {
                problems.append((link.place, .linkInCompleteFeed(rel: link.rel)))
            }
            if link.rel != "current", let selfURL, link.href == selfURL {
                problems.append((link.place, .linkToItself(rel: link.rel)))
            }
            if link.rel == "next-archive", link.href == current {
                problems.append((link.place, .nextArchiveToCurrent))
            }
        }
        return problems
    }
}
