/// A token of the markup inside a tag or an output, as Ruby Liquid's
/// strict `Lexer` reads it.
struct MarkupToken: Equatable, Sendable {
    enum Kind: String, Sendable {
        case comparison, string, number, id, dotdot
        case pipe, dot, colon, comma
        case openSquare = "open_square", closeSquare = "close_square"
        case openRound = "open_round", closeRound = "close_round"
        case question, dash
        case endOfString = "end_of_string"
    }
    var kind: Kind
    var text: String
}

/// Liquid's strict lexer: comparison operators, quoted strings, numbers,
/// identifiers (`[a-zA-Z_][\w-]*\??`), `..` and single-character specials.
enum MarkupLexer {
    struct Failure: Error { var character: Character }

    static func tokens(_ markup: String) throws(Failure) -> [MarkupToken] {
        let scalars = Array(markup.unicodeScalars)
        var index = 0
        var tokens: [MarkupToken] = []
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        func isDigit(_ i: Int) -> Bool { i < scalars.count && ("0"..."9").contains(scalars[i]) }
        func isWord(_ i: Int) -> Bool { i < scalars.count && (("0"..."9").contains(scalars[i]) || ("a"..."z").contains(scalars[i]) || ("A"..."Z").contains(scalars[i]) || scalars[i] == "_") }
        func isSpace(_ i: Int) -> Bool { i < scalars.count && [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}"].contains(scalars[i]) }
        while true {
            while isSpace(index) { index += 1 }
            guard index < scalars.count else { break }
            let start = index
            let scalar = scalars[index]
            let next: Unicode.Scalar? = index + 1 < scalars.count ? scalars[index + 1] : nil
            if (scalar == "=" && next == "=") || (scalar == "!" && next == "=") || (scalar == "<" && next == ">") {
                index += 2
                tokens.append(.init(kind: .comparison, text: text(start..<index)))
            } else if scalar == "<" || scalar == ">" {
                index += next == "=" ? 2 : 1
                tokens.append(.init(kind: .comparison, text: text(start..<index)))
            } else if text(index..<min(index + 8, scalars.count)) == "contains", isSpace(index + 8) {
                index += 8
                tokens.append(.init(kind: .comparison, text: "contains"))
            } else if scalar == "'" || scalar == "\"", let close = scalars[(index + 1)...].firstIndex(of: scalar) {
                index = close + 1
                tokens.append(.init(kind: .string, text: text(start..<index)))
            } else if isDigit(index) || (scalar == "-" && isDigit(index + 1)) {
                index += 1
                while isDigit(index) { index += 1 }
                if index < scalars.count, scalars[index] == ".", isDigit(index + 1) {
                    index += 1
                    while isDigit(index) { index += 1 }
                }
                tokens.append(.init(kind: .number, text: text(start..<index)))
            } else if ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_" {
                index += 1
                while isWord(index) || (index < scalars.count && scalars[index] == "-") { index += 1 }
                if index < scalars.count, scalars[index] == "?" { index += 1 }
                tokens.append(.init(kind: .id, text: text(start..<index)))
            } else if scalar == ".", next == "." {
                index += 2
                tokens.append(.init(kind: .dotdot, text: ".."))
            } else {
                let kinds: [Unicode.Scalar: MarkupToken.Kind] = [
                    "|": .pipe, ".": .dot, ":": .colon, ",": .comma, "[": .openSquare, "]": .closeSquare,
                    "(": .openRound, ")": .closeRound, "?": .question, "-": .dash,
                ]
                guard let kind = kinds[scalar] else { throw Failure(character: Character(scalar)) }
                index += 1
                tokens.append(.init(kind: kind, text: String(scalar)))
            }
        }
        tokens.append(.init(kind: .endOfString, text: ""))
        return tokens
    }
}
