import FeedXML
import Foundation

/// kramdown's smart quotes and typographic symbols (`--`, `---`, `...`,
/// `<<`, `>>`) on the rendered text, by `KramdownTypography`'s rules. Each
/// block's text is read as one string in which the inline elements stand
/// as the Markdown that made them (`*` for emphasis, `[` for a link, a
/// backtick for code), because kramdown's rules look ahead into it
/// (`"*emph*"` opens with “). Code, math and raw HTML are left alone.
enum KramdownSmartPunctuation {
    private static let opaque: Set<String> = ["code", "pre", "kbd", "samp", "var", "script", "style", "math", "textarea"]
    private static let blocks: Set<String> = [
        "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "caption", "figcaption", "blockquote", "div", "section",
        "ul", "ol", "dl", "table", "thead", "tbody", "tr", "body", "article", "aside", "header", "footer", "details", "summary", "figure",
    ]

    private enum Segment {
        case text(HTMLNode)
        case fixed(String)
    }

    static func apply(_ tree: HTMLTree, skipping raw: Set<UnsafeMutableRawPointer>) {
        apply(block: tree.body, raw: raw)
    }

    private static func apply(block: HTMLNode, raw: Set<UnsafeMutableRawPointer>) {
        var segments: [Segment] = []
        func walk(_ node: HTMLNode) {
            for child in node.children {
                if raw.contains(child.identity) { continue }
                if child.isText {
                    segments.append(.text(child))
                } else if child.isElement {
                    let name = child.name
                    if blocks.contains(name) {
                        apply(block: child, raw: raw)
                        segments.append(.fixed("\n"))
                    } else if opaque.contains(name) {
                        segments.append(.fixed("`" + child.text + "`"))
                    } else {
                        let (open, close) = delimiters(name)
                        segments.append(.fixed(open))
                        walk(child)
                        segments.append(.fixed(close))
                    }
                }
            }
        }
        walk(block)
        guard segments.contains(where: { if case .text(let node) = $0 { return node.text.contains(where: isCandidate) } else { return false } }) else { return }
        var whole = ""
        var ranges: [(HTMLNode, Int, Int)] = []
        var offset = 0
        for segment in segments {
            switch segment {
            case .text(let node):
                let text = node.text
                let length = text.utf16.count
                ranges.append((node, offset, offset + length))
                whole += text
                offset += length
            case .fixed(let text):
                whole += text
                offset += text.utf16.count
            }
        }
        let units = Array(whole.utf16)
        for (node, start, end) in ranges where node.text.contains(where: isCandidate) {
            node.text = KramdownTypography.apply(whole, units: units, start: start, end: end)
        }
    }

    private static func isCandidate(_ character: Character) -> Bool {
        character == "\"" || character == "'" || character == "-" || character == "." || character == "<" || character == ">"
    }

    /// The Markdown that most often makes the element.
    private static func delimiters(_ name: String) -> (String, String) {
        switch name {
        case "em": ("*", "*")
        case "strong": ("**", "**")
        case "a": ("[", "](x)")
        case "img": ("![", "](x)")
        case "del": ("~~", "~~")
        case "br": ("\n", "")
        default: ("<", ">")
        }
    }
}
