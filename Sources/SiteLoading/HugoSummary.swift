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

    /// The punctuation Goldmark's typographer writes as entities, where cmark-gfm's smart punctuation writes characters.
    static let typographer: [(Character, String)] = [("\u{2018}", "&lsquo;"), ("\u{2019}", "&rsquo;"), ("\u{201C}", "&ldquo;"), ("\u{201D}", "&rdquo;"),
                                                     ("\u{2013}", "&ndash;"), ("\u{2014}", "&mdash;"), ("\u{2026}", "&hellip;"), ("\u{AB}", "&laquo;"), ("\u{BB}", "&raquo;")]

    /// `html` with the typographer's characters as Goldmark writes them, `&lsquo;` for ‘, for
    /// the ones the page's Markdown `source` does not have as written (those stay characters).
    static func typographerEntities(_ html: String, except source: String) -> String {
        let made = typographer.filter { html.contains($0.0) && !source.contains($0.0) }
        guard !made.isEmpty else { return html }
        var result = ""
        result.reserveCapacity(html.utf8.count)
        for character in html {
            if let entity = made.first(where: { $0.0 == character })?.1 { result += entity } else { result.append(character) }
        }
        return result
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

    /// Hugo 0.111's `tpl.StripHTML` (also `plainify`): line breaks become spaces,
    /// paragraph ends and `<br>` line breaks; tags and comments go as Go's
    /// `html/template` strips them (`stripTags`); then every run of white space,
    /// across the places where tags were, keeps only its first character.
    static func stripHTML(_ html: String) -> String {
        guard html.contains("<") || html.contains(">") else { return html }
        // Go's strings.NewReplacer: at each place, the first of the pairs that matches.
        let newline = "___hugonl_"  // Hugo's own placeholder
        let pairs: [(String, String)] = [("\n", " "), ("</p>", newline), ("<br>", newline), ("<br />", newline)]
        var replaced = ""
        var rest = html[...]
        outer: while !rest.isEmpty {
            for (old, new) in pairs where rest.hasPrefix(old) {
                replaced += new
                rest = rest.dropFirst(old.count)
                continue outer
            }
            replaced.append(rest.removeFirst())
        }
        var output = String.UnicodeScalarView()
        var wasSpace = false
        for scalar in stripTags(replaced).replacingOccurrences(of: newline, with: "\n").unicodeScalars {
            let isSpace = isGoSpace(scalar)
            if !(isSpace && wasSpace) { output.append(scalar) }
            wasSpace = isSpace
        }
        return String(output)
    }

    /// The text of `html` as Go's `html/template` `stripTags` leaves it: a tag
    /// is `<` then a letter (or `/` and a letter) up to the `>` outside quotes;
    /// comments and the inside of `script` and `style` go; any other `<` is text.
    static func stripTags(_ html: String) -> String {
        let scalars = Array(html.unicodeScalars)
        func isLetter(_ at: Int) -> Bool { at < scalars.count && scalars[at].isASCII && scalars[at].properties.isAlphabetic }
        func starts(_ text: String, at: Int) -> Bool {
            let needle = Array(text.unicodeScalars)
            return at + needle.count <= scalars.count && needle.indices.allSatisfy { scalars[at + $0].properties.lowercaseMapping == String(needle[$0]) }
        }
        func find(_ text: String, from: Int) -> Int? { (from..<scalars.count).first { starts(text, at: $0) } }
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "<" else { output.append(scalar); index += 1; continue }
            if starts("<!--", at: index) {
                guard let end = find("-->", from: index + 4) else { break }
                index = end + 3
                continue
            }
            let closing = index + 1 < scalars.count && scalars[index + 1] == "/"
            let nameStart = index + (closing ? 2 : 1)
            guard isLetter(nameStart) else { output.append(scalar); index += 1; continue }
            var nameEnd = nameStart
            while nameEnd < scalars.count, !isGoSpace(scalars[nameEnd]), scalars[nameEnd] != "/", scalars[nameEnd] != ">" { nameEnd += 1 }
            let name = String(String.UnicodeScalarView(scalars[nameStart..<nameEnd])).lowercased()
            // The tag ends at the first `>` outside a quoted attribute value.
            var end = nameEnd
            var quote: Unicode.Scalar?
            while end < scalars.count {
                let next = scalars[end]
                if let open = quote {
                    if next == open { quote = nil }
                } else if next == "\"" || next == "'" {
                    quote = next
                } else if next == ">" {
                    break
                }
                end += 1
            }
            guard end < scalars.count else { output.append(contentsOf: scalars[index...]); break }
            index = end + 1
            // A script's or a style's text is not text.
            if !closing, name == "script" || name == "style" {
                guard let close = find("</" + name, from: index), let closeEnd = scalars[close...].firstIndex(of: ">") else { break }
                index = closeEnd + 1
            }
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
