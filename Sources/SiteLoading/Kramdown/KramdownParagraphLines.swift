import Foundation

/// Lines that end a paragraph in CommonMark but not in kramdown. kramdown reads
/// a setext heading only when its one line of text starts a block (first in the
/// post or its container, or after a blank line or an attribute list), and a
/// thematic break only where a block starts; anywhere else `---`, `===`, `***`
/// and `___` are more of the paragraph's text (`---` then an em dash). cmark-gfm
/// would make `a\nb\n---` a heading of both lines, and `a\n***` a rule: the
/// underline's first character is escaped so that it reads them as text too.
/// (`* * *` and `- - -` start a list to kramdown, which ends the paragraph, and
/// are left alone.)
enum KramdownParagraphLines {
    private static let quotePrefix = try! NSRegularExpression(pattern: #"^(?: {0,3}> ?)*"#)
    private static let underline = try! NSRegularExpression(pattern: #"^ {0,3}(?:=+|-+)[ \t]*$"#)
    private static let thematicBreak = try! NSRegularExpression(pattern: #"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})$"#)
    private static let listStart = try! NSRegularExpression(pattern: #"^ {0,3}(?:[-*+]|[0-9]+\.)(?:[ \t]|$)"#)
    private static let blockStart = try! NSRegularExpression(pattern: #"^ {0,3}(?:#{1,6}(?:[ \t]|$)|```|~~~)"#)

    static func prepare(_ lines: inout [SourceLine], _ context: DialectContext) {
        let code = lines.fencedCode
        for index in lines.indices.dropFirst() where !code[index] {
            let (quote, prefix, rest) = split(lines[index].text)
            let isUnderline = rest.firstMatch(underline) != nil
            guard isUnderline || (rest.firstMatch(thematicBreak) != nil && rest.firstMatch(listStart) == nil) else { continue }
            // The paragraph lines above, in the same quote.
            var count = 0
            var atBoundary = false
            var above = index - 1
            while above >= 0 {
                let (otherQuote, _, text) = split(lines[above].text)
                if code[above] || otherQuote != quote {
                    atBoundary = !code[above]
                    break
                }
                if text.isBlankLine {
                    atBoundary = true
                    break
                }
                if let payload = context.markers.payload(ofLine: text) {
                    if case .blockAttributes(_, appliesToPrevious: false) = payload { atBoundary = true }
                    break
                }
                guard text.firstMatch(blockStart) == nil else { break }
                count += 1
                // A list item's first line starts its container, but an underline left of
                // its content is not in the item: that is left as cmark-gfm reads it.
                if text.firstMatch(listStart) != nil {
                    count = 0
                    break
                }
                above -= 1
            }
            if above < 0 { atBoundary = true }
            guard count > 0, !isUnderline || count > 1 || !atBoundary else { continue }
            var text = lines[index].text
            let first = text.index(text.startIndex, offsetBy: prefix + rest.prefix { $0 == " " }.count)
            text.insert("\\", at: first)
            lines[index].text = text
        }
    }

    /// A line's quote markers, how many, and the rest.
    private static func split(_ line: String) -> (depth: Int, prefix: Int, rest: String) {
        guard let quote = line.firstMatch(quotePrefix)?[0], !quote.isEmpty else { return (0, 0, line) }
        return (quote.filter { $0 == ">" }.count, quote.count, String(line.dropFirst(quote.count)))
    }
}
