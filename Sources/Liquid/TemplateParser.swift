/// A `{% name markup %}` as Liquid's `FullToken` reads it.
struct TagToken {
    var name: String
    var markup: String
    var line: Int
    var source: String
    /// `{%-` and `-%}`.
    var trimsLeft: Bool
    var trimsRight: Bool
}

/// Builds the node tree from the tokens, as Ruby Liquid's `BlockBody#parse`
/// does: whitespace control, blank blocks, and each tag's own parsing. Tags
/// it does not know (a plugin's) become warnings that render as nothing.
struct TemplateParser {
    private var tokens: [Token]
    private var index = 0
    /// `-%}` or `-}}` asks the next text to lose its leading white space.
    private var trimNextText = false
    private var depth = 0
    private(set) var warnings: [LiquidWarning] = []
    /// For each `end…` tag name, the index of its last token: a tag we do not
    /// know is a block when its `end…` comes later.
    private let lastEndTag: [String: Int]
    static let maximumDepth = 100

    init(tokens: [Token]) {
        self.tokens = tokens
        var lastEndTag: [String: Int] = [:]
        for (index, token) in tokens.enumerated() where token.kind == .tag {
            if let tag = Self.tagToken(token), tag.name.hasPrefix("end") { lastEndTag[tag.name] = index }
        }
        self.lastEndTag = lastEndTag
    }

    mutating func parseDocument() throws(LiquidError) -> BlockBody {
        let (body, end) = try parseBody(until: [])
        if let end { throw LiquidError(line: end.line, .syntax("unexpected \"\(end.name)\"")) }
        return body
    }

