internal import CLibXML2
import FeedModel
import FeedSupport
import Foundation

/// A document's bytes, a chunk at a time, and from the first byte again when asked.
package struct XMLInput {
    /// Fills the buffer with the next bytes and says how many: 0 at the end, -1 when reading failed.
    package var read: (UnsafeMutableRawBufferPointer) -> Int
    /// Starts again at the first byte; `false` when the bytes cannot be read again.
    package var rewind: () -> Bool

    package init(read: @escaping (UnsafeMutableRawBufferPointer) -> Int, rewind: @escaping () -> Bool) {
        self.read = read
        self.rewind = rewind
    }
}

/// Streaming: `feedgen validate` on a file of any size in bounded memory.
///
/// Not libxml2's streaming reader: `xmlTextReaderRelaxNGSetSchema` cannot
/// validate an interleave (Atom's `feed`, RSS's `channel`) while streaming,
/// so it expands the whole feed into one tree and validates that (a C program
/// on 64,000 entries: 48 s, and memory growing with the file). Instead, the
/// document is parsed with the same parser and options as `check`, whose
/// tree builder is told when each element starts and ends: an entry is
/// handed over as an `XMLNode` when it ends, each batch of entries is
/// validated with the tree validator beside the feed's other elements
/// exactly as `check` validates it, and then freed. The tree never holds
/// more than the feed's other elements and one batch.
extension XMLDocumentParser {
    /// What a streamed document was found to be.
    package struct Streamed {
        /// The root element without its entries; `nil` when the document is
        /// not well-formed (the entries handed over are then to be forgotten).
        package var header: XMLNode?
        /// Every problem, as `check` finds them.
        package var problems: [Diagnostic]
    }

    /// Parses and validates the document `input` gives a chunk at a time,
    /// with the same problems as `check`; each entry (at the parser's
    /// `entries`) is given to `entry` when it has been read, in document
    /// order, and forgotten. The input is read twice when the feed has an
    /// element after an entry and more than `batchSize` entries: each batch
    /// of entries is validated beside all the other elements, as `check` does.
    package func stream(_ input: XMLInput, entry: (XMLNode) -> Void) -> Streamed {
        withoutActuallyEscaping(entry) { entry in
            XMLStream(parser: self, input: input, onEntry: entry).run()
        }
    }
}

/// One streamed document: the parser's callbacks find it in the parser context's `_private`.
private final class XMLStream {
    /// The first pass reads, checks and validates; the second (only when an
    /// element came after an entry) validates each batch again beside the
    /// elements the first pass found, copied into `header`'s `holder`.
    enum Pass {
        case first
        case second(header: xmlDocPtr, holder: xmlNodePtr)
    }

    let input: XMLInput
    let onEntry: (XMLNode) -> Void
    let schema: xmlRelaxNGPtr?
    let root: CName?
    let otherRoots: [CName]
    let holderName: CName?
    let entryName: CName?
    var pass = Pass.first

    /// Bytes read before parsing, to look for a DOCTYPE; given to libxml2 first.
    var prefix: [UInt8] = []
    var prefixServed = 0
    var readFailed = false
    var doctypeLine: Int?

    var parseProblems = ProblemCollector()
    var validationProblems = ProblemCollector()
    var validation: xmlRelaxNGValidCtxtPtr?
    var validationFailed = false

    /// Whether the root is the path's root, once it started.
    var rootMatches = false
    /// The root is none the schema reads (an RSS file read as Atom, Atom 0.3):
    /// the schema says so of the root alone and the checks say nothing of
    /// its content, so each of its children is freed once read.
    var foreignRoot = false
    var holder: xmlNodePtr?
    /// The entry being read.
    var entry: xmlNodePtr?
    var entryCount = 0
    /// Entries read since the last batch was validated.
    var pending = 0
    /// An element (or text) other than an entry came after an entry: the
    /// batches validated while it was not there yet are validated again.
    var headerAfterEntries = false
    /// Entries (and the blank text, comments and processing instructions
    /// between them) from `firstKept` to `doneThrough` are no longer needed.
    /// They are freed when the next element starts or the holder ends, never
    /// at once: libxml2's tree builder appends text to the last text node it
    /// made, which must not be freed under it.
    var firstKept: xmlNodePtr?
    var doneThrough: xmlNodePtr?
    /// The second pass's copies of the batch being gathered.
    var copies: [xmlNodePtr] = []

    init(parser: XMLDocumentParser, input: XMLInput, onEntry: @escaping (XMLNode) -> Void) {
        self.input = input
        self.onEntry = onEntry
        schema = parser.schema
        root = parser.entries.map { CName($0.root) }
        otherRoots = parser.entries?.otherRoots.map(CName.init) ?? []
        holderName = parser.entries?.holder.map(CName.init)
        entryName = parser.entries.map { CName($0.entry) }
    }

