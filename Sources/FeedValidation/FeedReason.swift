import FeedSupport

/// Every problem feedgen reports about a feed document, its own or one
/// `feedgen validate` reads: the wrapper texts around libxml2's RELAX NG
/// findings (libxml2's own words are `XMLReason.libxml2`'s), the semantic
/// checks of Atom and RSS, the JSON Feed 1.1 rules, RFC 5005's history
/// rules, and the size a feed may have.
package enum FeedReason: DiagnosticReason, Equatable {
    /// A problem of the feed the build made, named with the entry it is in and the post it came from.
    case inEntry(String, id: String, title: String, source: String)

    // Reading the document.
    case unreadable(String)
    case cannotBeRead
    case notAFeed
    case noFeedFiles(folder: String)
    case notValidJSON(String)

    // Atom and RSS.
    case notAtomRoot(String)
    case notRSSRoot(String)
    case noChannel
    case noAuthor
    case entryWithoutContentNeedsAlternate
    case entryIDRepeated(String, firstLine: Int)
    case guidRepeated(String, firstLine: Int)
    case emptyID
    case emptyTitle
    case emptyGUID
    case itemNeedsTitleOrDescription
    case enclosureLength(String)
    /// `what` names the attribute or element: `link href`, `media:content url`.
    case notAbsoluteURL(what: String, String)
    case notRFC3339(element: String, String)
    case notRFC822(element: String, String)

    // JSON Feed.
    case jsonNotAnObject(type: String)
    case unknownVersion(String, expected: String)
    case notAString(String, type: String)
    case notABoolean(String, type: String)
    case notAnArray(String, type: String)
    case keyNotAnObject(String, type: String)
    /// `what` is "an item", "a hub", "an attachment", "an author".
    case elementNotAnObject(what: String, type: String)
    case empty(String)
    case itemIDRepeated(String, firstLine: Int)
    case itemNeedsContent
    case keyNotRFC3339(String, String)
    case keyNotAbsoluteURL(String, String)
    case tagNotAString(type: String)
    case tagsNotStrings(type: String)
    case notANumberFromZero(String, type: String)
    case authorWithoutFields
    /// `place` is "the feed", "an item", "\"_rfc5005\""…
    case keyTwice(String, in: String)
    case unknownKey(String, in: String, suggestion: String?)
    case missingKey(String, in: String)
    case nextURLNotPrevArchive

    // RFC 5005, every format.
    case completeAndArchive
    case archiveWithoutCurrent
    case secondLink(rel: String)
    case linkInCompleteFeed(rel: String)
    case linkToItself(rel: String)
    case nextArchiveToCurrent

    // Sizes.
    case entryHTMLTooLarge(bytes: Int)
    case budgetTooSmall(maxBytes: Int)
    case largerThanReaders(bytes: Int, limit: String)

    package var message: String {
        switch self {
        case .inEntry(let problem, let id, let title, let source): "\(problem) (entry \"\(id)\" \"\(title)\" from \(source))"
        case .unreadable(let why): "the file could not be read to its end: \(why)"
        case .cannotBeRead: "cannot be read"
        case .notAFeed: "not a feed: no Atom <feed>, RSS <rss> or JSON object found (use --format to force one)"
        case .noFeedFiles(let folder): "\(folder) holds no .xml, .json, .atom or .rss files."
        case .notValidJSON(let why): "not valid JSON: \(why)"

        case .notAtomRoot(let name): "the root element is <\(name)>, not an Atom <feed>"
        case .notRSSRoot(let name): "the root element is <\(name)>, not an RSS <rss>"
        case .noChannel: "the <rss> element needs a <channel>"
        case .noAuthor: "the feed has no author, so every entry needs one (RFC 4287 section 4.1.1)"
        case .entryWithoutContentNeedsAlternate: "an entry without content needs a link rel=\"alternate\" (RFC 4287 section 4.1.2)"
        case .entryIDRepeated(let id, let line): "entry id \"\(id)\" is also used by the entry on line \(line)"
        case .guidRepeated(let id, let line): "guid \"\(id)\" is also used by the item on line \(line)"
        case .emptyID: "the id is empty"
        case .emptyTitle: "the title is empty"
        case .emptyGUID: "the guid is empty"
        case .itemNeedsTitleOrDescription: "an item needs a title or a description"
        case .enclosureLength(let length): "enclosure length \"\(length)\" is not a number of bytes"
        case .notAbsoluteURL(let what, let value): "\(what) \"\(value)\" is not an absolute http(s) URL"
        case .notRFC3339(let element, let value): "<\(element)> \"\(value)\" is not an RFC 3339 date such as 2024-05-01T10:00:00Z"
        case .notRFC822(let element, let value): "<\(element)> \"\(value)\" is not an RFC 822 date such as Wed, 01 May 2024 10:00:00 +0000"

        case .jsonNotAnObject(let type): "a JSON Feed is an object, not \(type)"
        case .unknownVersion(let version, let expected): "version \"\(version)\" is not \(expected)"
        case .notAString(let key, let type): "\"\(key)\" must be a string, not \(type)"
        case .notABoolean(let key, let type): "\"\(key)\" must be true or false, not \(type)"
        case .notAnArray(let key, let type): "\"\(key)\" must be an array, not \(type)"
        case .keyNotAnObject(let key, let type): "\"\(key)\" must be an object, not \(type)"
        case .elementNotAnObject(let what, let type): "\(what) must be an object, not \(type)"
        case .empty(let key): "\"\(key)\" must not be empty"
        case .itemIDRepeated(let id, let line): "item id \"\(id)\" is also used by the item on line \(line)"
        case .itemNeedsContent: "an item needs \"content_html\" or \"content_text\""
        case .keyNotRFC3339(let key, let value): "\"\(key)\" \"\(value)\" is not an RFC 3339 date such as 2024-05-01T10:00:00Z"
        case .keyNotAbsoluteURL(let key, let value): "\"\(key)\" \"\(value)\" is not an absolute http(s) URL"
        case .tagNotAString(let type): "each tag must be a string, not \(type)"
        case .tagsNotStrings(let type): "\"tags\" must be an array of strings, not \(type)"
        case .notANumberFromZero(let key, let type): "\"\(key)\" must be a number of at least 0, not \(type)"
        case .authorWithoutFields: "an author needs at least one of \"name\", \"url\" and \"avatar\""
        case .keyTwice(let key, let place): "\"\(key)\" appears twice in \(place)"
        case .unknownKey(let key, let place, let suggestion):
            "\"\(key)\" is not a JSON Feed 1.1 key for \(place)\(didYouMean(suggestion)); extensions must start with \"_\""
        case .missingKey(let key, let place): "\(place) needs \"\(key)\""
        case .nextURLNotPrevArchive: "\"next_url\" and \"_rfc5005\".\"prev_archive\" name different documents"

        case .completeAndArchive:
            "fh:archive in a complete feed: a document is either complete (RFC 5005 section 2) or an archive document (section 4)"
        case .archiveWithoutCurrent: "an archive document needs a link rel=\"current\" to its subscription feed (RFC 5005 section 4)"
        case .secondLink(let rel): "a second link rel=\"\(rel)\"; a feed document has one (RFC 5005 section 4)"
        case .linkInCompleteFeed(let rel): "a complete feed (fh:complete) has no link rel=\"\(rel)\": it holds every entry (RFC 5005 section 2)"
        case .linkToItself(let rel): "link rel=\"\(rel)\" leads back to this document"
        case .nextArchiveToCurrent: "link rel=\"next-archive\" leads past the newest archive document, to the subscription feed"

        case .entryHTMLTooLarge(let bytes):
            "the post's HTML is \(megabytes(Int64(bytes))), more than the 10,000,000 bytes libxml2 and the feed readers built on it read as one text; it is not published"
        case .budgetTooSmall(let maxBytes): "even its newest entry as a summary is more than \"max_bytes\" \(maxBytes) bytes"
        case .largerThanReaders(let bytes, let limit):
            "the file is \(bytes) bytes, more than \(limit); readers may cut it off or refuse it (set \"max_bytes\" to fit)"
        }
    }
}
