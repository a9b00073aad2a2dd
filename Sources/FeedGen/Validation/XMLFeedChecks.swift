/// What a schema cannot say about Atom and RSS documents: URLs are absolute
/// http(s), entry ids unique, dates in the format's syntax, titles not empty.
struct XMLFeedChecks {
    private(set) var problems: [FeedProblem] = []
    private var entryIndex: Int?

    static let atom = AtomWriter.namespace
    static let media = AtomWriter.mediaNamespace

    mutating func checkAtom(_ feed: XMLNode) {
        guard feed.name == "feed", feed.namespace == Self.atom else {
            problems.append(FeedProblem(line: feed.line, message: "the root element is <\(feed.name)>, not an Atom <feed>"))
            return
        }
        checkCommonAtom(feed)
        checkHistory(feed, links: feed.children("link", in: Self.atom))
        let entries = feed.children("entry", in: Self.atom)
        // RFC 4287's Schematron rules, which RELAX NG cannot express.
        if feed.child("author", in: Self.atom) == nil, let orphan = entries.first(where: { $0.child("author", in: Self.atom) == nil }) {
            problems.append(FeedProblem(line: orphan.line, message: "the feed has no author, so every entry needs one (RFC 4287 section 4.1.1)",
                                        entryIndex: entries.firstIndex { $0.line == orphan.line }))
        }
        var ids: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            entryIndex = index
            checkCommonAtom(entry)
            let alternate = entry.children("link", in: Self.atom).contains { ($0.attributes["rel"] ?? "alternate") == "alternate" }
            if !alternate && entry.child("content", in: Self.atom) == nil {
                problems.append(problem(entry, "an entry without content needs a link rel=\"alternate\" (RFC 4287 section 4.1.2)"))
            }
            if let id = entry.child("id", in: Self.atom) {
                let value = id.text.trimmed
                if let first = ids[value] {
                    problems.append(problem(id, "entry id \"\(value)\" is also used by the entry on line \(first)"))
                } else {
                    ids[value] = entry.line
                }
            }
            for date in entry.children("published", in: Self.atom) { checkRFC3339(date) }
            for content in entry.children("content", in: Self.atom) {
                if let source = content.attributes["src"] { checkURL(source, in: content, what: "content src") }
            }
        }
        entryIndex = nil
    }

    /// The parts feed and entry share: id, title, updated, links, people, media.
    private mutating func checkCommonAtom(_ element: XMLNode) {
        for id in element.children("id", in: Self.atom) where id.text.trimmed.isEmpty {
            problems.append(problem(id, "the id is empty"))
        }
        for title in element.children("title", in: Self.atom) where title.text.trimmed.isEmpty && title.children.isEmpty {
            problems.append(problem(title, "the title is empty"))
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

    mutating func checkRSS(_ rss: XMLNode) {
        guard rss.name == "rss", rss.namespace.isEmpty else {
            problems.append(FeedProblem(line: rss.line, message: "the root element is <\(rss.name)>, not an RSS <rss>"))
            return
        }
        guard let channel = rss.child("channel", in: "") else {
            problems.append(FeedProblem(line: rss.line, message: "the <rss> element needs a <channel>"))
            return
        }
        checkRSSCommon(channel)
        checkHistory(channel, links: channel.children("link", in: Self.atom))
        for date in channel.children("lastBuildDate", in: "") + channel.children("pubDate", in: "") { checkRFC822(date) }
        for image in channel.children("image", in: "") {
            for url in image.children("url", in: "") + image.children("link", in: "") { checkURL(url.text.trimmed, in: url, what: "image \(url.name)") }
        }
        var guids: [String: Int] = [:]
        for (index, item) in channel.children("item", in: "").enumerated() {
            entryIndex = index
            checkRSSCommon(item)
            if item.child("title", in: "") == nil && item.child("description", in: "") == nil {
                problems.append(problem(item, "an item needs a title or a description"))
            }
            for date in item.children("pubDate", in: "") { checkRFC822(date) }
            for enclosure in item.children("enclosure", in: "") {
                if let url = enclosure.attributes["url"] { checkURL(url, in: enclosure, what: "enclosure url") }
                if let length = enclosure.attributes["length"], Int(length) == nil || Int(length)! < 0 {
                    problems.append(problem(enclosure, "enclosure length \"\(length)\" is not a number of bytes"))
                }
            }
            for guid in item.children("guid", in: "") {
                let value = guid.text.trimmed
                if value.isEmpty { problems.append(problem(guid, "the guid is empty")) }
                if guid.attributes["isPermaLink"] != "false" { checkURL(value, in: guid, what: "permalink guid") }
                if let first = guids[value] {
                    problems.append(problem(guid, "guid \"\(value)\" is also used by the item on line \(first)"))
                } else {
                    guids[value] = item.line
                }
            }
        }
        entryIndex = nil
    }

    private mutating func checkRSSCommon(_ element: XMLNode) {
        for title in element.children("title", in: "") where title.text.trimmed.isEmpty {
            problems.append(problem(title, "the title is empty"))
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
        for (node, message) in rules.problems() { problems.append(problem(node, message)) }
    }

    private mutating func checkMedia(_ element: XMLNode) {
        for media in element.children("thumbnail", in: Self.media) + element.children("content", in: Self.media) {
            if let url = media.attributes["url"] { checkURL(url, in: media, what: "media:\(media.name) url") }
        }
    }

    private mutating func checkURL(_ value: String, in element: XMLNode, what: String) {
        guard !AbsoluteURL.isAbsoluteHTTP(value) else { return }
        problems.append(problem(element, "\(what) \"\(value)\" is not an absolute http(s) URL"))
    }

    private mutating func checkRFC3339(_ element: XMLNode) {
        let value = element.text.trimmed
        if !DateSyntax.isRFC3339(value) {
            problems.append(problem(element, "<\(element.name)> \"\(value)\" is not an RFC 3339 date such as 2024-05-01T10:00:00Z"))
        }
    }

    private mutating func checkRFC822(_ element: XMLNode) {
        let value = element.text.trimmed
        if !DateSyntax.isRFC822(value) {
            problems.append(problem(element, "<\(element.name)> \"\(value)\" is not an RFC 822 date such as Wed, 01 May 2024 10:00:00 +0000"))
        }
    }

    private func problem(_ element: XMLNode, _ message: String) -> FeedProblem {
        FeedProblem(line: element.line, message: message, entryIndex: entryIndex)
    }
}
