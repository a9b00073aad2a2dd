/// Hugo 0.111's summary of a page without a front matter `summary`: the
/// content before `<!--more-->`, else its automatic summary, the first
/// `summaryLength` words of the plain text carried on to the end of the
/// sentence (`helpers.TruncateWordsToWholeSentence` over `StripHTML`).
enum HugoSummary {
    static let divider = "<!--more-->"

    /// The automatic summary of rendered `html`: text, its entities as in the HTML.
    /// On a site with `hasCJKLanguage`, a page with Chinese, Japanese or Korean
    /// text in it is cut after `words` characters of such text instead (Hugo's `TruncateWordsByRune`).
    static func automatic(_ html: String, words: Int, hasCJKLanguage: Bool = false) -> String {
        let text = stripHTML(html)
        if hasCJKLanguage, text.unicodeScalars.contains(where: isCJK) { return truncatedByRune(text, words: words) }
        return truncatedToWholeSentence(text, words: words)
    }

    /// Hugo's `TruncateWordsByRune` over the text's words (`strings.Fields`):
    /// a word of ASCII only counts one, any other one per character.
    static func truncatedByRune(_ text: String, words: Int) -> String {
        let fields = text.unicodeScalars.split(whereSeparator: isGoSpace).map { String(String.UnicodeScalarView($0)) }
        var count = 0
        for (index, word) in fields.enumerated() {
            if count >= words { return fields[..<index].joined(separator: " ") }
            let characters = word.unicodeScalars.count
            if word.utf8.count == characters {
                count += 1
            } else if count + characters < words {
                count += characters
            } else {
                var kept = String.UnicodeScalarView()
                for scalar in word.unicodeScalars {
                    if count >= words { return (fields[..<index] + [String(kept)]).joined(separator: " ") }
                    kept.append(scalar)
                    count += 1
                }
            }
        }
        return fields.joined(separator: " ")
    }

    /// Hugo's test for a CJK page: a Han, Hangul, Hiragana or Katakana character.
    private static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x11FF, 0x2E80...0x2FDF, 0x3005...0x3007, 0x3021...0x3029, 0x3038...0x303B, 0x3041...0x30FF,
             0x3131...0x318F, 0x31F0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA960...0xA97F, 0xAC00...0xD7FF,
             0xF900...0xFAFF, 0xFF66...0xFF9F, 0xFFA0...0xFFDC, 0x1B000...0x1B16F, 0x20000...0x3134F: return true
        default: return false
        }
    }

    /// Hugo's `StripHTML`: line breaks become spaces and paragraph ends and
    /// `<br>` line breaks; tags go; a run of white space keeps its first character.
    static func stripHTML(_ html: String) -> String {
        guard html.contains("<") || html.contains(">") else { return html }
        var replaced = ""
        var rest = html[...]
        // Go's strings.NewReplacer: at each place, the first of the pairs that matches.
        let pairs: [(String, String)] = [("\n", " "), ("</p>", "\n"), ("<br>", "\n"), ("<br />", "\n")]
        outer: while !rest.isEmpty {
            for (old, new) in pairs where rest.hasPrefix(old) {
                replaced += new
                rest = rest.dropFirst(old.count)
                continue outer
            }
            replaced.append(rest.removeFirst())
        }
        var output = String.UnicodeScalarView()
        var inTag = false, isSpace = false, wasSpace = false
        for scalar in replaced.unicodeScalars {
            if !inTag { isSpace = false }
            switch scalar {
            case "<": inTag = true
            case ">": inTag = false
            default:
                if isGoSpace(scalar) { isSpace = true }
                if !inTag && (!isSpace || !wasSpace) { output.append(scalar) }
            }
            wasSpace = isSpace
        }
        return String(output)
    }

    /// Hugo's `TruncateWordsToWholeSentence`.
    static func truncatedToWholeSentence(_ text: String, words: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        var count = 0
        var lastWord = -1
        for (index, scalar) in scalars.enumerated() where isGoSpace(scalar) {
            count += 1
            lastWord = index
            if count >= words { break }
        }
        guard lastWord >= 0, let end = scalars[lastWord...].firstIndex(where: { ".?!\"\n".unicodeScalars.contains($0) }) else { return text }
        var summary = String.UnicodeScalarView(scalars[...end])
        while let first = summary.first, isGoSpace(first) { summary.removeFirst() }
        while let last = summary.last, isGoSpace(last) { summary.removeLast() }
        return String(summary)
    }

    /// Go's `unicode.IsSpace`.
    static func isGoSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\t", "\n", "\u{0B}", "\u{0C}", "\r", " ", "\u{85}", "\u{A0}": return true
        default: return scalar.value > 0xFF && scalar.properties.isWhitespace
        }
    }
}
