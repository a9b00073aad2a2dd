internal import CLibXML2
import Foundation

/// HTML fragments (rendered posts, excerpts) read with libxml2's HTML parser.
enum HTMLFragment {
    /// Attributes that hold one URL.
    private static let urlAttributes: Set<String> = [
        "href", "src", "poster", "cite", "action", "formaction", "background", "longdesc", "usemap", "data", "manifest", "icon",
    ]
    /// Attributes that hold a list of `URL descriptor` candidates.
    private static let srcsetAttributes: Set<String> = ["srcset", "imagesrcset"]

    private static let parseOptions = Int32(HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NODEFDTD.rawValue)

    /// The fragment with every relative URL made absolute against `base`
    /// (the post's permalink): feed readers do not honour `xml:base` reliably.
    static func absolutizingURLs(_ html: String, base: URL) -> String {
        withBody(of: html) { document, body in
            rewrite(body, base: base)
            return serialize(body, in: document)
        } ?? html
    }

    /// The text a reader sees, with runs of white space folded to one space
    /// and block elements kept apart (`<p>One.</p><p>Two.</p>` is `One. Two.`).
    static func plainText(_ html: String) -> String {
        let text = withBody(of: html) { _, body in
            var text = ""
            appendText(of: body, to: &text)
            return text
        } ?? html
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt", "figcaption", "figure",
        "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "ol", "p", "pre", "section", "summary",
        "table", "td", "th", "tr", "ul",
    ]

    private static func appendText(of node: xmlNodePtr, to text: inout String) {
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { text += String(cString: content) }
            case XML_ELEMENT_NODE:
                let isBlock = blockElements.contains(name(of: current).lowercased())
                if isBlock { text += " " }
                if !["script", "style"].contains(name(of: current).lowercased()) { appendText(of: current, to: &text) }
                if isBlock { text += " " }
            default:
                break
            }
            child = current.pointee.next
        }
    }

    private static func withBody<Result>(of html: String, _ body: (htmlDocPtr, xmlNodePtr) -> Result) -> Result? {
        guard !html.isEmpty else { return nil }
        LibXML2.initialize()
        let wrapped = "<html><body>" + html + "</body></html>"
        let document = wrapped.withCString { htmlReadMemory($0, Int32(strlen($0)), nil, "UTF-8", parseOptions) }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        guard let element = findBody(xmlDocGetRootElement(document)) else { return nil }
        return body(document, element)
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
        var child = element.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE { rewrite(node, base: base) }
            child = node.pointee.next
        }
    }

    /// One URL made absolute; one that cannot be parsed is left as written.
    static func resolve(_ reference: String, base: URL) -> String {
        let trimmed = reference.trimmed
        guard !trimmed.isEmpty else { return reference }
        let escaped = trimmed.contains(" ") ? trimmed.replacingOccurrences(of: " ", with: "%20") : trimmed
        guard let url = URL(string: escaped, relativeTo: base) else { return reference }
        if url.scheme == nil { return reference }
        return url.absoluteString
    }

    /// `srcset="a.jpg 1x, b.jpg 2x"`: each candidate's URL, descriptors kept.
    /// Parsed as the HTML standard says, so commas inside URLs
    /// (`/w_300,h_200/a.jpg`) stay part of them.
    static func resolveCandidates(_ list: String, base: URL) -> String {
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

    private static func name(of node: xmlNodePtr) -> String {
        String(cString: node.pointee.name)
    }
}
