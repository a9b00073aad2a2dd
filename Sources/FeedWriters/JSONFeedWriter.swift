import FeedModel
/// JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/).
public enum JSONFeedWriter {
    public static let version = "https://jsonfeed.org/version/1.1"

    public static func write(_ feed: Feed) -> String {
        let zone = feed.timeZone
        let items: [JSONOutput] = feed.entries.map { entry in
            .object([
                ("id", .string(entry.id)),
                ("url", .string(entry.url)),
                ("title", .string(entry.title)),
                // An item needs content_html or content_text; an excerpt-only site gives its excerpt.
                ("content_html", .string(entry.contentHTML ?? entry.summaryHTML)),
                ("summary", entry.summaryText.isEmpty ? nil : .string(entry.summaryText)),
                ("image", entry.image.map { .string($0.url) }),
                ("date_published", .string(FeedDate.rfc3339(entry.published, in: zone))),
                ("date_modified", .string(FeedDate.rfc3339(entry.updated, in: zone))),
                ("authors", entry.authors.isEmpty ? nil : .array(entry.authors.map(author))),
                ("tags", entry.categories.isEmpty ? nil : .array(entry.categories.map(JSONOutput.string))),
                ("language", entry.language.map(JSONOutput.string)),
                ("attachments", entry.enclosures.isEmpty ? nil : .array(entry.enclosures.map(attachment))),
            ])
        }
        return JSONOutput.object([
            ("version", .string(version)),
            ("title", .string(feed.title)),
            ("home_page_url", .string(feed.siteURL)),
            ("feed_url", feed.selfURLs[.json].map(JSONOutput.string)),
            // JSON Feed's pagination runs from newer to older entries, as prev-archive does.
            ("next_url", feed.history?.links(for: .json).first { $0.rel == "prev-archive" }.map { .string($0.href) }),
            ("description", feed.description.isEmpty ? nil : .string(feed.description)),
            ("icon", feed.logoURL.map(JSONOutput.string)),
            ("favicon", feed.iconURL.map(JSONOutput.string)),
            ("authors", feed.authors.isEmpty ? nil : .array(feed.authors.map(author))),
            ("language", feed.language.map(JSONOutput.string)),
            ("hubs", feed.hubs.isEmpty ? nil : .array(feed.hubs.map { .object([("type", .string("WebSub")), ("url", .string($0))]) })),
            ("_rfc5005", feed.history.map(history)),
            ("items", .array(items)),
        ]).serialized()
    }

    /// RFC 5005 as a JSON Feed extension object (JSON Feed 1.1, "Extensions").
    private static func history(_ history: FeedHistory) -> JSONOutput {
        var members: [(String, JSONOutput?)] = [("about", .string("https://www.rfc-editor.org/rfc/rfc5005"))]
        switch history {
        case .complete: members.append(("complete", .bool(true)))
        case .subscription: break
        case .archive: members.append(("archive", .bool(true)))
        }
        for link in history.links(for: .json) {
            members.append((link.rel.replacingOccurrences(of: "-", with: "_"), .string(link.href)))
        }
        return .object(members)
    }

    /// JSON Feed authors have no e-mail field; a `mailto:` URL carries it.
    private static func author(_ person: Person) -> JSONOutput {
        .object([
            ("name", .string(person.name)),
            ("url", (person.url ?? person.email.map { "mailto:" + $0 }).map(JSONOutput.string)),
        ])
    }

    private static func attachment(_ enclosure: Enclosure) -> JSONOutput {
        .object([
            ("url", .string(enclosure.url)),
            ("mime_type", .string(enclosure.type)),
            ("title", enclosure.title.map(JSONOutput.string)),
            ("size_in_bytes", enclosure.length > 0 ? .integer(enclosure.length) : nil),
            ("duration_in_seconds", enclosure.duration.map(JSONOutput.integer)),
        ])
    }
}
