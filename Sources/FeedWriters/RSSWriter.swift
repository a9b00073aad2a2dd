import FeedModel
/// RSS 2.0, with `content:encoded` for the full post, `dc:creator` for
/// every author, `atom:link rel="self"` and Media RSS images. Plain-text
/// elements escape `&` and `<` as the RSS Advisory Board's profile asks.
public enum RSSWriter {
    package static let namespaces: XMLBuilder.Attributes = [
        ("version", "2.0"),
        ("xmlns:atom", AtomWriter.namespace),
        ("xmlns:content", "http://purl.org/rss/1.0/modules/content/"),
        ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
        ("xmlns:media", AtomWriter.mediaNamespace),
    ]

    public static func write(_ feed: Feed) -> String {
        var xml = XMLBuilder()
        let zone = feed.timeZone
        xml.open("rss", namespaces + [("xmlns:fh", feed.history.map { _ in FeedHistory.namespace })])
        xml.open("channel")
        xml.plainTextElement("title", feed.title)
        xml.element("link", feed.siteURL)
        // `description` is required; the title stands in for a site that has none.
        xml.element("description", feed.description.isEmpty ? feed.title : feed.description)
        xml.empty("atom:link", [("href", feed.selfURLs[.rss]), ("rel", "self"), ("type", FeedFormat.rss.mediaType)])
        for hub in feed.hubs {
            xml.empty("atom:link", [("href", hub), ("rel", "hub")])
        }
        // RFC 5005 appendix B: RSS carries the history links as atom:link and the markers in the channel.
        for link in feed.history?.links(for: .rss) ?? [] {
            xml.empty("atom:link", [("href", link.href), ("rel", link.rel), ("type", FeedFormat.rss.mediaType)])
        }
        if let marker = feed.history?.marker { xml.empty(marker, []) }
        xml.element("language", feed.language)
        if let editor = feed.authors.first(where: { $0.email != nil }) {
            xml.element("managingEditor", mailbox(editor))
        }
        xml.element("lastBuildDate", FeedDate.rfc822(feed.updated, in: zone))
        xml.element("generator", "\(FeedGenerator.name) \(FeedGenerator.version)")
        if let logo = feed.logoURL ?? feed.iconURL {
            xml.open("image")
            xml.element("url", logo)
            xml.plainTextElement("title", feed.title)
            xml.element("link", feed.siteURL)
            xml.close("image")
        }
        for entry in feed.entries {
            xml.open("item")
            xml.plainTextElement("title", entry.title)
            xml.element("link", entry.url)
            xml.element("guid", entry.id, [("isPermaLink", entry.id == entry.url ? "true" : "false")])
            xml.element("pubDate", FeedDate.rfc822(entry.published, in: zone))
            // One element per person, and one kind for all: `dc:creator` with the
            // name, which every reader shows. RSS's own `author` must be an e-mail
            // address (readers show it raw, or not), appears once, and beside a
            // `dc:creator` the W3C validator warns. The e-mail stays in Atom and JSON Feed.
            for author in entry.authors {
                xml.plainTextElement("dc:creator", author.name)
            }
            for category in entry.categories {
                xml.plainTextElement("category", category)
            }
            xml.element("description", entry.summaryHTML)
            xml.element("content:encoded", entry.contentHTML)
            // RSS readers handle one enclosure per item; Atom and JSON Feed carry them all.
            if let enclosure = entry.enclosures.first {
                xml.empty("enclosure", [("url", enclosure.url), ("length", String(enclosure.length)), ("type", enclosure.type)])
            }
            if let image = entry.image {
                xml.empty("media:thumbnail", [("url", image.thumbnailURL)])
                xml.empty("media:content", [("url", image.url), ("medium", "image")])
            }
            xml.close("item")
        }
        xml.close("channel")
        xml.close("rss")
        return xml.output
    }

    /// RSS's `email (Name)` form.
    private static func mailbox(_ person: Person) -> String {
        "\(person.email ?? "") (\(person.name))"
    }
}
