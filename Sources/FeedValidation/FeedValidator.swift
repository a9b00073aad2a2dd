import FeedModel
import FeedSupport
import FeedWriters
import FeedXML

/// Checks a feed document of any of the three formats: libxml2 parsing and
/// RELAX NG validation for Atom and RSS, the JSON Feed 1.1 rules for JSON,
/// and the semantic checks every format gets. Schemas are compiled once,
/// when first needed, and reused for every document.
package final class FeedValidator {
    private var parsers: [FeedFormat: XMLDocumentParser] = [:]

    package init() {}

    /// Every problem in `bytes` read as `format`; empty when the document is valid.
    package func validate(_ bytes: [UInt8], as format: FeedFormat) -> [Diagnostic] {
        check(bytes, as: format).problems
    }

    /// The same problems, and the document as parsed (when it parses), so
    /// that what reads the document next need not parse it again.
    package func check(_ bytes: [UInt8], as format: FeedFormat) -> (problems: [Diagnostic], parsed: ParsedFeed?) {
        switch format {
        case .json:
            var checker = JSONFeedChecker()
            checker.check(bytes)
            return (checker.problems, checker.parsed.map(ParsedFeed.json))
        case .atom, .rss:
            let parser = parser(for: format)
            let (root, problems) = parser.check(bytes)
            guard let root else { return (problems, nil) }
            var checks = XMLFeedChecks()
            format == .atom ? checks.checkAtom(root) : checks.checkRSS(root)
            return (Self.combined(problems, checks, entryLines: Self.entryLines(root, format: format)), .xml(root))
        }
    }

    /// The same problems as `validate(_:as:)`, from a file read a chunk at a
    /// time: the entries are checked as they are read and forgotten, so that
    /// memory does not grow with the number of entries (but for their ids).
    package func validate(_ input: FeedInput, as format: FeedFormat) -> [Diagnostic] {
        let problems: [Diagnostic]
        switch format {
        case .json:
            var checker = JSONFeedChecker()
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            checker.check { bytes in
                let count = chunk.withUnsafeMutableBytes { input.read(into: $0) }
                guard count > 0 else { return false }
                bytes += chunk[..<count]
                return true
            }
            problems = checker.problems
        case .atom, .rss:
            var checks = XMLFeedChecks()
            var entryLines = EntryLines()
            let streamed = parser(for: format).stream(XMLInput(read: input.read, rewind: input.rewind)) { entry in
                entryLines.append(entry.line)
                format == .atom ? checks.checkAtomEntry(entry) : checks.checkRSSItem(entry)
            }
            if let header = streamed.header {
                format == .atom ? checks.checkAtomFeed(header) : checks.checkRSSFeed(header)
                problems = Self.combined(streamed.problems, checks, entryLines: entryLines)
            } else {
                problems = streamed.problems
            }
        }
        return input.readError == nil ? problems : Self.unreadable(input)
    }

    private static func unreadable(_ input: FeedInput) -> [Diagnostic] {
        [.error(SourceLocation(line: 1), FeedReason.unreadable(input.readError ?? "read error"))]
    }

    /// libxml2's problems, each tied to the entry it is in (the last one
    /// starting on or before its line), and the semantic checks', in document order.
    private static func combined(_ problems: [Diagnostic], _ checks: XMLFeedChecks, entryLines: EntryLines) -> [Diagnostic] {
        let entries = entryLines.lastEntries(startingBy: problems.map { $0.location.line ?? 1 })
        let schemaProblems = zip(problems, entries).map { problem, entry in
            var problem = problem
            problem.location.entryIndex = entry
            return problem
        }
        return withoutFollowOnErrors(schemaProblems + checks.problems).sorted {
            ($0.location.line ?? 0, $0.location.column ?? 0) < ($1.location.line ?? 0, $1.location.column ?? 0)
        }
    }

    /// The format a document is written in, from its content: a JSON object,
    /// or the name of the XML root element.
    package static func detectFormat(_ bytes: [UInt8]) -> FeedFormat? {
        var rest = bytes[...]
        if ByteOrderMark.starts(rest) { rest = rest.dropFirst(ByteOrderMark.utf8.count) }
        rest = rest.drop { [0x20, 0x09, 0x0A, 0x0D].contains($0) }
        if rest.first == UInt8(ascii: "{") { return .json }
        switch XMLProlog(Array(rest.prefix(64 * 1024))).rootName {
        case "feed": return .atom
        case "rss": return .rss
        default: return nil
        }
    }

    /// libxml2's RELAX NG follows each real error with generic ones for every
    /// enclosing element; they are dropped when a specific message exists.
    private static func withoutFollowOnErrors(_ problems: [Diagnostic]) -> [Diagnostic] {
        let generic = ["Invalid sequence in interleave", "failed to validate content", "has extra content: entry",
                       "has extra content: item", "Error validating datatype", "Expecting an element , got nothing"]
        let specific = problems.filter { problem in !generic.contains { problem.message.contains($0) } }
        return specific.isEmpty ? problems : specific
    }

    private func parser(for format: FeedFormat) -> XMLDocumentParser {
        if let parser = parsers[format] { return parser }
        let parser = format == .atom ? XMLDocumentParser(relaxNG: AtomSchema.relaxNG, entries: Self.atomEntries)
            : XMLDocumentParser(relaxNG: RSSSchema.relaxNG, entries: Self.rssItems)
        precondition(parser.schemaProblems.isEmpty, "the shipped \(format.displayName) schema does not compile: \(parser.schemaProblems)")
        parsers[format] = parser
        return parser
    }

    /// Where the entries are: those the semantic checks read as entries.
    static let atomEntries = XMLEntryPath(root: .init("feed", in: AtomWriter.namespace), entry: .init("entry", in: AtomWriter.namespace),
                                          otherRoots: [.init("entry", in: AtomWriter.namespace)])
    static let rssItems = XMLEntryPath(root: .init("rss", in: ""), holder: .init("channel", in: ""), entry: .init("item", in: ""))

    /// First line of each entry (item), in document order.
    private static func entryLines(_ root: XMLNode, format: FeedFormat) -> EntryLines {
        var lines = EntryLines()
        let entries = switch format {
        case .atom: root.children("entry", in: AtomWriter.namespace)
        case .rss: root.child("channel", in: "")?.children("item", in: "") ?? []
        case .json: [XMLNode]()
        }
        for entry in entries { lines.append(entry.line) }
        return lines
    }
}
