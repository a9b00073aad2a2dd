import FeedModel
/// Atom 1.0 (RFC 4287), with Media RSS for entry images.
public enum AtomWriter {
    public static let namespace = "http://www.w3.org/2005/Atom"
    package static let mediaNamespace = "http://search.yahoo.com/mrss/"

    public static func write(_ feed: Feed) -> String {
        var xml = XMLBuilder()
        let zone = feed.timeZone
        xml.open("feed", [("xmlns", namespace), ("xmlns:media", mediaNamespace), ("xmlns:fh", feed.history.map { _ in FeedHistory.namespace }),
                          ("xml:lang", feed.language)])
        xml.element("title", feed.title)
        xml.element("subtitle", feed.description.isEmpty ? nil : feed.description)
        let selfURL = feed.selfURLs[.atom]
        xml.empty("link", [("rel", "self"), ("type", FeedFormat.atom.mediaType), ("href", selfURL)])
        xml.empty("link", [("rel", "alternate"), ("type", "text/html"), ("href", feed.siteURL)])
        for hub in feed.hubs {
            xml.empty("link", [("rel", "hub"), ("href", hub)])
        }
        for link in feed.history?.links(for: .atom) ?? [] {
            xml.empty("link", [("rel", link.rel), ("type", FeedFormat.atom.mediaType), ("href", link.href)])
        }
        // The feed's own URL is as permanent as an Atom id needs to be, and it is what jekyll-feed uses;
        // an archive document is part of the subscription feed, so it has the same id (RFC 5005 section 4).
        xml.element("id", feed.history?.links(for: .atom).first { $0.rel == "current" }?.href ?? selfURL ?? feed.siteURL)
        xml.element("updated", FeedDate.rfc3339(feed.updated, in: zone))
        // RFC 4287 §4.1.1: a feed needs an author unless every entry has one.
        let feedAuthors = feed.authors.isEmpty && feed.entries.contains { $0.authors.isEmpty } ? [Person(name: feed.title)] : feed.authors
        feedAuthors.forEach { person($0, into: &xml) }
        xml.element("generator", FeedGenerator.name, [("version", FeedGenerator.version)])
        xml.element("icon", feed.iconURL)
        xml.element("logo", feed.logoURL)
        if let marker = feed.history?.marker { xml.empty(marker, []) }
        for entry in feed.entries {
            xml.open("entry", [("xml:lang", entry.language)])
            xml.element("title", entry.title)
            xml.empty("link", [("rel", "alternate"), ("type", "text/html"), ("href", entry.url)])
            for enclosure in entry.enclosures {
                xml.empty("link", [("rel", "enclosure"), ("type", enclosure.type), ("length", enclosure.length > 0 ? String(enclosure.length) : nil),
                                   ("title", enclosure.title), ("href", enclosure.url)])
            }
            xml.element("id", entry.id)
            xml.element("published", FeedDate.rfc3339(entry.published, in: zone))
            xml.element("updated", FeedDate.rfc3339(entry.updated, in: zone))
            entry.authors.prefix(feed.atomNamesFirstAuthorOnly ? 1 : entry.authors.count).forEach { person($0, into: &xml) }
            for category in entry.categories {
                xml.empty("category", [("term", category)])
            }
            xml.element("summary", entry.summaryHTML.isEmpty ? nil : entry.summaryHTML, [("type", "html")])
            xml.element("content", entry.contentHTML, [("type", "html")])
            if let image = entry.image {
                xml.empty("media:thumbnail", [("url", image.thumbnailURL)])
                xml.empty("media:content", [("url", image.url), ("medium", "image")])
            }
            xml.close("entry")
        }
        xml.close("feed")
        return xml.output
    }

    private static func person(_ person: Person, into xml: inout XMLBuilder) {
        xml.open("author")
        xml.element("name", person.name)
        xml.element("email", person.email)
        xml.element("uri", person.url)
        xml.close("author")
    }
}
