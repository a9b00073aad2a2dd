/// One piece of a template as Liquid's tokenizer cuts it: text, a `{% tag %}`
/// or an `{{ output }}`.
struct Token: Sendable {
    enum Kind: Sendable { case text, tag, output }
    var kind: Kind
    /// The token as written, delimiters included.
    var source: String
    /// Template line on which the token starts.
    var line: Int
}

/// Cuts a template as Ruby Liquid's `TemplateParser` regular expression does:
/// `{%` up to the first `%}`, `{{` up to the first `}` (and a second one if it
/// follows), and a lone `{%` or `{{` with no closer at all. It works on UTF-8
/// bytes, and remembers the next closer of each kind, so that a text full of
/// unclosed openers is cut in linear time.
enum Tokenizer {
    static func tokens(_ source: String, firstLine: Int) -> [Token] {
        let bytes = Array(source.utf8)
        var tokens: [Token] = []
        var line = firstLine
        var start = 0
        var index = 0
        var nextTagClose = -1
        var nextBrace = -1
        func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        func emit(_ kind: Token.Kind, _ range: Range<Int>) {
            guard !range.isEmpty else { return }
            tokens.append(Token(kind: kind, source: string(range), line: line))
            line += bytes[range].count { $0 == UInt8(ascii: "\n") }
        }
        while index + 1 < bytes.count {
            guard bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "%") || bytes[index + 1] == UInt8(ascii: "{") else {
                index += 1
                continue
            }
            emit(.text, start..<index)
            let isTag = bytes[index + 1] == UInt8(ascii: "%")
            var end = index + 2
            if isTag {
                if nextTagClose < index + 2 { nextTagClose = find(bytes, from: index + 2) { $0 == UInt8(ascii: "%") && $1 == UInt8(ascii: "}") } }
                if nextTagClose < bytes.count { end = nextTagClose + 2 }
            } else {
                if nextBrace < index + 2 { nextBrace = find(bytes, from: index + 2) { first, _ in first == UInt8(ascii: "}") } }
                if nextBrace < bytes.count {
                    end = nextBrace + 1
                    if end < bytes.count && bytes[end] == UInt8(ascii: "}") { end += 1 }
                }
            }
            emit(isTag ? .tag : .output, index..<end)
            start = end
            index = end
        }
        emit(.text, start..<bytes.count)
        return tokens
    }

    /// The first index from `start` where `matches(byte, nextByte)`, else `bytes.count`.
    private static func find(_ bytes: [UInt8], from start: Int, _ matches: (UInt8, UInt8) -> Bool) -> Int {
        var index = start
        while index < bytes.count {
            if matches(bytes[index], index + 1 < bytes.count ? bytes[index + 1] : 0) { return index }
            index += 1
        }
        return bytes.count
    }
}
