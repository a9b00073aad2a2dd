/// Hugo 0.111's summary of a page without a front matter `summary`: the
/// content before `<!--more-->`, else its automatic summary, the first
/// `summaryLength` words of the plain text carried on to the end of the
/// sentence (`helpers.TruncateWordsToWholeSentence` over `StripHTML`).
enum HugoSummary {
    static let divider = "<!--more-->"

    /// The automatic summary of rendered `html`: text, its entities as in the HTML.
    static func automatic(_ html: String, words: Int) -> String {
        truncatedToWholeSentence(stripHTML(html), words: words)
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
