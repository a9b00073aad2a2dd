import Testing
@testable import FeedSupport
@testable import FeedValidation
@testable import FeedXML

/// Every feed message, word for word as feedgen printed it before the
/// messages were gathered in `FeedReason`, `XMLReason` and
/// `JSONParser.Reason`: what `feedgen validate` and a refused build print.
@Suite struct FeedReasonTests {
    static let feed: [(FeedReason, String)] = [
        (.inEntry("the title is empty", id: "https://example.org/a/", title: "A", source: "posts/2024-05-01-a.md"),
         "the title is empty (entry \"https://example.org/a/\" \"A\" from posts/2024-05-01-a.md)"),
        (.unreadable("Input/output error"), "the file could not be read to its end: Input/output error"),
        (.cannotBeRead, "cannot be read"),
        (.notAFeed, "not a feed: no Atom <feed>, RSS <rss> or JSON object found (use --format to force one)"),
        (.noFeedFiles(folder: "feeds"), "feeds holds no .xml, .json, .atom or .rss files."),
        (.notValidJSON("unterminated string"), "not valid JSON: unterminated string"),
        (.notAtomRoot("rss"), "the root element is <rss>, not an Atom <feed>"),
        (.notRSSRoot("feed"), "the root element is <feed>, not an RSS <rss>"),
        (.noChannel, "the <rss> element needs a <channel>"),
        (.noAuthor, "the feed has no author, so every entry needs one (RFC 4287 section 4.1.1)"),
        (.entryWithoutContentNeedsAlternate, "an entry without content needs a link rel=\"alternate\" (RFC 4287 section 4.1.2)"),
        (.entryIDRepeated("https://example.org/one/", firstLine: 8), "entry id \"https://example.org/one/\" is also used by the entry on line 8"),
        (.guidRepeated("x", firstLine: 9), "guid \"x\" is also used by the item on line 9"),
        (.emptyID, "the id is empty"),
        (.emptyTitle, "the title is empty"),
        (.emptyGUID, "the guid is empty"),
        (.itemNeedsTitleOrDescription, "an item needs a title or a description"),
        (.enclosureLength("-1"), "enclosure length \"-1\" is not a number of bytes"),
        (.notAbsoluteURL(what: "link href", "/two/"), "link href \"/two/\" is not an absolute http(s) URL"),
        (.notRFC3339(element: "updated", "2024-04-01 10:00"), "<updated> \"2024-04-01 10:00\" is not an RFC 3339 date such as 2024-05-01T10:00:00Z"),
        (.notRFC822(element: "pubDate", "2024-05-01T10:00:00Z"),
         "<pubDate> \"2024-05-01T10:00:00Z\" is not an RFC 822 date such as Wed, 01 May 2024 10:00:00 +0000"),
        (.jsonNotAnObject(type: "an array"), "a JSON Feed is an object, not an array"),
        (.unknownVersion("https://jsonfeed.org/version/2", expected: "https://jsonfeed.org/version/1.1"),
         "version \"https://jsonfeed.org/version/2\" is not https://jsonfeed.org/version/1.1"),
        (.notAString("title", type: "a number"), "\"title\" must be a string, not a number"),
        (.notABoolean("expired", type: "a string"), "\"expired\" must be true or false, not a string"),
        (.notAnArray("items", type: "an object"), "\"items\" must be an array, not an object"),
        (.keyNotAnObject("_rfc5005", type: "an array"), "\"_rfc5005\" must be an object, not an array"),
        (.elementNotAnObject(what: "an item", type: "a string"), "an item must be an object, not a string"),
        (.empty("id"), "\"id\" must not be empty"),
        (.itemIDRepeated("x", firstLine: 1), "item id \"x\" is also used by the item on line 1"),
        (.itemNeedsContent, "an item needs \"content_html\" or \"content_text\""),
        (.keyNotRFC3339("date_published", "May 1, 2024"), "\"date_published\" \"May 1, 2024\" is not an RFC 3339 date such as 2024-05-01T10:00:00Z"),
        (.keyNotAbsoluteURL("url", "/one/"), "\"url\" \"/one/\" is not an absolute http(s) URL"),
        (.tagNotAString(type: "a number"), "each tag must be a string, not a number"),
        (.tagsNotStrings(type: "a string"), "\"tags\" must be an array of strings, not a string"),
        (.notANumberFromZero("size_in_bytes", type: "a string"), "\"size_in_bytes\" must be a number of at least 0, not a string"),
        (.authorWithoutFields, "an author needs at least one of \"name\", \"url\" and \"avatar\""),
        (.keyTwice("items", in: "the feed"), "\"items\" appears twice in the feed"),
        (.unknownKey("tittle", in: "the feed", suggestion: "title"),
         "\"tittle\" is not a JSON Feed 1.1 key for the feed (did you mean \"title\"?); extensions must start with \"_\""),
        (.unknownKey("zzz", in: "an item", suggestion: nil), "\"zzz\" is not a JSON Feed 1.1 key for an item; extensions must start with \"_\""),
        (.missingKey("version", in: "the feed"), "the feed needs \"version\""),
        (.nextURLNotPrevArchive, "\"next_url\" and \"_rfc5005\".\"prev_archive\" name different documents"),
        (.completeAndArchive, "fh:archive in a complete feed: a document is either complete (RFC 5005 section 2) or an archive document (section 4)"),
        (.archiveWithoutCurrent, "an archive document needs a link rel=\"current\" to its subscription feed (RFC 5005 section 4)"),
        (.secondLink(rel: "prev-archive"), "a second link rel=\"prev-archive\"; a feed document has one (RFC 5005 section 4)"),
        (.linkInCompleteFeed(rel: "prev-archive"), "a complete feed (fh:complete) has no link rel=\"prev-archive\": it holds every entry (RFC 5005 section 2)"),
        (.linkToItself(rel: "prev-archive"), "link rel=\"prev-archive\" leads back to this document"),
        (.nextArchiveToCurrent, "link rel=\"next-archive\" leads past the newest archive document, to the subscription feed"),
        (.entryHTMLTooLarge(bytes: 10_485_760),
         "the post's HTML is 10.0 MB, more than the 10,000,000 bytes libxml2 and the feed readers built on it read as one text; it is not published"),
        (.budgetTooSmall(maxBytes: 2048), "even its newest entry as a summary is more than \"max_bytes\" 2048 bytes"),
        (.largerThanReaders(bytes: 600_000, limit: "the 512 KB FeedBurner reads"),
         "the file is 600000 bytes, more than the 512 KB FeedBurner reads; readers may cut it off or refuse it (set \"max_bytes\" to fit)"),
    ]

