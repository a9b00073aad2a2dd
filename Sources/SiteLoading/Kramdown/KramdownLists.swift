import FeedXML
import Foundation

/// Where kramdown's ordered lists differ from GFM's: kramdown ignores the
/// numbers (no `start`, `3.` counts from 1), lets an item of any number end
/// a paragraph (`2024. was…` after a line of text is a list; GFM lets only
/// `1.` do it), and has no `1)` lists (text to kramdown). Each `N.` item is
/// written `1.` (padded to the same width, so its content stays where it
/// was), each `N)` escaped, and a Markdown `ol` loses its `start`. And the
/// first paragraph of an item is unwrapped where kramdown writes it without
/// `<p>` (`MarkdownRenderer` marks them: it has the list's structure).
enum KramdownLists {
    private static let ordered = try! NSRegularExpression(pattern: #"^( {0,3})([0-9]+)\.(?=[ \t])"#)
    private static let parenthesized = try! NSRegularExpression(pattern: #"^( {0,3}[0-9]{1,9})\)(?=[ \t]|$)"#)

    static func prepare(_ lines: inout [SourceLine], _ context: DialectContext) {
        let code = lines.fencedCode
        warnSpacedRulesAfterItems(lines, code: code, context)
        for index in lines.indices where !code[index] {
            let text = lines[index].text
            guard let first = text.first(where: { $0 != " " }), first.isASCII, first.isNumber else { continue }
            if let match = text.firstMatch(ordered) {
                let number = match[2]
                lines[index].text = match[1] + "1." + String(repeating: " ", count: number.count - 1) + text.dropFirst(match[0].count)
            } else if let match = text.firstMatch(parenthesized) {
                lines[index].text = match[1] + "\\)" + text.dropFirst(match[0].count)
            }
        }
        regroup(&lines, code: code)
        fencesInContainers(&lines)
    }

    /// kramdown reads a fenced code block that starts right after a list item's or a quote's
    /// line (no blank line between), at any indent, as part of that item or quote, and the
    /// lines after it up to a blank line too: numbered steps with their code at the margin
    /// stay one list (1, 2, 3), where cmark-gfm ends the list at the fence (and kramdown's
    /// numbering restarts at 1 after each block). The block and those lines are moved into the
    /// item's content column, or quoted, so that cmark-gfm reads them there; a next item of
    /// the list is left where it is.
    private static func fencesInContainers(_ lines: inout [SourceLine]) {
        let code = lines.fencedCode
        var index = 1
        while index < lines.count {
            defer { index += 1 }
            guard code[index], !code[index - 1], !lines[index - 1].text.isBlankLine else { continue }
            // The item or quote the line before the fence belongs to: its paragraph's first line.
            var start = index - 1
            while start > 0, !lines[start - 1].text.isBlankLine, !code[start - 1], lines[start].text.firstMatch(item) == nil, !lines[start].text.hasPrefix(">") { start -= 1 }
            let head = lines[start].text
            let prefix: String
            var content = 0
            if head.hasPrefix(">") {
                prefix = "> "
            } else if let match = head.firstMatch(item) {
                content = match[1].count + match[2].count + match[3].count
                let indent = lines[index].text.prefix { $0 == " " }.count
                guard indent < content else { continue }
                prefix = String(repeating: " ", count: content - indent)
            } else {
                continue
            }
            var line = index
            while line < lines.count, code[line] {
                lines[line].text = prefix + lines[line].text
                line += 1
            }
            // The lines after the block, up to a blank line, lazily in the same item or quote.
            while line < lines.count, !lines[line].text.isBlankLine, !code[line] {
                let text = lines[line].text
                if prefix != "> ", let next = text.firstMatch(item), next[1].count < content { break }
                lines[line].text = prefix + text
                line += 1
            }
            index = line - 1
        }
    }

    /// `- - -` (or `* * *`) right after a list item's line, with no blank line
    /// between, is to kramdown one more item, holding a list of the item `-`;
    /// cmark-gfm, and so feedgen, write a rule. Said, not silent.
    private static func warnSpacedRulesAfterItems(_ lines: [SourceLine], code: [Bool], _ context: DialectContext) {
        for index in lines.indices.dropFirst() where !code[index] && !code[index - 1] {
            let text = lines[index].text
            guard text.firstMatch(rule) != nil, text.firstMatch(item) != nil, lines[index - 1].text.firstMatch(item) != nil else { continue }
            context.warn(lines[index].number, .ruleAfterListItem(text.trimmingCharacters(in: .whitespaces)))
        }
    }

    /// A list being read: its items' marker and content columns as written,
    /// the content column of the item it is in, its bullet (`nil`: ordered),
    /// and how far its lines are moved right.
    private struct OpenList {
        var marker: Int
        var content: Int
        var parentContent: Int
        var bullet: Character?
        var shift: Int
    }

    private static let item = try! NSRegularExpression(pattern: #"^( *)([-*+]|1\.)([ \t]+)(?=\S)"#)
    private static let rule = try! NSRegularExpression(pattern: #"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$"#)

    /// kramdown groups list items by position, not by bullet: an item whose
    /// marker is left of the current item's content is the next item of the
    /// list whatever its bullet (`* a` then `- b` is one list; GFM starts a
    /// second), and an item of the other kind right after an item's line,
    /// with no blank line between, is a lazy line of that item, so a list
    /// nested in it (`1. a` then `- b`, or `- b` indented less than `1. `'s
    /// content). Bullets are made the list's own, and such nested lists moved
    /// right under their item, so that cmark-gfm groups them the same.
    private static func regroup(_ lines: inout [SourceLine], code: [Bool]) {
        guard lines.contains(where: { $0.text.firstMatch(item) != nil }) else { return }
        var open: [OpenList] = []
        var afterBlank = true
        for index in lines.indices {
            let text = lines[index].text
            if code[index] || text.isBlankLine {
                afterBlank = afterBlank || text.isBlankLine
                continue
            }
            defer { afterBlank = false }
            let indent = text.prefix { $0 == " " }.count
            guard text.first != ">", text.firstMatch(rule) == nil, let match = text.firstMatch(item) else {
                // A line not indented into the item after a blank line ends the lists it is outside of.
                if afterBlank { while let last = open.last, indent < last.content { open.removeLast() } }
                if let last = open.last, last.shift > 0, indent >= last.marker || !afterBlank {
                    lines[index].text = String(repeating: " ", count: last.shift) + text
                }
                continue
            }
            let width = match[2].count + match[3].count
            let bullet: Character? = match[2] == "1." ? nil : match[2].first
            while let last = open.last, indent < last.parentContent { open.removeLast() }
            guard let last = open.last else {
                open.append(OpenList(marker: indent, content: indent + width, parentContent: 0, bullet: bullet, shift: 0))
                continue
            }
            var line = text
            if indent >= last.content {
                open.append(OpenList(marker: indent, content: indent + width, parentContent: last.content, bullet: bullet, shift: last.shift))
            } else if (bullet == nil) == (last.bullet == nil) {
                // The next item of the list, in the list's own bullet.
                if let own = last.bullet, let current = bullet, own != current {
                    line.replaceSubrange(line.index(line.startIndex, offsetBy: indent)...line.index(line.startIndex, offsetBy: indent), with: String(own))
                }
                open[open.count - 1].content = indent + width
                open[open.count - 1].marker = indent
            } else if afterBlank {
                // The other kind after a blank line ends the list and starts one.
                open[open.count - 1] = OpenList(marker: indent, content: indent + width, parentContent: last.parentContent, bullet: bullet, shift: last.shift)
            } else {
                // A lazy line of the item: a list nested in it.
                let move = last.content - indent
                open.append(OpenList(marker: indent, content: indent + width, parentContent: last.content, bullet: bullet, shift: last.shift + move))
            }
            if let shift = open.last?.shift, shift > 0 { line = String(repeating: " ", count: shift) + line }
            lines[index].text = line
        }
    }

    /// The first paragraphs of items that kramdown writes without `<p>`
    /// (marked by `MarkdownRenderer`), unwrapped as a tight list has them.
    static func unwrapTransparentParagraphs(_ tree: HTMLTree) {
        let marker = MarkdownRenderer.transparentParagraphMarker
        for paragraph in tree.body.descendants where paragraph.isElement && paragraph.name == "p" {
            guard let first = paragraph.firstChild, first.isText, first.text.hasPrefix(marker), let item = paragraph.parent, item.name == "li" else { continue }
            first.text = String(first.text.dropFirst(marker.count))
            if first.text.isEmpty { first.remove() }
            if let before = paragraph.previous, before.isText, before.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, before.previous == nil { before.remove() }
            if let after = paragraph.next, after.isText, after.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, after.next == nil { after.remove() }
            paragraph.unwrap()
        }
    }

    static func finish(_ tree: HTMLTree, skipping raw: Set<UnsafeMutableRawPointer>) {
        for node in tree.body.descendants where node.isElement && node.name == "ol" && node.attribute("start") != nil && !node.isWithin(raw) {
            node.removeAttribute("start")
        }
    }
}
