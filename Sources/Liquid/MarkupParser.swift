/// Liquid's strict markup parser (Ruby Liquid's `Parser`): expressions,
/// filter chains and arguments read from `MarkupLexer`'s tokens.
struct MarkupParser {
    struct Failure: Error { var message: String }

    private var tokens: [MarkupToken]
    private var position = 0
    /// Brackets and ranges inside each other, bounded so that hostile markup cannot exhaust the stack.
    private var depth = 0
    static let maximumDepth = 50

    init(_ markup: String) throws(Failure) {
        do {
            tokens = try MarkupLexer.tokens(markup)
        } catch {
            throw Failure(message: "Unexpected character \(error.character)")
        }
    }

    var isAtEnd: Bool { look(.endOfString) }

    func look(_ kind: MarkupToken.Kind, ahead: Int = 0) -> Bool {
        position + ahead < tokens.count && tokens[position + ahead].kind == kind
    }

    @discardableResult
    mutating func consume(_ kind: MarkupToken.Kind) throws(Failure) -> String {
        guard look(kind) else { throw Failure(message: "Expected \(kind.rawValue) but found \(tokens[position].kind.rawValue)") }
        position += 1
        return tokens[position - 1].text
    }

    mutating func consumeIf(_ kind: MarkupToken.Kind) -> String? {
        guard look(kind) else { return nil }
        position += 1
        return tokens[position - 1].text
    }

    /// Consumes the identifier `word` if it is next.
    mutating func word(_ word: String) -> Bool {
        guard look(.id), tokens[position].text == word else { return false }
        position += 1
        return true
    }

    mutating func end() throws(Failure) {
        try consume(.endOfString)
    }

    mutating func expression() throws(Failure) -> Expression {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { throw Failure(message: "expression nested more than \(Self.maximumDepth) deep") }
        let token = tokens[position]
        switch token.kind {
        case .id:
            position += 1
            let lookups = try lookups()
            if lookups.isEmpty, let literal = Self.literal(token.text) { return literal }
            return .variable(.init(name: .literal(.string(token.text)), lookups: lookups))
        case .openSquare:
            position += 1
            let name = try expression()
            try consume(.closeSquare)
            return .variable(.init(name: name, lookups: try lookups()))
        case .string:
            position += 1
            return .literal(.string(String(token.text.dropFirst().dropLast())))
        case .number:
            position += 1
            return .literal(Self.number(token.text))
        case .openRound:
            position += 1
            let lower = try expression()
            try consume(.dotdot)
            let upper = try expression()
            try consume(.closeRound)
            return .range(lower, upper)
        default:
            throw Failure(message: "\(token.kind.rawValue) \"\(token.text)\" is not a valid expression")
        }
    }

    private mutating func lookups() throws(Failure) -> [Expression.Lookup] {
        var lookups: [Expression.Lookup] = []
        while true {
            if consumeIf(.openSquare) != nil {
                lookups.append(.index(try expression()))
                try consume(.closeSquare)
            } else if consumeIf(.dot) != nil {
                lookups.append(.key(try consume(.id)))
            } else {
                return lookups
            }
        }
    }

    /// The filters after an output's or an assignment's value: `| name: arg, key: arg`.
    mutating func filters() throws(Failure) -> [FilterCall] {
        var filters: [FilterCall] = []
        while consumeIf(.pipe) != nil {
            var filter = FilterCall(name: try consume(.id))
            if consumeIf(.colon) != nil {
                repeat {
                    if look(.id), look(.colon, ahead: 1) {
                        let key = try consume(.id)
                        try consume(.colon)
                        filter.keywordArguments.append((key, try expression()))
                    } else {
                        filter.arguments.append(try expression())
                    }
                } while consumeIf(.comma) != nil
            }
            filters.append(filter)
        }
        return filters
    }

    static func literal(_ word: String) -> Expression? {
        switch word {
        case "nil", "null": .literal(.nil)
        case "true": .literal(.bool(true))
        case "false": .literal(.bool(false))
        case "empty": .empty
        case "blank": .blank
        default: nil
        }
    }

    static func number(_ text: String) -> LiquidValue {
        if let int = Int(text) { return .int(int) }
        return .double(Double(text) ?? 0)
    }
}
