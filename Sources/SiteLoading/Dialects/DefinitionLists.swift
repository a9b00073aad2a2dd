import FeedXML
import Foundation

/// Definition lists, as kramdown and goldmark (PHP Markdown Extra's syntax)
/// both read them: each line of a paragraph followed by a line starting
/// with `: ` is a term (`dt`), each `: ` line and the lines that continue it
/// a definition (`dd`). A blank line between two such groups keeps them in
/// one list. Definitions of several paragraphs are not read as such.
enum DefinitionLists {
    private static let definitionStart = try! NSRegularExpression(pattern: #"^ {0,3}:[ \t]+(.*)$"#)

    static func prepare(_ lines: inout [SourceLine], _ context: DialectContext) {
        guard lines.contains(where: { $0.text.firstMatch(definitionStart) != nil }) else { return }
        var code = lines.fencedCode
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            guard !code[index], index > 0, !lines[index - 1].text.isBlankLine, !code[index - 1], lines[index].text.firstMatch(definitionStart) != nil else { continue }
            var start = index - 1
            while start > 0, !lines[start - 1].text.isBlankLine, !code[start - 1] { start -= 1 }
            var parts: [SourceLine] = []
            var cursor = start
            // Terms and definitions, group after group.
            while cursor < lines.count {
                var terms: [SourceLine] = []
                while cursor < lines.count, !lines[cursor].text.isBlankLine, lines[cursor].text.firstMatch(definitionStart) == nil, !code[cursor] {
                    terms.append(lines[cursor])
                    cursor += 1
                }
                guard cursor < lines.count, let first = lines[cursor].text.firstMatch(definitionStart), !code[cursor] else {
                    cursor -= terms.count
                    break
                }
                for term in terms {
                    parts += [SourceLine(text: context.markers.inline(.definitionTerm, original: "", line: term.number) + term.text, number: term.number), SourceLine(text: "", number: term.number)]
                }
                var definition = first[1]
                let number = lines[cursor].number
                cursor += 1
                while true {
                    while cursor < lines.count, !lines[cursor].text.isBlankLine, lines[cursor].text.firstMatch(definitionStart) == nil, !code[cursor] {
                        definition += "\n" + lines[cursor].text.trimmingCharacters(in: .whitespaces)
                        cursor += 1
                    }
                    parts += [SourceLine(text: context.markers.inline(.definitionDescription, original: "", line: number) + definition, number: number), SourceLine(text: "", number: number)]
                    guard cursor < lines.count, let next = lines[cursor].text.firstMatch(definitionStart), !code[cursor] else { break }
                    definition = next[1]
                    cursor += 1
                }
                // A blank line, then another term with its definition: the same list.
                guard cursor + 2 < lines.count, lines[cursor].text.isBlankLine, !lines[cursor + 1].text.isBlankLine, lines[cursor + 2].text.firstMatch(definitionStart) != nil else { break }
                cursor += 1
            }
            let replacement = parts
            lines.replaceSubrange(start..<cursor, with: replacement)
            code = lines.fencedCode
            index = start + replacement.count - 1
        }
    }

    /// The paragraphs the markers start become `dt` and `dd`, and each run
    /// of them one `dl`.
    static func finish(_ tree: HTMLTree, _ context: DialectContext) {
        var parts: [HTMLNode] = []
        for node in tree.body.descendants where node.isText && node.text.first == DialectMarkers.inlineOpen {
            guard let (range, index) = DialectMarkers.inlineMarkers(in: node.text).first, range.lowerBound == node.text.startIndex else { continue }
            let name: String
            switch context.markers.entries[index].payload {
            case .definitionTerm: name = "dt"
            case .definitionDescription: name = "dd"
            default: continue
            }
            var text = node.text
            text.removeSubrange(range)
            if let paragraph = node.parent, paragraph.name == "p", node.previous == nil {
                paragraph.rename(name)
                parts.append(paragraph)
            }
            if text.isEmpty { node.remove() } else { node.text = text }
        }
        var list: HTMLNode?
        var last: HTMLNode?
        for part in parts {
            // A part joins the list before it when only white space is between them.
            var between: HTMLNode? = nil
            if let last { between = last.next }
            while let node = between, node.isText, node.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { between = node.next }
            if let current = list, let between, between.identity == part.identity {
                part.detach()
                current.append(tree.text("\n"))
                current.append(part)
            } else {
                let new = tree.element("dl")
                part.insertBefore(new)
                part.detach()
                new.append(tree.text("\n"))
                new.append(part)
                list = new
            }
            last = list
        }
    }
}
