import Foundation

/// kramdown takes a backslash as an escape only before the characters of its
/// `ESCAPED_CHARS` (and `~`, which kramdown-parser-gfm adds); CommonMark takes
/// one before any ASCII punctuation. So `5\%`, `\;`, `\,` and `\&` keep their
/// backslash on a Jekyll site, which is what MathJax reads in `$…$` TeX
/// (`\;` is a space there, `\%` a percent sign). Each such escape is taken
/// out before cmark-gfm as raw text, put back as written, also in code.
enum KramdownEscapes {
    /// ASCII punctuation CommonMark unescapes and kramdown does not.
    private static let kept: Set<Character> = ["%", "&", ",", "/", ";", "?", "@", "^"]

    static func prepare(_ lines: inout [SourceLine], _ context: DialectContext) {
        let code = lines.fencedCode
        for index in lines.indices where !code[index] && lines[index].text.contains("\\") {
            let text = lines[index].text
            let spans = text.codeSpanRanges
            var result = ""
            var position = text.startIndex
            var changed = false
            while position < text.endIndex {
                if let span = spans.first(where: { $0.lowerBound == position }) {
                    result += text[span]
                    position = span.upperBound
                    continue
                }
                let character = text[position]
                let next = text.index(after: position)
                // A tag, an autolink or a link's destination is left as cmark-gfm reads it.
                let opensTag = character == "<" && next < text.endIndex && (text[next].isLetter || "/!?".contains(text[next]))
                if opensTag || (character == "]" && text[next...].hasPrefix("(")), let end = text[next...].firstIndex(of: opensTag ? ">" : ")") {
                    result += text[position...end]
                    position = text.index(after: end)
                    continue
                }
                guard character == "\\", next < text.endIndex else {
                    result.append(character)
                    position = next
                    continue
                }
                let escaped = text[next]
                if kept.contains(escaped) {
                    let written = "\\" + String(escaped)
                    result += context.markers.inline(.html(written == "\\&" ? "\\&amp;" : written), original: written, line: lines[index].number)
                    changed = true
                } else {
                    // `\\` is one escaped backslash: the character after it is not escaped.
                    result += text[position...next]
                }
                position = text.index(after: next)
            }
            if changed { lines[index].text = result }
        }
    }
}
