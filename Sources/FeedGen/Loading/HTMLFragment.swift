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

    /// The text a reader sees, with runs of white space folded to one space.
    static func plainText(_ html: String) -> String {
        let text = withBody(of: html) { _, body in
            guard let content = xmlNodeGetContent(body) else { return "" }
            defer { CLibXML2_free(content) }
            return String(cString: content)
        } ?? html
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
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
    private static func resolveCandidates(_ list: String, base: URL) -> String {
        list.split(separator: ",").map { candidate in
            let parts = candidate.split(whereSeparator: \.isWhitespace)
            guard let first = parts.first else { return String(candidate) }
            return ([resolve(String(first), base: base)] + parts.dropFirst().map(String.init)).joined(separator: " ")
        }.joined(separator: ", ")
    }

    private static func name(of node: xmlNodePtr) -> String {
        String(cString: node.pointee.name)
    }
}
