import FeedModel
import FeedSupport
import FeedWriters
import FeedXML

/// What a schema cannot say about Atom and RSS documents: URLs are absolute
/// http(s), entry ids unique, dates in the format's syntax, titles not empty.
///
/// The entries are checked one at a time, then the feed without them, so
/// that `feedgen validate` can check a file whose entries it reads one by
/// one and forgets: all the checks keep of an entry is its id (`EntryIDs`)
/// and, for RFC 4287's author rule, where the first one without an author is.
struct XMLFeedChecks {
    /// The feed's problems, then its entries' problems in document order.
    var problems: [Diagnostic] { feedProblems + entryProblems }
    private var feedProblems: [Diagnostic] = []
    private var entryProblems: [Diagnostic] = []
    /// The entry being checked (its position among the entries), `nil` while the feed is.
    private var entryIndex: Int?
    private var entryCount = 0
    private var ids = EntryIDs()
    /// The first entry without an author (its line, and the position of the
    /// first entry on that line), for the rule that needs the feed's author.
    private var entryWithoutAuthor: (line: Int, index: Int)?
    private var firstEntryOnLine: (line: Int, index: Int)?

    static let atom = AtomWriter.namespace
    static let media = AtomWriter.mediaNamespace

    /// A whole Atom document.
    mutating func checkAtom(_ feed: XMLNode) {
        if Self.isAtomFeed(feed) { feed.children("entry", in: Self.atom).forEach { checkAtomEntry($0) } }
        checkAtomFeed(feed)
    }

    /// Whether `root` is an Atom `feed`, whose entries are checked at all.
    static func isAtomFeed(_ root: XMLNode) -> Bool {
        root.name == "feed" && root.namespace == atom
    }

    /// The next entry of an Atom feed, in document order.
    mutating func checkAtomEntry(_ entry: XMLNode) {
        beginEntry(entry)
        defer { entryIndex = nil }
        checkCommonAtom(entry)
        let alternate = entry.children("link", in: Self.atom).contains { ($0.attributes["rel"] ?? "alternate") == "alternate" }
        if !alternate && entry.child("content", in: Self.atom) == nil {
            report(entry, .entryWithoutContentNeedsAlternate)
        }
        if let id = entry.child("id", in: Self.atom) {
            let value = id.text.trimmed
            if let first = ids.firstLine(of: value, usedAgainOn: entry.line) {
                report(id, .entryIDRepeated(value, firstLine: first))
            }
        }
        for date in entry.children("published", in: Self.atom) { checkRFC3339(date) }
        for content in entry.children("content", in: Self.atom) {
            if let source = content.attributes["src"] { checkURL(source, in: content, what: "content src") }
        }
        if entryWithoutAuthor == nil && entry.child("author", in: Self.atom) == nil {
            entryWithoutAuthor = (entry.line, firstEntryOnLine?.index ?? 0)
        }
    }

    /// The Atom feed itself, after its entries: its own elements are read
    /// (an `entry` among them is not looked at again).
    mutating func checkAtomFeed(_ feed: XMLNode) {
        guard Self.isAtomFeed(feed) else {
            feedProblems.append(.error(SourceLocation(line: feed.line), FeedReason.notAtomRoot(feed.name)))
            return
        }
        checkCommonAtom(feed)
        checkHistory(feed, links: feed.children("link", in: Self.atom))
        // RFC 4287's Schematron rules, which RELAX NG cannot express.
        if feed.child("author", in: Self.atom) == nil, let orphan = entryWithoutAuthor {
            feedProblems.append(.error(SourceLocation(line: orphan.line, entryIndex: orphan.index), FeedReason.noAuthor))
        }
    }

    /// Counts the entry and notes the first entry on its line (the position
    /// the author rule names, as several entries may share a line).
    private mutating func beginEntry(_ entry: XMLNode) {
        entryIndex = entryCount
        if firstEntryOnLine?.line != entry.line { firstEntryOnLine = (entry.line, entryCount) }
        entryCount += 1
    }

    /// The parts feed and entry share: id, title, updated, links, people, media.
    private mutating func checkCommonAtom(_ element: XMLNode) {
        for id in element.children("id", in: Self.atom) where id.text.trimmed.isEmpty {
            report(id, .emptyID)
        }
        for title in element.children("title", in: Self.atom) where title.text.trimmed.isEmpty && title.children.isEmpty {
            report(title, .emptyTitle)
        }
        for date in element.children("updated", in: Self.atom) { checkRFC3339(date) }
        for link in element.children("link", in: Self.atom) {
            if let href = link.attributes["href"] { checkURL(href, in: link, what: "link href") }
        }
        for name in ["icon", "logo"] {
            for image in element.children(name, in: Self.atom) { checkURL(image.text.trimmed, in: image, what: name) }
        }
        for person in element.children("author", in: Self.atom) + element.children("contributor", in: Self.atom) {
            for uri in person.children("uri", in: Self.atom) { checkURL(uri.text.trimmed, in: uri, what: "author uri") }
        }
        checkMedia(element)
    }

