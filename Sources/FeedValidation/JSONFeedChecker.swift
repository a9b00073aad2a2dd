import FeedModel
import FeedSupport

/// The rules of JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), plus
/// the checks every format gets: absolute URLs, unique ids, RFC 3339 dates.
struct JSONFeedChecker {
    static let versions = ["https://jsonfeed.org/version/1.1", "https://jsonfeed.org/version/1"]

    private static let feedKeys: Set<String> = [
        "version", "title", "home_page_url", "feed_url", "description", "user_comment", "next_url", "icon",
        "favicon", "author", "authors", "language", "expired", "hubs", "items",
    ]
    private static let itemKeys: Set<String> = [
        "id", "url", "external_url", "title", "content_html", "content_text", "summary", "image", "banner_image",
        "date_published", "date_modified", "author", "authors", "tags", "language", "attachments",
    ]
    private static let attachmentKeys: Set<String> = ["url", "mime_type", "title", "size_in_bytes", "duration_in_seconds"]
    private static let authorKeys: Set<String> = ["name", "url", "avatar"]

    private(set) var problems: [Diagnostic] = []
    /// The document as parsed, when it is JSON at all.
    private(set) var parsed: JSONValue?
    private var entryIndex: Int?
    private var itemCount = 0
    private var ids = EntryIDs()

