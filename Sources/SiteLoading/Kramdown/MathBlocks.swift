import FeedXML
import Foundation

/// kramdown's math with its default engine, MathJax: `$$…$$` alone between
/// blank lines is a block, written `\[…\]` on its own; anywhere else it is
/// inline, written `\(…\)`. The TeX is taken out before cmark-gfm reads the
/// Markdown, so emphasis, escapes, smart quotes and entities never touch it
/// (`\\` and `_` stay), and put back as text (so `<` is escaped).
enum MathBlocks {
    // MARK: Before cmark-gfm

    /// A line's container prefix: quote marks, then a list item's,
    /// definition's or footnote's marker that starts the line, then indent.
    private static let container = try! NSRegularExpression(pattern: #"^((?: {0,3}> ?)*)( {0,3}(?:[-*+]|[0-9]+\.|:|\[\^[^\]]+\]:)[ \t]+)?( *)"#)

    static func prepare(_ lines: inout [SourceLine], _ context: DialectContext) {
        var code = lines.fencedCode
        var index = 0
        // The content column of the list item, definition or footnote the lines are in.
        var column: Int?
        while index < lines.count {
            defer { index += 1 }
            guard !code[index] else { continue }
            column = contentColumn(after: lines, at: index, was: column)
            guard lines[index].text.contains("$$") else { continue }
            if let block = blockMath(in: lines, at: index, code: code, column: column) {
                let marker = context.markers.block(.math(block.tex, display: true), original: "", line: lines[index].number)
                lines.replaceSubrange(index...block.lastLine, with: [SourceLine(text: block.prefix + marker, number: lines[index].number)])
                code.replaceSubrange(index...block.lastLine, with: [false])
                continue
            }
            let joined = inlineMath(in: &lines, at: index, code: code, context)
            if joined > 0 { code.removeSubrange(index + 1...index + joined) }
        }
    }

    /// Where the content of the container that line `index` is in begins:
    /// a list item, a definition or a footnote starting on it sets it; a line
    /// at the margin after a blank line ends it.
    private static func contentColumn(after lines: [SourceLine], at index: Int, was column: Int?) -> Int? {
        let text = lines[index].text
        guard !text.isBlankLine, let match = text.firstMatch(container) else { return column }
        if !match[2].isEmpty {
            return match[2].hasPrefix("[^") || match[2].trimmingCharacters(in: .whitespaces).hasPrefix("[^") ? 4 : match[1].count + match[2].count
        }
        if let column, index > 0, lines[index - 1].text.isBlankLine, match[3].count < column, match[1].isEmpty { return nil }
        return column
    }

    /// `$$` starting a block (where a block starts: after a blank line, or
    /// first in a list item, definition, footnote or quote) whose closing `$$`
    /// ends a line followed by a blank line, the end, or the end of its
    /// container: kramdown's block math, also inside lists and quotes.
    private static func blockMath(in lines: [SourceLine], at start: Int, code: [Bool], column: Int?) -> (tex: String, lastLine: Int, prefix: String)? {
        let first = lines[start].text
        guard let match = first.firstMatch(container) else { return nil }
        let quote = match[1], marker = match[2], indent = match[3]
        let inQuote = !quote.isEmpty
        let base = marker.isEmpty ? (inQuote ? 0 : column ?? 0) : match[1].count + marker.count
        let relative = indent.count - (marker.isEmpty && !inQuote ? min(indent.count, base) : 0)
        guard relative <= 3 else { return nil }
        let prefix = quote + marker + indent
        let content = first.dropFirst(prefix.count)
        guard content.hasPrefix("$$") else { return nil }
        let quoteDepth = quote.filter { $0 == ">" }.count
        func inner(_ line: String) -> String? {
            var rest = Substring(line)
            for _ in 0..<quoteDepth {
                rest = rest.drop { $0 == " " }
                guard rest.first == ">" else { return nil }
                rest = rest.dropFirst()
                if rest.first == " " { rest = rest.dropFirst() }
            }
            let spaces = rest.prefix { $0 == " " }.count
            return String(rest.dropFirst(min(spaces, inQuote ? 0 : base)))
        }
        let startsContainer = !marker.isEmpty || (inQuote && (start == 0 || inner(lines[start - 1].text) == nil))
        guard startsContainer || start == 0 || inner(lines[start - 1].text)?.isBlankLine ?? true else { return nil }
        var tex = String(content.dropFirst(2))
        var index = start
        while true {
            if let close = tex.range(of: "$$") {
                guard String(tex[close.upperBound...]).isBlankLine, endsContainer(lines, after: index, inner: inner, column: column) else { return nil }
                return (String(tex[..<close.lowerBound]).trimmingCharacters(in: .whitespacesAndNewlines), index, prefix)
            }
            index += 1
            guard index < lines.count, !code[index], let line = inner(lines[index].text), !line.isBlankLine else { return nil }
            tex += "\n" + line
        }
    }

    /// Whether what follows line `index` ends the block: a blank line, the
    /// end, a line outside the quote, or the next item of the list.
    private static func endsContainer(_ lines: [SourceLine], after index: Int, inner: (String) -> String?, column: Int?) -> Bool {
        guard index + 1 < lines.count else { return true }
        guard let next = inner(lines[index + 1].text) else { return true }
        if next.isBlankLine { return true }
        guard column != nil, let match = lines[index + 1].text.firstMatch(container) else { return false }
        return !match[2].isEmpty
    }

    /// Every `$$…$$` that starts on this line (outside code spans, not
    /// escaped as `\$$`) becomes a marker; one that closes on a later line of
    /// the same paragraph takes those lines into this one. Returns how many
    /// lines were joined into this one.
    private static func inlineMath(in lines: inout [SourceLine], at index: Int, code: [Bool], _ context: DialectContext) -> Int {
        var joined = 0
        var text = lines[index].text
        var searchOffset = 0
        while let found = nextOpening(in: text, from: text.index(text.startIndex, offsetBy: searchOffset)) {
            let openOffset = text.distance(from: text.startIndex, to: found)
            func closing() -> Range<String.Index>? {
                text[text.index(text.startIndex, offsetBy: openOffset + 2)...].range(of: "$$")
            }
            var close = closing()
            while close == nil, index + joined + 1 < lines.count, !code[index + joined + 1], !lines[index + joined + 1].text.isBlankLine {
                joined += 1
                text += "\n" + lines[index + joined].text
                close = closing()
            }
            guard let close else { break }
            let open = text.index(text.startIndex, offsetBy: openOffset)
            let tex = String(text[text.index(open, offsetBy: 2)..<close.lowerBound]).trimmingCharacters(in: .whitespacesAndNewlines)
            let marker = context.markers.inline(.math(tex, display: false), original: String(text[open..<close.upperBound]), line: lines[index].number)
            text.replaceSubrange(open..<close.upperBound, with: marker)
            searchOffset = openOffset + marker.count
        }
        lines[index].text = text
        if joined > 0 { lines.removeSubrange(index + 1...index + joined) }
        return joined
    }

    /// The next `$$` at or after `position` that is not escaped and not in a code span.
    private static func nextOpening(in text: String, from position: String.Index) -> String.Index? {
        let code = text.codeSpanRanges
        var search = position
        while let found = text[search...].range(of: "$$") {
            let escaped = found.lowerBound > text.startIndex && text[text.index(before: found.lowerBound)] == "\\"
            if !escaped, !code.contains(where: { $0.contains(found.lowerBound) }) { return found.lowerBound }
            search = escaped ? text.index(after: found.lowerBound) : found.upperBound
        }
        return nil
    }

    // MARK: After cmark-gfm

    /// Block math for its marker, inline math for its markers in text.
    static func finish(_ tree: HTMLTree, _ context: DialectContext) {
        for node in tree.body.descendants {
            if node.isComment, let index = DialectMarkers.blockIndex(node.text), case .math(let tex, _) = context.markers.entries[index].payload {
                node.insertBefore(tree.text("\\[" + tex + "\\]"))
                node.remove()
            } else if node.isText, node.text.contains(DialectMarkers.inlineOpen) {
                var text = node.text
                var changed = false
                for (range, index) in DialectMarkers.inlineMarkers(in: text).reversed() {
                    guard case .math(let tex, _) = context.markers.entries[index].payload else { continue }
                    text.replaceSubrange(range, with: "\\(" + tex + "\\)")
                    changed = true
                }
                if changed { node.text = text }
            }
        }
    }
}
