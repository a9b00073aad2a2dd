import FeedXML
import Foundation

/// kramdown takes a link's URL and title as written: a backslash in them stays
/// (`[x](http://a/b\%c)` links to `http://a/b\%c`, a title `"t\%"` is `t\%`), where
/// CommonMark reads `\%` as an escaped `%`, and in an autolink (`<http://a/b\c>`)
/// cmark-gfm percent-encodes the backslash. So each backslash and the character after
/// it, in inline links' and images' parentheses, reference definitions and autolinks,
/// is taken out as a marker before cmark-gfm and put back into the `href`, `src`,
/// `title` and text after (checked against Jekyll's kramdown).
enum KramdownLinkURLs {
    static func prepare(_ lines: inout [SourceLine], _ context: DialectContext) {
        let code = lines.fencedCode
        for index in lines.indices where !code[index] && lines[index].text.contains("\\") {
            let text = lines[index].text
            var ranges: [Range<String.Index>] = []
            if let definition = referenceDefinition(text) {
                ranges = [definition]
            } else {
                let spans = text.codeSpanRanges
                var position = text.startIndex
                while position < text.endIndex {
                    if let span = spans.first(where: { $0.lowerBound == position }) {
                        position = span.upperBound
                        continue
                    }
                    if let found = destination(in: text, at: position) ?? autolink(in: text, at: position) {
                        ranges.append(found)
                        position = found.upperBound
                        continue
                    }
                    position = text.index(after: position)
                }
            }
            guard !ranges.isEmpty else { continue }
            var result = text
            for range in ranges.reversed() {
                result.replaceSubrange(range, with: marked(text[range], context, line: lines[index].number))
            }
            lines[index].text = result
        }
    }

    /// Every backslash in `part` with the character after it replaced by a marker.
    private static func marked(_ part: Substring, _ context: DialectContext, line: Int) -> String {
        var result = ""
        var position = part.startIndex
        while position < part.endIndex {
            let character = part[position]
            let next = part.index(after: position)
            guard character == "\\", next < part.endIndex else {
                result.append(character)
                position = next
                continue
            }
            let written = String(part[position...next])
            let html = written.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            result += context.markers.inline(.html(html), original: written, line: line)
            position = part.index(after: next)
        }
        return result
    }

    /// What follows `[label]:` on a reference definition's line (its URL and title).
    private static func referenceDefinition(_ text: String) -> Range<String.Index>? {
        let indent = text.prefix { $0 == " " }
        guard indent.count <= 3, text[indent.endIndex...].hasPrefix("["), let close = text[indent.endIndex...].range(of: "]:") else { return nil }
        guard !text[indent.endIndex..<close.lowerBound].dropFirst().contains("]") else { return nil }
        return close.upperBound..<text.endIndex
    }

    /// The inside of a link's or image's parentheses, when `position` is the `]` before them:
    /// up to the `)` that closes them (a `<…>` URL, nested parentheses and escapes skipped).
    private static func destination(in text: String, at position: String.Index) -> Range<String.Index>? {
        guard text[position] == "]" else { return nil }
        let open = text.index(after: position)
        guard open < text.endIndex, text[open] == "(" else { return nil }
        let start = text.index(after: open)
        var depth = 0
        var index = start
        var inAngle = text[start...].first { $0 != " " } == "<"
        while index < text.endIndex {
            let character = text[index]
            if character == "\\" {
                index = text.index(after: index)
                if index < text.endIndex { index = text.index(after: index) }
                continue
            }
            if inAngle {
                if character == ">" { inAngle = false }
            } else if character == "(" {
                depth += 1
            } else if character == ")" {
                if depth == 0 { return start..<index }
                depth -= 1
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// An autolink's URL, `<scheme:…>`, when `position` is its `<`.
    private static func autolink(in text: String, at position: String.Index) -> Range<String.Index>? {
        guard text[position] == "<" else { return nil }
        let start = text.index(after: position)
        let scheme = text[start...].prefix { $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }
        guard (2...32).contains(scheme.count), scheme.first!.isLetter, scheme.endIndex < text.endIndex, text[scheme.endIndex] == ":" else { return nil }
        guard let end = text[scheme.endIndex...].firstIndex(where: { $0 == ">" || $0 == "<" || $0 == " " }), text[end] == ">" else { return nil }
        return start..<end
    }

    /// The backslashes put back: percent-encoded markers in `href` and `src` (spelt as
    /// `HTMLFragment.urlBackslash` until the entry's HTML is final), plain ones in `title`
    /// and `alt` (text is MarkdownInHTML's, as every raw marker's).
    static func finish(_ tree: HTMLTree, _ context: DialectContext) {
        guard context.markers.entries.contains(where: { $0.original.hasPrefix("\\") }) else { return }
        for node in tree.body.descendants where node.isElement {
            for name in ["href", "src"] {
                guard let value = node.attribute(name), value.contains(encodedOpen) else { continue }
                node.setAttribute(name, restoringEncoded(value, context))
            }
            for name in ["title", "alt"] {
                guard let value = node.attribute(name), value.contains(DialectMarkers.inlineOpen) else { continue }
                node.setAttribute(name, context.markers.restoringOriginals(value))
            }
        }
    }

    /// U+E000 and U+E001 as cmark-gfm percent-encodes them in a URL.
    private static let encodedOpen = "%EE%80%80", encodedClose = "%EE%80%81"

    private static func restoringEncoded(_ value: String, _ context: DialectContext) -> String {
        var result = ""
        var rest = value[...]
        while let open = rest.range(of: encodedOpen) {
            result += rest[..<open.lowerBound]
            let digits = rest[open.upperBound...].prefix(while: \.isNumber)
            guard let index = Int(digits), index < context.markers.entries.count, rest[digits.endIndex...].hasPrefix(encodedClose) else {
                result += rest[open]
                rest = rest[open.upperBound...]
                continue
            }
            result += context.markers.entries[index].original.replacingOccurrences(of: "\\", with: HTMLFragment.urlBackslash)
            rest = rest[rest.index(digits.endIndex, offsetBy: encodedClose.count)...]
        }
        return result + rest
    }
}