    /// Nodes up to one of the `delimiters` tags (returned, nil at the end of the template).
    mutating func parseBody(until delimiters: Set<String>) throws(LiquidError) -> (BlockBody, TagToken?) {
        depth += 1
        defer { depth -= 1 }
        var body = BlockBody()
        guard depth <= Self.maximumDepth else {
            throw LiquidError(line: index < tokens.count ? tokens[index].line : 0, .nestingTooDeep(Self.maximumDepth))
        }
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            switch token.kind {
            case .text:
                let text = trimNextText ? Whitespace.leftStripped(token.source) : token.source
                trimNextText = false
                guard !text.isEmpty else { continue }
                let node = TextNode(text: text, line: token.line)
                body.isBlank = body.isBlank && node.isBlank
                body.nodes.append(node)
            case .output:
                let source = token.source
                handleWhitespace(in: &body, trimsLeft: source.utf8.dropFirst(2).first == UInt8(ascii: "-"),
                                 trimsRight: source.utf8.count >= 5 && source.utf8.dropLast(2).last == UInt8(ascii: "-"))
                guard source.utf8.count >= 4, source.hasSuffix("}}") else { throw LiquidError(line: token.line, .outputNotTerminated(source)) }
                var inner = Substring(source.dropFirst(2).dropLast(2))
                if inner.hasPrefix("-") { inner = inner.dropFirst() }
                if inner.hasSuffix("-") { inner = inner.dropLast() }
                body.nodes.append(OutputNode(value: FilteredExpression.parse(String(inner), line: token.line, warnings: &warnings), line: token.line))
                body.isBlank = false
            case .tag:
                guard let tag = Self.tagToken(token) else { throw LiquidError(line: token.line, .tagNotTerminated(token.source)) }
                handleWhitespace(in: &body, trimsLeft: tag.trimsLeft, trimsRight: tag.trimsRight)
                if delimiters.contains(tag.name) { return (body, tag) }
                if tag.name == "liquid" {
                    try parseLiquidTag(tag, into: &body)
                    continue
                }
                if let node = try parseTag(tag) {
                    body.isBlank = body.isBlank && node.isBlank
                    body.nodes.append(node)
                }
            }
        }
        return (body, nil)
    }

    /// `{%-`: the text before loses its trailing white space; `-%}`: the text after, its leading.
    private mutating func handleWhitespace(in body: inout BlockBody, trimsLeft: Bool, trimsRight: Bool) {
        if trimsLeft, let last = body.nodes.last as? TextNode {
            let text = Whitespace.rightStripped(last.text)
            if text.isEmpty { body.nodes.removeLast() } else { body.nodes[body.nodes.count - 1] = TextNode(text: text, line: last.line) }
        }
        trimNextText = trimsRight
    }

    /// `{% liquid %}`: one tag per line, parsed as if each were written `{% line %}`.
    private mutating func parseLiquidTag(_ tag: TagToken, into body: inout BlockBody) throws(LiquidError) {
        var lineTokens: [Token] = []
        for (offset, line) in tag.markup.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.utf8.allSatisfy(Whitespace.isRubySpace) else { continue }
            lineTokens.append(Token(kind: .tag, source: "{%" + line + "%}", line: tag.line + offset))
        }
        var parser = TemplateParser(tokens: lineTokens)
        parser.depth = depth
        let (inner, end) = try parser.parseBody(until: [])
        warnings += parser.warnings
        if let end { throw LiquidError(line: end.line, .syntax("unexpected \"\(end.name)\" in \"liquid\"")) }
        body.nodes += inner.nodes
        body.isBlank = body.isBlank && inner.isBlank
    }

    /// Liquid's `FullToken`: `{%`, an optional `-`, white space, a name (`#` or a word), the markup, an optional `-`, `%}`.
    static func tagToken(_ token: Token) -> TagToken? {
        let bytes = Array(token.source.utf8)
        guard bytes.count >= 4, bytes[bytes.count - 2] == UInt8(ascii: "%"), bytes[bytes.count - 1] == UInt8(ascii: "}") else { return nil }
        var start = 2
        let end = bytes.count - 2
        let trimsLeft = start < end && bytes[start] == UInt8(ascii: "-")
        if trimsLeft { start += 1 }
        var line = token.line
        while start < end, Whitespace.isRubySpace(bytes[start]) {
            if bytes[start] == UInt8(ascii: "\n") { line += 1 }
            start += 1
        }
        var nameEnd = start
        if nameEnd < end, bytes[nameEnd] == UInt8(ascii: "#") {
            nameEnd += 1
        } else {
            while nameEnd < end, isWordByte(bytes[nameEnd]) { nameEnd += 1 }
        }
        guard nameEnd > start else { return nil }
        var markupStart = nameEnd
        while markupStart < end, Whitespace.isRubySpace(bytes[markupStart]) {
            if bytes[markupStart] == UInt8(ascii: "\n") { line += 1 }
            markupStart += 1
        }
        // The `-` of `-%}` is never the name's: a name is `#` or word characters.
        let trimsRight = end - 1 >= nameEnd && bytes[end - 1] == UInt8(ascii: "-")
        let markupEnd = trimsRight ? end - 1 : end
        return TagToken(
            name: String(decoding: bytes[start..<nameEnd], as: UTF8.self),
            markup: String(decoding: bytes[markupStart..<max(markupStart, markupEnd)], as: UTF8.self),
            line: line, source: token.source, trimsLeft: trimsLeft, trimsRight: trimsRight
        )
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
    }

    // MARK: - Tags

    private mutating func parseTag(_ tag: TagToken) throws(LiquidError) -> (any Node)? {
        switch tag.name {
        case "if", "unless": return try parseIf(tag)
        case "case": return try parseCase(tag)
        case "for": return try parseFor(tag)
        case "tablerow": return try parseTableRow(tag)
        case "cycle": return try CycleNode(tag)
        case "assign": return try AssignNode(tag, warnings: &warnings)
        case "capture":
            let body = try parseBlock(tag)
            return CaptureNode(name: Self.captureName(tag.markup), body: body, line: tag.line)
        case "increment", "decrement":
            return CounterNode(name: Whitespace.stripped(tag.markup), increments: tag.name == "increment", line: tag.line)
        case "echo":
            return OutputNode(value: FilteredExpression.parse(tag.markup, line: tag.line, warnings: &warnings), line: tag.line)
        case "break": return InterruptNode(interrupt: .break, line: tag.line)
        case "continue": return InterruptNode(interrupt: .continue, line: tag.line)
        case "ifchanged": return IfChangedNode(body: try parseBlock(tag), line: tag.line)
        case "#": return nil
        case "comment":
            try skipComment(tag)
            return nil
        case "raw": return try parseRaw(tag)
        case "include", "include_relative": return try IncludeNode(tag)
        case "highlight": return try HighlightNode(tag, body: parseBlock(tag))
        case "link", "post_url": return URLTagNode(tag)
        case "else", "elsif", "when":
            warnings.append(LiquidWarning(line: tag.line, .strayTag(tag.name)))
            return nil
        default:
            if tag.name.hasPrefix("end") {
                warnings.append(LiquidWarning(line: tag.line, .strayTag(tag.name)))
                return nil
            }
            return try unknownTag(tag)
        }
    }

    /// A block's body up to its `end…`.
    private mutating func parseBlock(_ tag: TagToken) throws(LiquidError) -> BlockBody {
        let (body, end) = try parseBody(until: ["end" + tag.name])
        guard end != nil else { throw LiquidError(line: tag.line, .tagNeverClosed(tag.name)) }
        return body
    }

    private mutating func parseIf(_ tag: TagToken) throws(LiquidError) -> any Node {
        var branches: [IfNode.Branch] = []
        var condition: Condition? = try Condition.parse(tag.markup, line: tag.line, warnings: &warnings)
        if tag.name == "unless" { condition = condition.map { .not($0) } }
        let end = "end" + tag.name
        while true {
            let (body, next) = try parseBody(until: ["elsif", "else", end])
            branches.append(.init(condition: condition, body: body))
            guard let next else { throw LiquidError(line: tag.line, .tagNeverClosed(tag.name)) }
            switch next.name {
            case "elsif": condition = try Condition.parse(next.markup, line: next.line, warnings: &warnings)
            case "else": condition = nil
            default: return IfNode(branches: branches, line: tag.line)
            }
        }
    }

    private mutating func parseCase(_ tag: TagToken) throws(LiquidError) -> any Node {
        let subject = LaxMarkup.expression(LaxMarkup.groups(LaxMarkup.fragments, tag.markup)?[0] ?? "")
        var branches: [CaseNode.Branch] = []
        var values: [Expression]?
        var (_, next) = try parseBody(until: ["when", "else", "endcase"])
        while let tag = next, tag.name != "endcase" {
            values = tag.name == "when" ? try CaseNode.values(tag.markup, line: tag.line) : nil
            let (body, following) = try parseBody(until: ["when", "else", "endcase"])
            branches.append(.init(values: values, body: body))
            next = following
        }
        guard next != nil else { throw LiquidError(line: tag.line, .tagNeverClosed("case")) }
        return CaseNode(subject: subject, branches: branches, line: tag.line)
    }

    private mutating func parseFor(_ tag: TagToken) throws(LiquidError) -> any Node {
        var loop = try ForNode(tag)
        let (body, next) = try parseBody(until: ["else", "endfor"])
        loop.body = body
        guard let next else { throw LiquidError(line: tag.line, .tagNeverClosed("for")) }
        if next.name == "else" {
            let (elseBody, end) = try parseBody(until: ["endfor"])
            guard end != nil else { throw LiquidError(line: tag.line, .tagNeverClosed("for")) }
            loop.elseBody = elseBody
        }
        if loop.isBlank {
            loop.body.removeBlankStrings()
            loop.elseBody?.removeBlankStrings()
        }
        return loop
    }

    private mutating func parseTableRow(_ tag: TagToken) throws(LiquidError) -> any Node {
        var row = try TableRowNode(tag)
        row.body = try parseBlock(tag)
        return row
    }

    static func captureName(_ markup: String) -> String {
        let stripped = Whitespace.stripped(markup)
        if let first = stripped.first, first == "\"" || first == "'", stripped.count >= 2, stripped.last == first {
            return String(stripped.dropFirst().dropLast())
        }
        return String(stripped.prefix { !$0.isWhitespace })
    }

    /// `{% raw %}`: every token verbatim up to `{% endraw %}` (whose own text before `{%` is kept too).
    private mutating func parseRaw(_ tag: TagToken) throws(LiquidError) -> any Node {
        var text = ""
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            if token.kind == .tag, let range = token.source.range(of: "{%", options: .backwards),
               let end = Self.tagToken(Token(kind: .tag, source: String(token.source[range.lowerBound...]), line: token.line)),
               end.name == "endraw" {
                text += token.source[..<range.lowerBound]
                trimNextText = end.trimsRight
                return RawNode(text: text, line: tag.line)
            }
            text += token.source
        }
        throw LiquidError(line: tag.line, .tagNeverClosed("raw"))
    }

    /// `{% comment %}`: skipped to its `{% endcomment %}`, nested comments and raw blocks included.
    private mutating func skipComment(_ tag: TagToken) throws(LiquidError) {
        var open = 1
        var inRaw = false
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            guard token.kind == .tag, let inner = Self.tagToken(token) else { continue }
            if inRaw {
                if inner.name == "endraw" { inRaw = false }
                continue
            }
            switch inner.name {
            case "raw": inRaw = true
            case "comment": open += 1
            case "endcomment":
                open -= 1
                if open == 0 {
                    trimNextText = inner.trimsRight
                    return
                }
            default: continue
            }
        }
        throw LiquidError(line: tag.line, .tagNeverClosed("comment"))
    }

    /// A plugin's tag: a block (its `end…` follows) is skipped with its body;
    /// a simple tag renders as a link when it names an absolute URL, else as nothing.
    private mutating func unknownTag(_ tag: TagToken) throws(LiquidError) -> (any Node)? {
        let end = "end" + tag.name
        if let last = lastEndTag[end], last >= index {
            var open = 1
            while index < tokens.count {
                let token = tokens[index]
                index += 1
                guard token.kind == .tag, let inner = Self.tagToken(token) else { continue }
                if inner.name == tag.name { open += 1 }
                if inner.name == end {
                    open -= 1
                    if open == 0 {
                        trimNextText = inner.trimsRight
                        break
                    }
                }
            }
            warnings.append(LiquidWarning(line: tag.line, .unknownBlock(tag.name)))
            return nil
        }
        let link = UnknownTagLink.url(in: tag.markup)
        warnings.append(LiquidWarning(line: tag.line, .unknownTag(tag.name, link: link)))
        return link.map { UnknownTagLink(url: $0, line: tag.line) }
    }
}