    deinit {
        if let validation { xmlRelaxNGFreeValidCtxt(validation) }
    }

    func run() -> XMLDocumentParser.Streamed {
        readPrefix()
        if let line = XMLProlog(prefix).doctypeLine {
            return .init(header: nil, problems: [XMLDocumentParser.problem(.doctype, line: line)])
        }
        if let schema {
            guard let context = xmlRelaxNGNewValidCtxt(schema) else { return failure(.validatorNotStarted) }
            validation = context
            xmlRelaxNGSetValidStructuredErrors(context, ProblemCollector.callback, Unmanaged.passUnretained(validationProblems).toOpaque())
        }
        let parsed = parse()
        if let doctypeLine {
            if let parsed { xmlFreeDoc(parsed) }
            return .init(header: nil, problems: [XMLDocumentParser.problem(.doctype, line: doctypeLine)])
        }
        guard let document = parsed else { return .init(header: nil, problems: parseProblems.problems) }
        defer { xmlFreeDoc(document) }
        guard let rootElement = xmlDocGetRootElement(document) else {
            return .init(header: nil, problems: parseProblems.problems + [XMLDocumentParser.problem(.noRootElement, line: 1)])
        }
        if headerAfterEntries && entryCount > XMLDocumentParser.batchSize {
            removeEntries()
            if let problem = validateAgain(document) { return .init(header: nil, problems: parseProblems.problems + [problem]) }
        } else if pending > 0 || entryCount == 0 {
            validate(document)
        }
        removeEntries()
        if validationFailed && parseProblems.problems.isEmpty && validationProblems.problems.isEmpty {
            validationProblems.problems.append(XMLDocumentParser.mismatch)
        }
        return .init(header: XMLDocumentParser.node(rootElement),
                     problems: XMLDocumentParser.withoutRepeats(parseProblems.problems + validationProblems.problems))
    }

    // MARK: - Parsing

