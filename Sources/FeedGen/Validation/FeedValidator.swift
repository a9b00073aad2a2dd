/// Checks a feed document of any of the three formats: libxml2 parsing and
/// RELAX NG validation for Atom and RSS, the JSON Feed 1.1 rules for JSON,
/// and the semantic checks every format gets. Schemas are compiled once,
/// when first needed, and reused for every document.
public final class FeedValidator {
    private var parsers: [FeedFormat: XMLDocumentParser] = [:]

    public init() {}

    /// Every problem in `bytes` read as `format`; empty when the document is valid.
    public func validate(_ bytes: [UInt8], as format: FeedFormat) -> [FeedProblem] {
        check(bytes, as: format).problems
    }

    /// The same problems, and the document as parsed (when it parses), so
    /// that what reads the document next need not parse it again.
    func check(_ bytes: [UInt8], as format: FeedFormat) -> (problems: [FeedProblem], parsed: ParsedFeed?) {
        switch format {
        case .json:
            var checker = JSONFeedChecker()
            checker.check(bytes)
            return (checker.problems, checker.parsed.map(ParsedFeed.json))
        case .atom, .rss:
            let parser = parser(for: format)
            let (root, problems) = parser.check(bytes)
            guard let root else { return (problems.map { FeedProblem(line: $0.line, column: $0.column, message: $0.message) }, nil) }
            var checks = XMLFeedChecks()
            format == .atom ? checks.checkAtom(root) : checks.checkRSS(root)
            let entryLines = Self.entryLines(root, format: format)
            let schemaProblems = problems.map { problem in
                FeedProblem(line: problem.line, column: problem.column, message: problem.message,
                            entryIndex: entryLines.lastIndex { $0 <= problem.line })
            }
            return (Self.withoutFollowOnErrors(schemaProblems + checks.problems).sorted { ($0.line, $0.column ?? 0) < ($1.line, $1.column ?? 0) },
                    .xml(root))
        }
    }

    /// The format a document is written in, from its content: a JSON object,
    /// or the name of the XML root element.
    public static func detectFormat(_ bytes: [UInt8]) -> FeedFormat? {
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
    private static func withoutFollowOnErrors(_ problems: [FeedProblem]) -> [FeedProblem] {
        let generic = ["Invalid sequence in interleave", "failed to validate content", "has extra content: entry",
                       "has extra content: item", "Error validating datatype", "Expecting an element , got nothing"]
        let specific = problems.filter { problem in !generic.contains { problem.message.contains($0) } }
        return specific.isEmpty ? problems : specific
    }

    private func parser(for format: FeedFormat) -> XMLDocumentParser {
        if let parser = parsers[format] { return parser }
        let parser = XMLDocumentParser(relaxNG: format == .atom ? AtomSchema.relaxNG : RSSSchema.relaxNG)
        precondition(parser.schemaProblems.isEmpty, "the shipped \(format.displayName) schema does not compile: \(parser.schemaProblems)")
        parsers[format] = parser
        return parser
    }

    /// First line of each entry (item), in document order.
    private static func entryLines(_ root: XMLNode, format: FeedFormat) -> [Int] {
        switch format {
        case .atom: root.children("entry", in: AtomWriter.namespace).map(\.line)
        case .rss: root.child("channel", in: "")?.children("item", in: "").map(\.line) ?? []
        case .json: []
        }
    }
}
