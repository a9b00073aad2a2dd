import FeedModel
internal import CLibXML2
import Foundation

/// HTML fragments (rendered posts, excerpts) read with libxml2's HTML parser.
package enum HTMLFragment {
    /// Attributes that hold one URL.
    private static let urlAttributes: Set<String> = [
        "href", "src", "poster", "cite", "action", "formaction", "background", "longdesc", "usemap", "data", "manifest", "icon",
    ]
    /// Attributes that hold a list of `URL descriptor` candidates.
    private static let srcsetAttributes: Set<String> = ["srcset", "imagesrcset"]

    /// `XML_PARSE_HUGE` (which the HTML parser honours too) lifts libxml2's limit of 255 nested elements, past
    /// which it silently drops the rest of the document; what it still cannot
    /// read whole ends the parse with a fatal error, which is reported.
    private static let parseOptions = Int32(HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue
        | HTML_PARSE_NODEFDTD.rawValue | XML_PARSE_HUGE.rawValue)

    /// HTML that libxml2 could not read to its end: rewriting it would lose the rest.
    package struct Unreadable: Error, Equatable {
        /// libxml2's own words.
        package var reason: String
    }

    /// The fragment as a feed carries it, in one reading: every relative URL
    /// made absolute against `base` (the post's permalink: feed readers do not
    /// honour `xml:base` reliably), and what readers' sanitizers would drop
    /// made into what they show (`ReaderHTML`).
    package static func preparedForReaders(_ html: String, base: URL) throws(Unreadable) -> String {
        try readBody(of: html) { document, body in
            var changes: [ReaderHTML.Change] = []
            forEachElement(below: body) { element in
                rewrite(element, base: base)
                if let change = ReaderHTML.visit(element) { changes.append(change) }
            }
            // Elements are replaced after the walk, which must not step on a freed node.
            ReaderHTML.apply(changes, in: document)
            let prepared = serialize(body, in: document)
            return holdsURLBackslash(prepared) ? prepared.replacingOccurrences(of: urlBackslash, with: "\\") : prepared
        }.get() ?? html
    }

    /// A backslash inside an `href` or `src` that kramdown keeps as written (`http://a/b\%c`),
    /// spelt until the entry's HTML is final: libxml2's serializer percent-encodes a backslash
    /// in those attributes (as `%5C`, which browsers do not read as the `/` a `\` is to them).
    /// Only letters and `-`, which neither libxml2 nor Foundation encode.
    package static let urlBackslash = "-feedgen-url-backslash-"

    /// Whether `text` holds `urlBackslash`: a byte search, where Foundation's
    /// `contains` goes through NSString (a million instructions for a long post).
    private static let markerBytes = Array(urlBackslash.utf8)

    static func holdsURLBackslash(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.count >= markerBytes.count else { return false }
            var start = 0
            while let found = memchr(base + start, Int32(markerBytes[0]), bytes.count - markerBytes.count + 1 - start) {
                let offset = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                if memcmp(base + offset, markerBytes, markerBytes.count) == 0 { return true }
                start = offset + 1
            }
            return false
        }
    }

    /// The text a reader sees, with runs of white space folded to one space
    /// and block elements kept apart (`<p>One.</p><p>Two.</p>` is `One. Two.`).
    package static func plainText(_ html: String) -> String {
        let text = (try? readBody(of: html) { _, body in
            var text = ""
            appendText(of: body, to: &text)
            return text
        }.get()) ?? html
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt", "figcaption", "figure",
        "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "ol", "p", "pre", "section", "summary",
        "table", "td", "th", "tr", "ul",
    ]

    private static func appendText(of root: xmlNodePtr, to text: inout String) {
        walk(root, enter: { node in
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { text += String(cString: content) }
                return false
            case XML_ELEMENT_NODE:
                let element = name(of: node).lowercased()
                if blockElements.contains(element) { text += " " }
                return element != "script" && element != "style"
            default:
                return false
            }
        }, leave: { node in
            if node.pointee.type == XML_ELEMENT_NODE, blockElements.contains(name(of: node).lowercased()) { text += " " }
        })
    }

    /// Visits the nodes below `root` in document order, without recursion: a
    /// post may nest elements a million deep. `enter` says whether to go
    /// into a node's children; `leave` follows every `enter`, after them.
    private static func walk(_ root: xmlNodePtr, enter: (xmlNodePtr) -> Bool, leave: (xmlNodePtr) -> Void) {
        var node = root.pointee.children
        while let current = node {
            if enter(current), let child = current.pointee.children {
                node = child
                continue
            }
            var finished = current
            while true {
                leave(finished)
                if let next = finished.pointee.next {
                    node = next
                    break
                }
                guard let parent = finished.pointee.parent, parent != root else { return }
                finished = parent
            }
        }
    }

    private static func forEachElement(below root: xmlNodePtr, _ body: (xmlNodePtr) -> Void) {
        walk(root, enter: { node in
            guard node.pointee.type == XML_ELEMENT_NODE else { return false }
            body(node)
            return true
        }, leave: { _ in })
    }

    /// Parses the fragment inside `<html><body>`; `nil` for an empty one, and
    /// a failure when libxml2 stopped before its end.
    private static func readBody<Result>(of html: String, _ body: (htmlDocPtr, xmlNodePtr) -> Result) -> Swift.Result<Result?, Unreadable> {
        guard !html.isEmpty else { return .success(nil) }
        LibXML2.initialize()
        guard let context = htmlNewParserCtxt() else { return .failure(Unreadable(reason: "out of memory")) }
        defer { htmlFreeParserCtxt(context) }
        let wrapped = "<html><body>" + html + "</body></html>"
        let document = wrapped.withCString { htmlCtxtReadMemory(context, $0, Int32(clamping: strlen($0)), nil, "UTF-8", parseOptions) }
        defer { if let document { xmlFreeDoc(document) } }
        // A fatal error stops the parser: whatever came after it is missing from the tree.
        let error = context.pointee.lastError
        if error.level == XML_ERR_FATAL {
            let reason = error.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "error \(error.code)"
            return .failure(Unreadable(reason: reason))
        }
        guard let document, let element = findBody(xmlDocGetRootElement(document)) else { return .success(nil) }
        return .success(body(document, element))
    }

    private static func serialize(_ body: xmlNodePtr, in document: htmlDocPtr) -> String {
        let buffer = xmlBufferCreate()
        defer { xmlBufferFree(buffer) }
        var child = body.pointee.children
        while let node = child {
            htmlNodeDump(buffer, document, node)
            child = node.pointee.next
        }
        return String(cString: xmlBufferContent(buffer))
    }

    private static func findBody(_ root: xmlNodePtr?) -> xmlNodePtr? {
        var node = root?.pointee.children
        while let current = node {
            if current.pointee.type == XML_ELEMENT_NODE, name(of: current) == "body" { return current }
            node = current.pointee.next
        }
        return nil
    }

    /// One element's URL attributes made absolute.
    private static func rewrite(_ element: xmlNodePtr, base: URL) {
        var attribute = element.pointee.properties
        while let current = attribute {
            let attributeName = String(cString: current.pointee.name).lowercased()
            let isList = srcsetAttributes.contains(attributeName)
            if isList || urlAttributes.contains(attributeName), let valuePointer = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self)) {
                let value = String(cString: valuePointer)
                CLibXML2_free(valuePointer)
                let resolved = isList ? resolveCandidates(value, base: base) : resolve(value, base: base)
                if resolved != value {
                    xmlSetProp(element, current.pointee.name, resolved)
                }
            }
            attribute = current.pointee.next
        }
    }

    /// One URL made absolute; one that cannot be parsed is left as written.
    package static func resolve(_ reference: String, base: URL) -> String {
        let trimmed = reference.trimmed
        guard !trimmed.isEmpty else { return reference }
        let escaped = trimmed.contains(" ") ? trimmed.replacingOccurrences(of: " ", with: "%20") : trimmed
        // kramdown keeps a backslash in a link's URL (`http://a/b\%c`), which Foundation would
        // percent-encode along with every `%` of the URL: it is kept as written, as readers
        // (and jekyll-feed's) have it, and a relative one joined to the base by hand.
        if holdsURLBackslash(escaped) { return joined(escaped, base: base) }
        guard let url = URL(string: escaped, relativeTo: base) else { return reference }
        if url.scheme == nil { return reference }
        return url.absoluteString
    }

    /// `reference` made absolute against `base` without parsing it: kept when it has a
    /// scheme, else below the base's scheme, origin, folder, path or query, as it starts.
    private static func joined(_ reference: String, base: URL) -> String {
        let scheme = reference.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }
        if !scheme.isEmpty, scheme.first!.isLetter, reference.dropFirst(scheme.count).hasPrefix(":") { return reference }
        guard let parts = URLComponents(url: base, resolvingAgainstBaseURL: true), let baseScheme = parts.scheme, let host = parts.percentEncodedHost else { return reference }
        if reference.hasPrefix("//") { return baseScheme + ":" + reference }
        let origin = baseScheme + "://" + host + (parts.port.map { ":\($0)" } ?? "")
        if reference.hasPrefix("/") { return origin + reference }
        let path = parts.percentEncodedPath.isEmpty ? "/" : parts.percentEncodedPath
        if reference.hasPrefix("#") { return origin + path + (parts.percentEncodedQuery.map { "?" + $0 } ?? "") + reference }
        if reference.hasPrefix("?") { return origin + path + reference }
        let folder = path.hasSuffix("/") ? path : String(path[...path.lastIndex(of: "/")!])
        return origin + folder + reference
    }

    /// `srcset="a.jpg 1x, b.jpg 2x"`: each candidate's URL, descriptors kept.
    /// Parsed as the HTML standard says, so commas inside URLs
    /// (`/w_300,h_200/a.jpg`) stay part of them.
    package static func resolveCandidates(_ list: String, base: URL) -> String {
        var candidates: [String] = []
        var rest = list[...]
        while true {
            rest = rest.drop { $0.isWhitespace || $0 == "," }
            guard !rest.isEmpty else { break }
            var url = rest.prefix { !$0.isWhitespace }
            rest = rest.dropFirst(url.count)
            if url.hasSuffix(",") {
                // A URL that ends in commas has no descriptors; the commas end the candidate.
                while url.hasSuffix(",") { url = url.dropLast() }
                candidates.append(resolve(String(url), base: base))
                continue
            }
            var depth = 0
            let descriptors = rest.prefix { character in
                if character == "(" { depth += 1 }
                if character == ")" { depth = max(0, depth - 1) }
                return character != "," || depth > 0
            }
            rest = rest.dropFirst(descriptors.count)
            let words = descriptors.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            candidates.append(resolve(String(url), base: base) + (words.isEmpty ? "" : " " + words))
        }
        return candidates.joined(separator: ", ")
    }

    static func name(of node: xmlNodePtr) -> String {
        String(cString: node.pointee.name)
    }
}
