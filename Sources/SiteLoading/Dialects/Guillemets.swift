import Foundation

/// `<<` and `>>` are guillemets to kramdown's and goldmark's typographers
/// before they are anything else, so they are turned before cmark-gfm reads
/// `<<x>>` as a tag. Code is left alone.
enum Guillemets {
    /// kramdown's `TYPOGRAPHIC_SYMS` that begin with `<<`, `>>` or a backslash before them.
    static let kramdown: [(String, String)] = [
        ("\\<<", "&lt;&lt;"), ("\\>>", "&gt;&gt;"), ("<< ", "\u{AB}\u{A0}"), (" >>", "\u{A0}\u{BB}"), ("<<", "\u{AB}"), (">>", "\u{BB}"),
    ]
    /// goldmark's typographer: `LeftAngleQuote` and `RightAngleQuote`.
    static let goldmark: [(String, String)] = [("<<", "\u{AB}"), (">>", "\u{BB}")]

    private static let quoteMarkers = try! NSRegularExpression(pattern: #"^(?: {0,3}>[ \t]?)*"#)

    static func prepare(_ lines: inout [SourceLine], _ table: [(String, String)]) {
        let code = lines.fencedCode
        for index in lines.indices where !code[index] && (lines[index].text.contains("<<") || lines[index].text.contains(">>")) {
            let text = lines[index].text
            let spans = text.codeSpanRanges
            // `>>` that starts a line is two quote markers (a nested quote), not a guillemet.
            let quote = text.firstMatch(quoteMarkers)?[0] ?? ""
            var result = quote
            var position = text.index(text.startIndex, offsetBy: quote.count)
            while position < text.endIndex {
                if !spans.contains(where: { $0.contains(position) }) {
                    let rest = text[position...]
                    if let (written, turned) = table.first(where: { rest.hasPrefix($0.0) }) {
                        result += turned
                        position = text.index(position, offsetBy: written.count)
                        continue
                    }
                }
                result.append(text[position])
                position = text.index(after: position)
            }
            lines[index].text = result
        }
    }
}
