import FeedModel
import FeedSupport
internal import CLibXML2
import Foundation

/// Parses and schema-validates XML with libxml2: the only file that calls
/// libxml2's XML parser and RELAX NG API.
///
/// Parsing never touches the network, never loads a DTD or an external
/// entity, and refuses documents that declare a DOCTYPE at all: no feed
/// format needs one, and entity declarations are how XML bombs and
/// external-entity attacks arrive.
package final class XMLDocumentParser {
    static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)

    /// A problem at a line (and column) of the document; the caller knows its file.
    static func problem(_ reason: XMLReason, line: Int, column: Int? = nil) -> Diagnostic {
        .error(SourceLocation(line: line, column: column), reason)
    }

    let schema: xmlRelaxNGPtr?
    /// Where the entries are, which are validated a batch at a time.
    let entries: XMLEntryPath?
    package private(set) var schemaProblems: [Diagnostic] = []

    /// Compiles a RELAX NG schema once, to validate any number of documents
    /// whose entries are at `entries`.
    package init(relaxNG: String, entries: XMLEntryPath? = nil) {
        LibXML2.initialize()
        self.entries = entries
        let collector = ProblemCollector()
        var compiled: xmlRelaxNGPtr?
        relaxNG.withCString { text in
            guard let context = xmlRelaxNGNewMemParserCtxt(text, Int32(strlen(text))) else { return }
            defer { xmlRelaxNGFreeParserCtxt(context) }
            xmlRelaxNGSetParserStructuredErrors(context, ProblemCollector.callback, Unmanaged.passUnretained(collector).toOpaque())
            compiled = xmlRelaxNGParse(context)
        }
        schema = compiled
        schemaProblems = collector.problems
    }

    deinit {
        if let schema { xmlRelaxNGFree(schema) }
    }

    /// A parser without a schema, to read a feed that is already published.
    package init() {
        LibXML2.initialize()
        schema = nil
        entries = nil
    }

    /// Parses `bytes`, then validates them against the schema; returns the
    /// element tree when the document is well-formed, and every problem found.
    package func check(_ bytes: [UInt8]) -> (root: XMLNode?, problems: [Diagnostic]) {
        if let line = XMLProlog(bytes).doctypeLine {
            return (nil, [Self.problem(.doctype, line: line)])
        }
        let collector = ProblemCollector()
        let context = Unmanaged.passUnretained(collector).toOpaque()
        xmlSetStructuredErrorFunc(context, ProblemCollector.callback)
        defer { xmlSetStructuredErrorFunc(nil, nil) }

        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { xmlReadMemory($0.baseAddress, Int32(clamping: $0.count), nil, nil, Self.options) }
        }
        guard let document else {
            if collector.problems.isEmpty { collector.problems.append(Self.problem(.notParsed, line: 1)) }
            return (nil, collector.problems)
        }
        defer { xmlFreeDoc(document) }
        guard let rootElement = xmlDocGetRootElement(document) else {
            return (nil, collector.problems + [Self.problem(.noRootElement, line: 1)])
        }
        if let schema, let validation = xmlRelaxNGNewValidCtxt(schema) {
            xmlRelaxNGSetValidStructuredErrors(validation, ProblemCollector.callback, context)
            let result = validateInBatches(document, root: rootElement, with: validation)
            xmlRelaxNGFreeValidCtxt(validation)
            if result != 0 && collector.problems.isEmpty {
                collector.problems.append(Self.mismatch)
            }
        }
        return (Self.node(rootElement), Self.withoutRepeats(collector.problems))
    }

    /// What a validation that failed without saying why reports.
    static let mismatch = problem(.schemaMismatch, line: 1)

    /// A problem of the feed's own elements is found once per batch: said once.
    static func withoutRepeats(_ problems: [Diagnostic]) -> [Diagnostic] {
        var seen: Set<String> = []
        return problems.filter { seen.insert("\($0.location.line ?? 0):\($0.location.column ?? 0):\($0.message)").inserted }
    }

    /// Entries validated at once: libxml2 2.9's RELAX NG takes time quadratic
    /// in the children of an interleave (Atom's `feed`, RSS's `channel`):
    /// 64,000 entries took 7 s, 300,000 more than a minute.
    package static let batchSize = 256

    /// Validates the document with its entries (items) put in, `batchSize` at
    /// a time, beside every other element of the feed: the schema allows any
    /// number of entries, so the document is valid when every batch is. The
    /// entries are put back in their order; their lines do not change.
    private func validateInBatches(_ document: xmlDocPtr, root: xmlNodePtr, with validation: xmlRelaxNGValidCtxtPtr) -> Int32 {
        guard let entries, let holder = Self.holder(of: root, at: entries) else { return xmlRelaxNGValidateDoc(validation, document) }
        var entryElements: [xmlNodePtr] = []
        var child = holder.pointee.children
        while let current = child {
            if Self.matches(current, entries.entry) { entryElements.append(current) }
            child = current.pointee.next
        }
        guard entryElements.count > Self.batchSize else { return xmlRelaxNGValidateDoc(validation, document) }
        // Entries are the feed's last children in every feed seen; any other order
        // only changes where they are put back, which neither the schema nor the checks look at.
        for entry in entryElements { xmlUnlinkNode(entry) }
        var result: Int32 = 0
        for start in stride(from: 0, to: entryElements.count, by: Self.batchSize) {
            let batch = entryElements[start..<min(start + Self.batchSize, entryElements.count)]
            for entry in batch { xmlAddChild(holder, entry) }
            let batchResult = xmlRelaxNGValidateDoc(validation, document)
            if result == 0 { result = batchResult }
            for entry in batch { xmlUnlinkNode(entry) }
        }
        for entry in entryElements { xmlAddChild(holder, entry) }
        return result
    }

    /// The element that holds the entries, when `root` is the path's root.
    private static func holder(of root: xmlNodePtr, at path: XMLEntryPath) -> xmlNodePtr? {
        guard matches(root, path.root) else { return nil }
        guard let name = path.holder else { return root }
        var child = root.pointee.children
        while let current = child {
            if matches(current, name) { return current }
            child = current.pointee.next
        }
        return nil
    }

    /// Whether `node` is an element of that name and namespace.
    private static func matches(_ node: xmlNodePtr, _ name: XMLEntryPath.Name) -> Bool {
        guard node.pointee.type == XML_ELEMENT_NODE, String(cString: node.pointee.name) == name.local else { return false }
        return (node.pointee.ns?.pointee.href.map { String(cString: $0) } ?? "") == name.namespace
    }

    /// An element's line: the exact one a streamed document noted when the
    /// element started (libxml2 keeps lines past 65,535 as 65,535), else libxml2's.
    static func line(of element: xmlNodePtr) -> Int {
        if let exact = element.pointee._private { return Int(bitPattern: exact) }
        return Int(xmlGetLineNo(element))
    }

    /// The element and everything below it, copied out of libxml2.
    static func node(_ element: xmlNodePtr) -> XMLNode {
        var attributes: [String: String] = [:]
        var attribute = element.pointee.properties
        while let current = attribute {
            var name = String(cString: current.pointee.name)
            if let prefix = current.pointee.ns?.pointee.prefix { name = String(cString: prefix) + ":" + name }
            var value = ""
            var child = current.pointee.children
            while let text = child {
                if let content = text.pointee.content { value += String(cString: content) }
                child = text.pointee.next
            }
            attributes[name] = value
            attribute = current.pointee.next
        }
        var text = ""
        var children: [XMLNode] = []
        var child = element.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE: children.append(node(current))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { text += String(cString: content) }
            default: break
            }
            child = current.pointee.next
        }
        let namespace = element.pointee.ns?.pointee.href.map { String(cString: $0) } ?? ""
        return XMLNode(name: String(cString: element.pointee.name), namespace: namespace, attributes: attributes,
                       text: text, line: line(of: element), children: children)
    }
}

