import Foundation

/// kramdown 2.4's smart quotes and typographic symbols (`smart_quotes.rb` and
/// `typographic_symbol.rb`), with Jekyll's `smart_quotes: lsquo,rsquo,ldquo,rdquo`
/// and `entity_output: as_char`: the same rules, tried in the same order at
/// the same places, so that a quote turns the way kramdown turns it. Used by
/// `Smartify` and by the kramdown dialect's smart punctuation pass.
///
/// kramdown's rules only look ahead, never behind, so each run of text is
/// scanned alone, its lookahead reading on into what follows it.
/// Ruby's `\w`, `\s` and `\d` are ASCII; ICU's are Unicode, so they are spelt out.
enum KramdownTypography {
    /// What a rule consumed (UTF-16 units) and the text it stands for.
    struct Match {
        var length: Int
        /// The characters kramdown writes; `<` and `>` are to be escaped by the caller.
        var output: String
    }

    private static let space = #"[ \t\r\n\f\u000B]"#
    private static let notSpace = #"[^ \t\r\n\f\u000B]"#
    private static let word = "[A-Za-z0-9_]"
    private static let punctuation = ##"[!"#$%'()*+,\-./:;<=>?@\[\\\]^_`{|}~]"##
    private static let close = #"[^ \\\t\r\n\[{(-]"#

    private enum Quote { case literal(String), group(Int), left(group: Int), right(group: Int) }

    /// `SQ_RULES`, in kramdown's order; `left`/`right` turn the quote in that
    /// group into its opening or closing form (`SQ_SUBSTS`).
    private static let rules: [(NSRegularExpression, [Quote])] = [
        (#"(["'])(?=[_*]{1,2}\#(notSpace))"#, [.left(group: 1)]),
        (#"(["'])(?=\#(punctuation)(?!\.\.)\B)"#, [.right(group: 1)]),
        (#"(\#(space)?)"'(?=\#(word))"#, [.group(1), .literal("\u{201C}"), .literal("\u{2018}")]),
        (#"(\#(space)?)'"(?=\#(word))"#, [.group(1), .literal("\u{2018}"), .literal("\u{201C}")]),
        (#"(\#(space)?)'(?=[0-9][0-9]s)"#, [.group(1), .literal("\u{2019}")]),
        (#"(\#(space))(['"])(?=\#(word))"#, [.group(1), .left(group: 2)]),
        (#"(\#(close))(['"])"#, [.group(1), .right(group: 2)]),
        (#"(["'])(?=\#(space)|s\b|$)"#, [.right(group: 1)]),
        (#"(?s)(.?)'"#, [.group(1), .literal("\u{2018}")]),
        (#"(?s)(.?)""#, [.group(1), .literal("\u{201C}")]),
    ].map { (try! NSRegularExpression(pattern: $0.0, options: [.anchorsMatchLines]), $0.1) }

    /// `TYPOGRAPHIC_SYMS`, longest first as kramdown's alternation tries them.
    private static let symbols: [(String, String)] = [
        ("---", "\u{2014}"), ("--", "\u{2013}"), ("...", "\u{2026}"), ("\\<<", "<<"), ("\\>>", ">>"),
        ("<< ", "\u{AB}\u{A0}"), (" >>", "\u{A0}\u{BB}"), ("<<", "\u{AB}"), (">>", "\u{BB}"),
    ].map { ($0.0, $0.1) }

    private static let backslash = UInt16(UInt8(ascii: "\\"))
    private static let doubleQuote = UInt16(UInt8(ascii: "\""))
    private static let singleQuote = UInt16(UInt8(ascii: "'"))

    private static func isQuote(_ unit: UInt16) -> Bool { unit == doubleQuote || unit == singleQuote }

    /// Whether kramdown's smart quote parser starts here (`[^\\]?["']`).
    static func startsQuote(_ units: [UInt16], at position: Int, end: Int) -> Bool {
        if isQuote(units[position]) { return true }
        return units[position] != backslash && position + 1 < end && isQuote(units[position + 1])
    }

    /// The smart quote rule that applies at `position`, given that `startsQuote` is true there.
    static func quote(in text: String, at position: Int, end: Int) -> Match? {
        let range = NSRange(location: position, length: end - position)
        for (rule, parts) in rules {
            guard let match = rule.firstMatch(in: text, options: [.anchored, .withTransparentBounds, .withoutAnchoringBounds], range: range) else { continue }
            let source = text as NSString
            func group(_ number: Int) -> String {
                let range = match.range(at: number)
                return range.location == NSNotFound ? "" : source.substring(with: range)
            }
            var output = ""
            for part in parts {
                switch part {
                case .literal(let character): output += character
                case .group(let number): output += group(number)
                case .left(let number): output += group(number) == "\"" ? "\u{201C}" : "\u{2018}"
                case .right(let number): output += group(number) == "\"" ? "\u{201D}" : "\u{2019}"
                }
            }
            return Match(length: match.range.length, output: output)
        }
        return nil
    }

    /// The typographic symbol at `position`, if one starts there.
    static func symbol(in units: [UInt16], at position: Int, end: Int) -> Match? {
        for (written, output) in symbols {
            let pattern = Array(written.utf16)
            guard position + pattern.count <= end else { continue }
            if Array(units[position..<position + pattern.count]) == pattern {
                return Match(length: pattern.count, output: output)
            }
        }
        return nil
    }

    /// The text with kramdown's smart quotes and symbols applied to
    /// `units[start..<end]`, the rules looking ahead into the whole `text`.
    static func apply(_ text: String, units: [UInt16], start: Int, end: Int) -> String {
        var output: [UInt16] = []
        var position = start
        var plainStart = start
        func flushPlain() { output += units[plainStart..<position] }
        while position < end {
            if startsQuote(units, at: position, end: end), let match = quote(in: text, at: position, end: end) {
                flushPlain()
                output += match.output.utf16
                position += match.length
                plainStart = position
            } else if let match = symbol(in: units, at: position, end: end) {
                flushPlain()
                output += match.output.utf16
                position += match.length
                plainStart = position
            } else {
                position += 1
            }
        }
        flushPlain()
        return String(decoding: output, as: UTF16.self)
    }
}