    /// One pass over the input: the document when it is well-formed.
    private func parse() -> xmlDocPtr? {
        guard let context = xmlNewParserCtxt() else {
            parseProblems.problems.append(XMLDocumentParser.problem(.parserNotStarted, line: 1))
            return nil
        }
        defer { xmlFreeParserCtxt(context) }
        guard let handlers = context.pointee.sax else { return nil }
        handlers.pointee.startElementNs = onStartElement
        handlers.pointee.endElementNs = onEndElement
        handlers.pointee.characters = onCharacters
        handlers.pointee.internalSubset = onInternalSubset
        context.pointee._private = Unmanaged.passUnretained(self).toOpaque()
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(parseProblems).toOpaque(), ProblemCollector.callback)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let options = XMLDocumentParser.options | Int32(XML_PARSE_BIG_LINES.rawValue)
        let document = xmlCtxtReadIO(context, readInput, nil, Unmanaged.passUnretained(self).toOpaque(), nil, nil, options)
        if document == nil && parseProblems.problems.isEmpty && doctypeLine == nil {
            parseProblems.problems.append(XMLDocumentParser.problem(.notParsed, line: 1))
        }
        return document
    }

    /// Reads the first bytes ahead (a DOCTYPE is refused before libxml2 reads
    /// its entities); one that comes later is stopped at by `internalSubset`.
    private func readPrefix() {
        prefix = [UInt8](repeating: 0, count: 64 * 1024)
        var count = 0
        while count < prefix.count {
            let read = prefix.withUnsafeMutableBytes { input.read(UnsafeMutableRawBufferPointer(rebasing: $0[count...])) }
            guard read > 0 else {
                readFailed = read < 0
                break
            }
            count += read
        }
        prefix.removeSubrange(count...)
    }

    /// What libxml2 reads: the prefix, then the rest of the input.
    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        if prefixServed < prefix.count {
            let count = min(buffer.count, prefix.count - prefixServed)
            prefix.withUnsafeBytes { buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[prefixServed..<prefixServed + count])) }
            prefixServed += count
            return count
        }
        guard !readFailed else { return -1 }
        let count = input.read(buffer)
        if count < 0 { readFailed = true }
        return count
    }

    private func failure(_ reason: XMLReason) -> XMLDocumentParser.Streamed {
        .init(header: nil, problems: [XMLDocumentParser.problem(reason, line: 1)])
    }

    // MARK: - What the tree builder is told

    /// Before an element is added: a full batch is validated when one more
    /// entry follows it (so that a feed of exactly `batchSize` entries is
    /// validated whole, as `check` does).
    func willStart(_ context: xmlParserCtxtPtr, name: UnsafePointer<xmlChar>?, namespace: UnsafePointer<xmlChar>?) {
        guard entry == nil, pending == XMLDocumentParser.batchSize, case .first = pass, let holder, context.pointee.node == holder,
              entryName?.matches(name, namespace) == true, let document = context.pointee.myDoc else { return }
        // With an element after the entries the second pass validates every batch.
        if !headerAfterEntries { validate(document) }
        pending = 0
        doneThrough = holder.pointee.last
    }

    /// After an element was added (it is `context.node`).
    func started(_ context: xmlParserCtxtPtr) {
        guard let node = context.pointee.node, let input = context.pointee.input else { return }
        node.pointee._private = UnsafeMutableRawPointer(bitPattern: Int(input.pointee.line))
        guard entry == nil else { return }
        if context.pointee.nodeNr == 1 {
            rootMatches = root?.matches(node) == true
            foreignRoot = root != nil && !rootMatches && !otherRoots.contains { $0.matches(node) }
            if (rootMatches && holderName == nil) || foreignRoot { holder = node }
            return
        }
        if rootMatches, holder == nil, context.pointee.nodeNr == 2, holderName?.matches(node) == true {
            holder = node
            return
        }
        if let holder, node.pointee.parent == holder {
            release()
            if foreignRoot {
                if firstKept == nil { firstKept = node }
                return
            }
            if entryName?.matches(node) == true {
                entry = node
                if firstKept == nil { firstKept = node }
                return
            }
        }
        if firstKept != nil { headerAfterEntries = true }
    }

    /// After an element ended (`node`; its parent is `context.node` again).
    func ended(_ node: xmlNodePtr) {
        if node == entry {
            entry = nil
            entryCount += 1
            switch pass {
            case .first:
                onEntry(XMLDocumentParser.node(node))
                if validation == nil || (headerAfterEntries && entryCount > XMLDocumentParser.batchSize) {
                    doneThrough = node
                } else {
                    pending += 1
                }
            case .second(let header, let holder):
                copy(node, into: header, holder: holder)
                doneThrough = node
            }
        } else if node == holder {
            release()
        } else if foreignRoot, node.pointee.parent == holder {
            doneThrough = node
        }
    }

    /// Text outside the entries after one of them (blank text aside) is an element of the feed after its entries.
    func read(text: UnsafePointer<xmlChar>, count: Int32) {
        guard entry == nil, firstKept != nil, !headerAfterEntries else { return }
        for index in 0..<Int(count) where ![0x20, 0x09, 0x0A, 0x0D].contains(text[index]) {
            headerAfterEntries = true
            return
        }
    }

    /// Frees the entries no longer needed, and the blank text, comments and
    /// processing instructions between them; the feed's other elements stay.
    private func release() {
        guard let through = doneThrough, var cursor = firstKept else { return }
        let stop = through.pointee.next
        while true {
            let next = cursor.pointee.next
            let type = cursor.pointee.type
            if foreignRoot || entryName?.matches(cursor) == true || type == XML_COMMENT_NODE || type == XML_PI_NODE || xmlIsBlankNode(cursor) != 0 {
                xmlUnlinkNode(cursor)
                xmlFreeNode(cursor)
            }
            guard cursor != through, let next else { break }
            cursor = next
        }
        firstKept = stop
        doneThrough = nil
    }

    /// Removes what entries are left, once parsing is over: the document is then the feed's other elements.
    private func removeEntries() {
        guard let holder, let entryName else { return }
        var child = holder.pointee.children
        while let current = child {
            child = current.pointee.next
            if entryName.matches(current) {
                xmlUnlinkNode(current)
                xmlFreeNode(current)
            }
        }
        firstKept = nil
        doneThrough = nil
    }

    // MARK: - Validation

    private func validate(_ document: xmlDocPtr) {
        guard let validation else { return }
        if xmlRelaxNGValidateDoc(validation, document) != 0 { validationFailed = true }
    }

    /// The second pass: every batch of entries read again, copied in beside
    /// the feed's other elements (all of them now: `document` is the first
    /// pass's tree without its entries) and validated. `nil` when it worked.
    private func validateAgain(_ document: xmlDocPtr) -> Diagnostic? {
        guard let validation, let holder else { return nil }
        guard input.rewind() else {
            return XMLDocumentParser.problem(.notReadableTwice, line: 1)
        }
        let firstPassEntries = entryCount
        validationProblems = ProblemCollector()
        xmlRelaxNGSetValidStructuredErrors(validation, ProblemCollector.callback, Unmanaged.passUnretained(validationProblems).toOpaque())
        validationFailed = false
        let kept = parseProblems
        parseProblems = ProblemCollector()
        defer { parseProblems = kept }
        (pass, prefix, prefixServed, readFailed) = (.second(header: document, holder: holder), [], 0, false)
        (rootMatches, foreignRoot, self.holder, entry, entryCount, firstKept, doneThrough) = (false, false, nil, nil, 0, nil, nil)
        guard let again = parse() else { return changed }
        xmlFreeDoc(again)
        if !copies.isEmpty { validateCopies(in: document) }
        self.holder = holder
        return entryCount == firstPassEntries ? nil : changed
    }

    private var changed: Diagnostic {
        XMLDocumentParser.problem(.changedWhileValidated, line: 1)
    }

    /// An entry of the second pass, copied beside the feed's other elements;
    /// a whole batch is validated at once.
    private func copy(_ node: xmlNodePtr, into document: xmlDocPtr, holder: xmlNodePtr) {
        guard let copy = xmlDocCopyNode(node, document, 1) else {
            validationProblems.problems.append(XMLDocumentParser.problem(.entryNotCopied, line: XMLDocumentParser.line(of: node)))
            return
        }
        Self.copyLines(from: node, to: copy)
        guard xmlAddChild(holder, copy) != nil else {
            xmlFreeNode(copy)
            return
        }
        copies.append(copy)
        if copies.count == XMLDocumentParser.batchSize { validateCopies(in: document) }
    }

    private func validateCopies(in document: xmlDocPtr) {
        validate(document)
        for copy in copies {
            xmlUnlinkNode(copy)
            xmlFreeNode(copy)
        }
        copies.removeAll(keepingCapacity: true)
    }

    /// The exact lines the original's elements noted (a copy keeps libxml2's 16-bit ones only).
    private static func copyLines(from original: xmlNodePtr, to copy: xmlNodePtr) {
        copy.pointee._private = original.pointee._private
        var from = original.pointee.children
        var to = copy.pointee.children
        while let source = from, let target = to {
            if source.pointee.type == XML_ELEMENT_NODE { copyLines(from: source, to: target) }
            from = source.pointee.next
            to = target.pointee.next
        }
    }
}