    mutating func check(_ bytes: [UInt8]) {
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
            parsed = root
        } catch {
            problems.append(.error(error.location, FeedReason.notValidJSON(error.message)))
            return
        }
        checkFeed(root)
    }

    /// The same checks of a document read a chunk at a time by `read` (see
    /// `JSONParser.parse(reading:items:)`): each item is checked as soon as
    /// it is read and then forgotten, so `parsed` stays `nil`.
    mutating func check(reading read: @escaping (inout [UInt8]) -> Bool) {
        let items = ItemChecks()
        let root: JSONValue
        do {
            root = try JSONParser.parse(reading: read, items: items)
        } catch {
            problems.append(.error(error.location, FeedReason.notValidJSON(error.message)))
            return
        }
        checkFeed(root)
        problems += items.checker.problems
    }

    /// The items as they are read, with a checker of their own: their
    /// problems come after the feed's, as when the feed is checked whole.
    private final class ItemChecks: JSONItemSink {
        var checker = JSONFeedChecker()

        /// The last "items" of the feed is its items: each one starts afresh.
        func begin() { checker = JSONFeedChecker() }

        func add(_ item: JSONValue) { checker.checkItem(item) }
    }

    /// The feed object, and each element of its "items".
    private mutating func checkFeed(_ root: JSONValue) {
        guard root.members != nil else {
            fail(root, .jsonNotAnObject(type: root.typeName))
            return
        }
        checkKeys(root, allowed: Self.feedKeys, in: "the feed")
        if let version = required(root, "version", in: "the feed") {
            if let text = version.string, !Self.versions.contains(text) {
                fail(version, .unknownVersion(text, expected: Self.versions[0]))
            } else if version.string == nil {
                fail(version, .notAString("version", type: version.typeName))
            }
        }
        if let title = required(root, "title", in: "the feed") { nonEmptyString(title, "title") }
        for key in ["home_page_url", "feed_url", "next_url", "icon", "favicon"] { url(root[key], key) }
        for key in ["description", "user_comment", "language"] { string(root[key], key) }
        if let expired = root["expired"], case .bool = expired.kind {} else if let expired = root["expired"] {
            fail(expired, .notABoolean("expired", type: expired.typeName))
        }
        authors(root)
        if let history = root["_rfc5005"] { checkHistory(history, root: root) }
        if let hubs = root["hubs"] { checkHubs(hubs) }
        guard let items = required(root, "items", in: "the feed") else { return }
        guard let elements = items.elements else {
            fail(items, .notAnArray("items", type: items.typeName))
            return
        }
        elements.forEach { checkItem($0) }
    }

    /// `hubs`: objects with a `type` (such as "WebSub") and a `url`.
    private mutating func checkHubs(_ hubs: JSONValue) {
        guard let elements = hubs.elements else {
            fail(hubs, .notAnArray("hubs", type: hubs.typeName))
            return
        }
        for hub in elements {
            guard hub.members != nil else {
                fail(hub, .elementNotAnObject(what: "a hub", type: hub.typeName))
                continue
            }
            checkKeys(hub, allowed: ["type", "url"], in: "a hub")
            if let type = required(hub, "type", in: "a hub") { nonEmptyString(type, "type") }
            if let link = required(hub, "url", in: "a hub") { url(link, "url") }
        }
    }

    private static let historyKeys: Set<String> = ["about", "complete", "archive", "current", "prev_archive", "next_archive"]

    /// feedgen's `_rfc5005` extension (RFC 5005 in JSON Feed): the markers as
    /// `true`, the links as URLs; `next_url`, JSON Feed's own link to older
    /// entries, must agree with `prev_archive`.
    private mutating func checkHistory(_ history: JSONValue, root: JSONValue) {
        guard history.members != nil else {
            fail(history, .keyNotAnObject("_rfc5005", type: history.typeName))
            return
        }
        checkKeys(history, allowed: Self.historyKeys, in: "\"_rfc5005\"")
        var rules = FeedHistoryRules<JSONValue>()
        for key in ["complete", "archive"] {
            guard let marker = history[key] else { continue }
            guard case .bool(let flag) = marker.kind else {
                fail(marker, .notABoolean(key, type: marker.typeName))
                continue
            }
            if flag { key == "archive" ? (rules.archive = marker) : (rules.complete = marker) }
        }
        url(history["about"], "about")
        rules.selfURL = root["feed_url"]?.string
        for key in ["current", "prev_archive", "next_archive"] {
            guard let link = history[key] else { continue }
            url(link, key)
            if let href = link.string { rules.links.append((key.replacingOccurrences(of: "_", with: "-"), href, link)) }
        }
        for (value, reason) in rules.problems() { fail(value, reason) }
        if let next = root["next_url"], let previous = history["prev_archive"], next.string != previous.string {
            fail(next, .nextURLNotPrevArchive)
        }
    }

    /// The next item, in document order.
    mutating func checkItem(_ item: JSONValue) {
        entryIndex = itemCount
        itemCount += 1
        defer { entryIndex = nil }
        guard item.members != nil else {
            fail(item, .elementNotAnObject(what: "an item", type: item.typeName))
            return
        }
        checkKeys(item, allowed: Self.itemKeys, in: "an item")
        if let id = required(item, "id", in: "an item") {
            if let text = id.string {
                if text.trimmed.isEmpty {
                    fail(id, .empty("id"))
                } else if let first = ids.firstLine(of: text, usedAgainOn: item.line) {
                    fail(id, .itemIDRepeated(text, firstLine: first))
                }
            } else {
                fail(id, .notAString("id", type: id.typeName))
            }
        }
        if item["content_html"] == nil && item["content_text"] == nil {
            fail(item, .itemNeedsContent)
        }
        for key in ["content_html", "content_text", "summary", "language"] { string(item[key], key) }
        if let title = item["title"] { nonEmptyString(title, "title") }
        for key in ["url", "external_url", "image", "banner_image"] { url(item[key], key) }
        for key in ["date_published", "date_modified"] {
            guard let date = item[key] else { continue }
            if let text = date.string, !DateSyntax.isRFC3339(text) {
                fail(date, .keyNotRFC3339(key, text))
            } else if date.string == nil {
                fail(date, .notAString(key, type: date.typeName))
            }
        }
        if let tags = item["tags"] {
            if let elements = tags.elements {
                for tag in elements where tag.string == nil { fail(tag, .tagNotAString(type: tag.typeName)) }
            } else {
                fail(tags, .tagsNotStrings(type: tags.typeName))
            }
        }
        authors(item)
        if let attachments = item["attachments"] {
            guard let elements = attachments.elements else {
                fail(attachments, .notAnArray("attachments", type: attachments.typeName))
                return
            }
            for attachment in elements { checkAttachment(attachment) }
        }
    }

    private mutating func checkAttachment(_ attachment: JSONValue) {
        guard attachment.members != nil else {
            fail(attachment, .elementNotAnObject(what: "an attachment", type: attachment.typeName))
            return
        }
        checkKeys(attachment, allowed: Self.attachmentKeys, in: "an attachment")
        if let link = required(attachment, "url", in: "an attachment") { url(link, "url") }
        if let type = required(attachment, "mime_type", in: "an attachment") { nonEmptyString(type, "mime_type") }
        string(attachment["title"], "title")
        for key in ["size_in_bytes", "duration_in_seconds"] {
            guard let number = attachment[key] else { continue }
            if case .number(let value) = number.kind, value >= 0 { continue }
            fail(number, .notANumberFromZero(key, type: number.typeName))
        }
    }

    /// `authors` (1.1) or the deprecated `author` (1.0): objects with at least a name, url or avatar.
    private mutating func authors(_ object: JSONValue) {
        var people: [JSONValue] = []
        if let list = object["authors"] {
            if let elements = list.elements { people += elements } else {
                fail(list, .notAnArray("authors", type: list.typeName))
            }
        }
        if let single = object["author"] { people.append(single) }
        for person in people {
            guard let members = person.members else {
                fail(person, .elementNotAnObject(what: "an author", type: person.typeName))
                continue
            }
            checkKeys(person, allowed: Self.authorKeys, in: "an author")
            if !members.contains(where: { Self.authorKeys.contains($0.key) }) {
                fail(person, .authorWithoutFields)
            }
            string(person["name"], "name")
            url(person["avatar"], "avatar")
            // The specification allows a mailto: link here.
            if let link = person["url"], link.string?.hasPrefix("mailto:") != true { url(link, "url") }
        }
    }

    // MARK: - Helpers

    private mutating func checkKeys(_ object: JSONValue, allowed: Set<String>, in place: String) {
        var seen = Set<String>()
        for (key, value) in object.members ?? [] {
            if !seen.insert(key).inserted {
                fail(value, .keyTwice(key, in: place))
            }
            if !allowed.contains(key) && !key.hasPrefix("_") {
                fail(value, .unknownKey(key, in: place, suggestion: suggestion(for: key, among: allowed)))
            }
        }
    }

    private mutating func required(_ object: JSONValue, _ key: String, in place: String) -> JSONValue? {
        guard let value = object[key] else {
            fail(object, .missingKey(key, in: place))
            return nil
        }
        return value
    }

    private mutating func string(_ value: JSONValue?, _ key: String) {
        if let value, value.string == nil { fail(value, .notAString(key, type: value.typeName)) }
    }

    private mutating func nonEmptyString(_ value: JSONValue, _ key: String) {
        if let text = value.string {
            if text.trimmed.isEmpty { fail(value, .empty(key)) }
        } else {
            fail(value, .notAString(key, type: value.typeName))
        }
    }

    private mutating func url(_ value: JSONValue?, _ key: String) {
        guard let value else { return }
        guard let text = value.string else {
            fail(value, .notAString(key, type: value.typeName))
            return
        }
        if !AbsoluteURL.isAbsoluteHTTP(text) { fail(value, .keyNotAbsoluteURL(key, text)) }
    }

    private mutating func fail(_ value: JSONValue, _ reason: FeedReason) {
        problems.append(.error(SourceLocation(line: value.line, column: value.column, entryIndex: entryIndex), reason))
    }
}
