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

    static func prepare(_ lines: inout [SourceLine]) {
        let code = lines.fencedCode
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