/// An element name to compare libxml2's with, kept as C strings.
private struct CName {
    let local: [xmlChar]
    let namespace: [xmlChar]?

    init(_ name: XMLEntryPath.Name) {
        local = Array(name.local.utf8) + [0]
        namespace = name.namespace.isEmpty ? nil : Array(name.namespace.utf8) + [0]
    }

    func matches(_ name: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?) -> Bool {
        guard local.withUnsafeBufferPointer({ xmlStrEqual(name, $0.baseAddress) }) != 0 else { return false }
        guard let namespace else { return uri == nil || uri?.pointee == 0 }
        return namespace.withUnsafeBufferPointer { xmlStrEqual(uri, $0.baseAddress) } != 0
    }

    func matches(_ node: xmlNodePtr) -> Bool {
        node.pointee.type == XML_ELEMENT_NODE && matches(node.pointee.name, node.pointee.ns?.pointee.href)
    }
}

// MARK: - libxml2's callbacks

private func stream(_ context: UnsafeMutableRawPointer) -> (xmlParserCtxtPtr, XMLStream)? {
    let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let owner = parser.pointee._private else { return nil }
    return (parser, Unmanaged<XMLStream>.fromOpaque(owner).takeUnretainedValue())
}

private let onStartElement: startElementNsSAX2Func = { context, name, prefix, uri, namespaceCount, namespaces, attributeCount, defaultedCount, attributes in
    let found = context.flatMap(stream)
    if let (parser, owner) = found { owner.willStart(parser, name: name, namespace: uri) }
    xmlSAX2StartElementNs(context, name, prefix, uri, namespaceCount, namespaces, attributeCount, defaultedCount, attributes)
    if let (parser, owner) = found { owner.started(parser) }
}

private let onEndElement: endElementNsSAX2Func = { context, name, prefix, uri in
    let found = context.flatMap(stream)
    let node = found?.0.pointee.node
    xmlSAX2EndElementNs(context, name, prefix, uri)
    if let node, let (_, owner) = found { owner.ended(node) }
}

private let onCharacters: charactersSAXFunc = { context, text, count in
    if let text, let (_, owner) = context.flatMap(stream) { owner.read(text: text, count: count) }
    xmlSAX2Characters(context, text, count)
}

/// A DOCTYPE past the prefix: parsing stops before its internal subset (its entities) is read.
private let onInternalSubset: internalSubsetSAXFunc = { context, _, _, _ in
    guard let (parser, owner) = context.flatMap(stream), let input = parser.pointee.input else { return }
    owner.doctypeLine = Int(input.pointee.line)
    xmlStopParser(parser)
}

private let readInput: xmlInputReadCallback = { context, buffer, length in
    guard let context, let buffer, length > 0 else { return -1 }
    let owner = Unmanaged<XMLStream>.fromOpaque(context).takeUnretainedValue()
    return Int32(owner.read(into: UnsafeMutableRawBufferPointer(start: buffer, count: Int(length))))
}