    /// A whole RSS document.
    mutating func checkRSS(_ rss: XMLNode) {
        if let channel = Self.rssChannel(rss) { channel.children("item", in: "").forEach { checkRSSItem($0) } }
        checkRSSFeed(rss)
    }

    /// The channel of an RSS document, whose items are checked at all.
    static func rssChannel(_ root: XMLNode) -> XMLNode? {
        guard root.name == "rss", root.namespace.isEmpty else { return nil }
        return root.child("channel", in: "")
    }

    /// The next item of an RSS channel, in document order.
    mutating func checkRSSItem(_ item: XMLNode) {
        beginEntry(item)
        defer { entryIndex = nil }
        checkRSSCommon(item)
        if item.child("title", in: "") == nil && item.child("description", in: "") == nil {
            report(item, .itemNeedsTitleOrDescription)
        }
        for date in item.children("pubDate", in: "") { checkRFC822(date) }
        for enclosure in item.children("enclosure", in: "") {
            if let url = enclosure.attributes["url"] { checkURL(url, in: enclosure, what: "enclosure url") }
            if let length = enclosure.attributes["length"], Int(length) == nil || Int(length)! < 0 {
                report(enclosure, .enclosureLength(length))
            }
        }
        for guid in item.children("guid", in: "") {
            let value = guid.text.trimmed
            if value.isEmpty { report(guid, .emptyGUID) }
            if guid.attributes["isPermaLink"] != "false" { checkURL(value, in: guid, what: "permalink guid") }
            if let first = ids.firstLine(of: value, usedAgainOn: item.line) {
                report(guid, .guidRepeated(value, firstLine: first))
            }
        }
    }

    /// The RSS document and its channel, after the channel's items (an
    /// `item` among the channel's elements is not looked at again).
    mutating func checkRSSFeed(_ rss: XMLNode) {
        guard rss.name == "rss", rss.namespace.isEmpty else {
            feedProblems.append(.error(SourceLocation(line: rss.line), FeedReason.notRSSRoot(rss.name)))
            return
        }
        guard let channel = Self.rssChannel(rss) else {
            feedProblems.append(.error(SourceLocation(line: rss.line), FeedReason.noChannel))
            return
        }
        checkRSSCommon(channel)
        checkHistory(channel, links: channel.children("link", in: Self.atom))
        for date in channel.children("lastBuildDate", in: "") + channel.children("pubDate", in: "") { checkRFC822(date) }
        for image in channel.children("image", in: "") {
            for url in image.children("url", in: "") + image.children("link", in: "") { checkURL(url.text.trimmed, in: url, what: "image \(url.name)") }
        }
    }

    private mutating func checkRSSCommon(_ element: XMLNode) {
        for title in element.children("title", in: "") where title.text.trimmed.isEmpty {
            report(title, .emptyTitle)
        }
        for link in element.children("link", in: "") { checkURL(link.text.trimmed, in: link, what: "link") }
        for link in element.children("link", in: Self.atom) {
            if let href = link.attributes["href"] { checkURL(href, in: link, what: "atom:link href") }
        }
        checkMedia(element)
    }

    /// RFC 5005's markers and links, in an Atom feed or an RSS channel (appendix B).
    private mutating func checkHistory(_ element: XMLNode, links: [XMLNode]) {
        var rules = FeedHistoryRules<XMLNode>()
        rules.archive = element.child("archive", in: FeedHistory.namespace)
        rules.complete = element.child("complete", in: FeedHistory.namespace)
        rules.selfURL = links.first { $0.attributes["rel"] == "self" }?.attributes["href"]
        rules.links = links.compactMap { link in
            guard let rel = link.attributes["rel"], FeedHistoryRules<XMLNode>.relations.contains(rel), let href = link.attributes["href"] else { return nil }
            return (rel, href, link)
        }
        for (node, reason) in rules.problems() { report(node, reason) }
    }

    private mutating func checkMedia(_ element: XMLNode) {
        for media in element.children("thumbnail", in: Self.media) + element.children("content", in: Self.media) {
            if let url = media.attributes["url"] { checkURL(url, in: media, what: "media:\(media.name) url") }
        }
    }

    private mutating func checkURL(_ value: String, in element: XMLNode, what: String) {
        guard !AbsoluteURL.isAbsoluteHTTP(value) else { return }
        report(element, .notAbsoluteURL(what: what, value))
    }

    private mutating func checkRFC3339(_ element: XMLNode) {
        let value = element.text.trimmed
        if !DateSyntax.isRFC3339(value) {
            report(element, .notRFC3339(element: element.name, value))
        }
    }

    private mutating func checkRFC822(_ element: XMLNode) {
        let value = element.text.trimmed
        if !DateSyntax.isRFC822(value) {
            report(element, .notRFC822(element: element.name, value))
        }
    }

    /// A problem at `element`, the entry's while an entry is checked, else the feed's.
    private mutating func report(_ element: XMLNode, _ reason: FeedReason) {
        let problem = Diagnostic.error(SourceLocation(line: element.line, entryIndex: entryIndex), reason)
        entryIndex == nil ? feedProblems.append(problem) : entryProblems.append(problem)
    }
}
