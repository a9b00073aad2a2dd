import FeedModel
import FeedSupport
import FeedValidation
import FeedWriters
import FeedXML
import Foundation
import SiteLoading

/// A feed file as subscribers hold it, read back from its bytes: only what
/// the publish guard, `--dry-run` and the preview compare. The same reader
/// reads the live file and the one about to replace it, so that an entry
/// that did not change reads the same both times.
struct PublishedFeed: Equatable {
    struct Item: Equatable {
        /// Atom `id`, RSS `guid` (else `link`), JSON Feed `id`.
        var id: String
        /// Atom `link rel="alternate"`, RSS `link`, JSON Feed `url`.
        var link: String?
        var title: String
        /// Atom `published` (else `updated`), RSS `pubDate`, JSON Feed `date_published` (else `date_modified`).
        var published: Date?
        /// Identifies everything the entry carries: two items with the same
        /// fingerprint show a reader the same thing.
        var fingerprint: String
    }

    var items: [Item]
    /// Atom `updated`, RSS `lastBuildDate`; JSON Feed has none.
    var updated: Date?
    /// Atom `generator`, RSS `generator`; JSON Feed has none.
    var generator: String?
    /// Atom `link rel="self"`, RSS `atom:link rel="self"`, JSON Feed `feed_url`.
    var selfURL: String?

    /// The feed in `bytes`, or `nil` when they are not a feed of that format.
    /// Without `fingerprints` every item's is empty: only a report of what
    /// changed needs them, and hashing every entry is most of the reading.
    static func read(_ bytes: [UInt8], as format: FeedFormat, fingerprints: Bool = true) -> PublishedFeed? {
        switch format {
        case .atom, .rss:
            guard let root = XMLDocumentParser().check(bytes).root else { return nil }
            return read(.xml(root), as: format, fingerprints: fingerprints)
        case .json:
            guard let root = try? JSONParser.parse(bytes) else { return nil }
            return read(.json(root), as: format, fingerprints: fingerprints)
        }
    }

    /// The same from a document already parsed (by the validator).
    static func read(_ parsed: ParsedFeed, as format: FeedFormat, fingerprints: Bool = true) -> PublishedFeed? {
        switch (format, parsed) {
        case (.atom, .xml(let root)): atom(root, fingerprints: fingerprints)
        case (.rss, .xml(let root)): rss(root, fingerprints: fingerprints)
        case (.json, .json(let root)) where root.members != nil: json(root, fingerprints: fingerprints)
        default: nil
        }
    }

    /// The feed published as `name` in the output folder `root`, or `nil`
    /// when there is none or it is not readable as that format.
    static func read(_ name: String, in root: URL, as format: FeedFormat) -> PublishedFeed? {
        OutputFolder.bytes(name, in: root).flatMap { read($0, as: format) }
    }

    private static func atom(_ root: XMLNode, fingerprints: Bool) -> PublishedFeed? {
        let atom = AtomWriter.namespace
        guard root.name == "feed", root.namespace == atom else { return nil }
        func alternate(_ node: XMLNode) -> String? {
            node.children("link", in: atom).first { ($0.attributes["rel"] ?? "alternate") == "alternate" }?.attributes["href"]
        }
        let items = root.children("entry", in: atom).map { entry in
            Item(id: text(entry.child("id", in: atom)), link: alternate(entry), title: text(entry.child("title", in: atom)),
                 published: rfc3339(entry.child("published", in: atom) ?? entry.child("updated", in: atom)), fingerprint: fingerprints ? fingerprint(entry) : "")
        }
        return PublishedFeed(items: items, updated: rfc3339(root.child("updated", in: atom)),
                             generator: root.child("generator", in: atom).map(text),
                             selfURL: root.children("link", in: atom).first { $0.attributes["rel"] == "self" }?.attributes["href"])
    }

    private static func rss(_ root: XMLNode, fingerprints: Bool) -> PublishedFeed? {
        guard root.name == "rss", let channel = root.child("channel", in: "") else { return nil }
        let items = channel.children("item", in: "").map { item in
            let link = item.child("link", in: "").map(text)
            return Item(id: item.child("guid", in: "").map(text) ?? link ?? "", link: link, title: text(item.child("title", in: "")),
                        published: rfc822(item.child("pubDate", in: "")), fingerprint: fingerprints ? fingerprint(item) : "")
        }
        return PublishedFeed(items: items, updated: rfc822(channel.child("lastBuildDate", in: "")),
                             generator: channel.child("generator", in: "").map(text),
                             selfURL: channel.children("link", in: AtomWriter.namespace).first { $0.attributes["rel"] == "self" }?.attributes["href"])
    }

    private static func json(_ root: JSONValue, fingerprints: Bool) -> PublishedFeed {
        let items = (root["items"]?.elements ?? []).map { item in
            Item(id: item["id"]?.string ?? "", link: item["url"]?.string, title: item["title"]?.string ?? "",
                 published: rfc3339(item["date_published"]?.string ?? item["date_modified"]?.string), fingerprint: fingerprints ? fingerprint(item) : "")
        }
        return PublishedFeed(items: items, updated: nil, generator: nil, selfURL: root["feed_url"]?.string)
    }

    private static func text(_ node: XMLNode?) -> String {
        node?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }

    private static func rfc3339(_ node: XMLNode?) -> Date? {
        rfc3339(node.map(text))
    }

    private static func rfc3339(_ text: String?) -> Date? {
        guard let text else { return nil }
        if let date = try? Date(text, strategy: .iso8601) { return date }
        return try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text)
    }

    private static let utc = TimeZone(identifier: "UTC")!

    private static func rfc822(_ node: XMLNode?) -> Date? {
        guard let node else { return nil }
        // Every published RSS item is read on every build: the post date reader
        // takes RFC 822 dates with their offsets (what feedgen writes) far faster than
        // a DateFormatter; the formatter is left for the other spellings.
        if let date = try? PostDate.read(text(node), in: utc) { return date }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        let value = text(node)
        for pattern in ["EEE, dd MMM yyyy HH:mm:ss Z", "dd MMM yyyy HH:mm:ss Z", "EEE, dd MMM yyyy HH:mm Z", "EEE, dd MMM yy HH:mm:ss Z"] {
            formatter.dateFormat = pattern
            if let date = formatter.date(from: value) { return date }
        }
        return nil
    }

    /// Every name, attribute and text of the element and below it, attributes in name order.
    private static func fingerprint(_ node: XMLNode) -> String {
        var hash = StableHash()
        func add(_ node: XMLNode) {
            hash.add(node.namespace)
            hash.add(node.name)
            for (name, value) in node.attributes.sorted(by: { $0.key < $1.key }) {
                hash.add(name)
                hash.add(value)
            }
            hash.add(node.text)
            node.children.forEach(add)
            hash.add("/")
        }
        add(node)
        return hash.hex
    }

    private static func fingerprint(_ value: JSONValue) -> String {
        var hash = StableHash()
        func add(_ value: JSONValue) {
            switch value.kind {
            case .null: hash.add("null")
            case .bool(let flag): hash.add(flag ? "true" : "false")
            case .number(let number): hash.add("\(number)")
            case .string(let text): hash.add("\"" + text)
            case .array(let elements):
                hash.add("[")
                elements.forEach(add)
                hash.add("]")
            case .object(let members):
                hash.add("{")
                for member in members {
                    hash.add(member.key)
                    add(member.value)
                }
                hash.add("}")
            }
        }
        add(value)
        return hash.hex
    }
}