/// Receives libxml2's structured errors instead of letting it print them.
final class ProblemCollector {
    var problems: [Diagnostic] = []

    static let callback: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        let collector = Unmanaged<ProblemCollector>.fromOpaque(context).takeUnretainedValue()
        let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
        let column = error.pointee.int2 > 0 ? Int(error.pointee.int2) : nil
        var line = Int(error.pointee.line)
        if let node = error.pointee.node?.assumingMemoryBound(to: xmlNode.self) {
            // The schema's errors name an element: its exact line when a streamed document noted one.
            if error.pointee.domain == Int32(XML_FROM_RELAXNGV.rawValue), node.pointee.type == XML_ELEMENT_NODE, node.pointee._private != nil {
                line = XMLDocumentParser.line(of: node)
            } else if line == 0 {
                line = Int(xmlGetLineNo(node))
            }
        }
        // libxml2's RELAX NG reports some follow-on errors ("Extra element
        // item in interleave") with no position; the positioned ones say it all.
        guard line > 0 else { return }
        collector.problems.append(XMLDocumentParser.problem(.libxml2(message.trimmingCharacters(in: .whitespacesAndNewlines)), line: line, column: column))
    }
}

/// libxml2's one-time global set-up, which must happen before threads use it.
package enum LibXML2 {
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    package static func initialize() {
        _ = initialized
    }
}
