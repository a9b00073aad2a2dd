import FeedXML
import Foundation

/// kramdown's abbreviations: `*[HTML]: HyperText Markup Language` lines are
/// taken out, and every whole-word `HTML` in the text (not in code or raw
/// HTML) becomes `<abbr title="HyperText Markup Language">HTML</abbr>`,
/// longer abbreviations first, as `replace_abbreviations` does.
enum Abbreviations {
    private static let definition = try! NSRegularExpression(pattern: #"^ {0,3}\*\[(.+?)\]:(.*)$"#)

    static func prepare(_ lines: inout [SourceLine], _ context: DialectContext) {
        guard lines.contains(where: { $0.text.contains("*[") }) else { return }
        let code = lines.fencedCode
        var kept: [SourceLine] = []
        for (index, line) in lines.enumerated() {
            if !code[index], let match = line.text.firstMatch(definition) {
                context.abbreviations.removeAll { $0.0 == match[1] }
                context.abbreviations.append((match[1], match[2].trimmingCharacters(in: .whitespaces)))
            } else {
                kept.append(line)
            }
        }
        lines = kept
    }

    static func finish(_ tree: HTMLTree, _ context: DialectContext, skipping raw: Set<UnsafeMutableRawPointer>) {
        guard !context.abbreviations.isEmpty else { return }
        let titles = Dictionary(context.abbreviations, uniquingKeysWith: { $1 })
        let names = titles.keys.sorted { $0.count > $1.count }.map(NSRegularExpression.escapedPattern(for:))
        let pattern = try! NSRegularExpression(pattern: "(?<![A-Za-z0-9_])(?:" + names.joined(separator: "|") + ")(?![A-Za-z0-9_])")
        for node in tree.body.descendants where node.isText && !node.isInside(["code", "pre", "abbr", "script", "style"]) && !node.isWithin(raw) {
            let text = node.text
            let source = text as NSString
            let matches = pattern.matches(in: text, range: NSRange(location: 0, length: source.length))
            guard !matches.isEmpty else { continue }
            var position = 0
            var pieces: [HTMLNode] = []
            for match in matches {
                if match.range.location > position {
                    pieces.append(tree.text(source.substring(with: NSRange(location: position, length: match.range.location - position))))
                }
                let name = source.substring(with: match.range)
                let title = titles[name] ?? ""
                let abbreviation = tree.element("abbr", attributes: title.isEmpty ? [] : [("title", title)])
                abbreviation.append(tree.text(name))
                pieces.append(abbreviation)
                position = match.range.location + match.range.length
            }
            if position < source.length { pieces.append(tree.text(source.substring(from: position))) }
            node.replace(with: pieces)
        }
    }
}
