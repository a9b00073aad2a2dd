import Foundation

/// kramdown's math with its default engine, MathJax: `$$…$$` alone between
/// blank lines is a block, written `\[…\]` on its own; anywhere else it is
/// inline, written `\(…\)`. The TeX is taken out before cmark-gfm reads the
/// Markdown, so emphasis, escapes, smart quotes and entities never touch it
/// (`\\` and `_` stay), and put back as text (so `<` is escaped).
enum MathBlocks {
    // MARK: Before cmark-gfm

    static func prepare(_ lines: inout [SourceLine], _ context: DialectContext) {
        var code = lines.fencedCode
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            guard !code[index], lines[index].text.contains("$$") else { continue }
            if let block = blockMath(in: lines, at: index, code: code) {
                let marker = context.markers.block(.math(block.tex, display: true), original: "", line: lines[index].number)
                lines.replaceSubrange(index...block.lastLine, with: [SourceLine(text: marker, number: lines[index].number)])
                code.replaceSubrange(index...block.lastLine, with: [false])
                continue
            }
            let joined = inlineMath(in: &lines, at: index, code: code, context)
            if joined > 0 { code.removeSubrange(index + 1...index + joined) }
        }
    }

    /// `$$` starting a block (after a blank line) whose closing `$$` ends a
    /// line followed by a blank line or the end: kramdown's block math.
    private static func blockMath(in lines: [SourceLine], at start: Int, code: [Bool]) -> (tex: String, lastLine: Int)? {
        let first = lines[start].text
        let trimmed = first.drop { $0 == " " }
        guard first.count - trimmed.count <= 3, trimmed.hasPrefix("$$"), start == 0 || lines[start - 1].text.isBlankLine else { return nil }
        var tex = String(trimmed.dropFirst(2))
        var index = start
        while true {
            if let close = tex.range(of: "$$") {
                guard String(tex[close.upperBound...]).isBlankLine, index + 1 >= lines.count || lines[index + 1].text.isBlankLine else { return nil }
                return (String(tex[..<close.lowerBound]).trimmingCharacters(in: .whitespacesAndNewlines), index)
            }
            index += 1
            guard index < lines.count, !code[index], !lines[index].text.isBlankLine else { return nil }
            tex += "\n" + lines[index].text
        }
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