    static let xml: [(XMLReason, String)] = [
        (.libxml2("Expecting an element id, got nothing"), "Expecting an element id, got nothing"),
        (.doctype, "a DOCTYPE declaration is not allowed in a feed; its entities could expand without bound or fetch other files"),
        (.notParsed, "the document could not be parsed"),
        (.noRootElement, "the document has no root element"),
        (.schemaMismatch, "the document does not match the schema"),
        (.parserNotStarted, "libxml2 could not start parsing (out of memory)"),
        (.validatorNotStarted, "libxml2 could not start validating (out of memory)"),
        (.notReadableTwice, "the file could not be read a second time, to validate its entries beside the elements after them"),
        (.changedWhileValidated, "the file changed while it was validated"),
        (.entryNotCopied, "libxml2 could not copy the entry (out of memory)"),
        (.htmlNotReadableWhole("Excessive depth in document: 256 use XML_PARSE_HUGE option"),
         "the post's HTML cannot be read whole by libxml2 (Excessive depth in document: 256 use XML_PARSE_HUGE option); it is not published"),
    ]

    static let json: [(JSONParser.Reason, String)] = [
        (.byteOrderMark, "the file starts with a byte order mark, which JSON does not allow"),
        (.notUTF8, "the file is not valid UTF-8"),
        (.textAfterValue, "unexpected text after the JSON value"),
        (.endInsteadOfValue, "unexpected end of input, a value was expected"),
        (.characterInsteadOfValue("+"), "unexpected character '+', a value was expected"),
        (.invalidLiteral(expected: "true"), "invalid literal, 'true' was expected"),
        (.tooDeep(levels: 512), "nesting deeper than 512 levels"),
        (.memberNameExpected, "a member name in double quotes was expected"),
        (.colonExpected, "':' was expected after the member name"),
        (.commaOrBraceExpected, "',' or '}' was expected"),
        (.commaOrBracketExpected, "',' or ']' was expected"),
        (.digitExpected, "a digit was expected"),
        (.leadingZero, "numbers must not have leading zeros"),
        (.digitExpectedAfterPoint, "a digit was expected after '.'"),
        (.digitExpectedInExponent, "a digit was expected in the exponent"),
        (.unterminatedString, "unterminated string"),
        (.unescapedControl(0x01), "control character U+0001 must be escaped in a string"),
        (.unterminatedEscape, "unterminated escape"),
        (.unpairedSurrogate(0xD83D), "unpaired surrogate \\ud83d"),
        (.invalidLowSurrogate, "invalid low surrogate"),
        (.invalidEscape("q"), "invalid escape '\\q'"),
        (.hexDigitsExpected, "four hex digits were expected after \\u"),
    ]

    @Test func everyFeedMessageWordForWord() {
        for (reason, text) in Self.feed { #expect(reason.message == text) }
    }

    @Test func everyXMLMessageWordForWord() {
        for (reason, text) in Self.xml { #expect(reason.message == text) }
    }

    @Test func everyJSONSyntaxMessageWordForWord() {
        for (reason, text) in Self.json { #expect(reason.message == text) }
    }
}
