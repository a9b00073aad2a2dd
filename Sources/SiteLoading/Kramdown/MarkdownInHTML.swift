import FeedXML
import Foundation

/// kramdown's HTML blocks: a block-level element that starts a line is raw
/// HTML up to its matching end tag, blank lines included (cmark-gfm would
/// read Markdown after a blank line), unless it says `markdown="1"` (its
/// content is Markdown: blocks in a `div`, a span in a `p`, kramdown's
/// `HTML_CONTENT_MODEL`), `markdown="block"` or `markdown="span"`;
/// `markdown="0"` is raw. kramdown removes the attribute. An element with
/// `markdown=` inside a raw one is read as kramdown's HTML parser reads it:
/// Markdown inside it, the raw lines around it raw. A span element
/// (`<img>`, `<br/>`, `<a>`) alone on a line begins a paragraph instead.
enum MarkdownInHTML {
    /// kramdown's `HTML_SPAN_ELEMENTS`: at the start of a line they begin a paragraph.
    private static let spanElements: Set<String> = [
        "a", "abbr", "acronym", "b", "big", "bdo", "br", "button", "cite", "code", "del", "dfn", "em", "i", "img", "input", "ins", "kbd",
        "label", "mark", "option", "q", "rb", "rbc", "rp", "rt", "rtc", "ruby", "samp", "select", "small", "span", "strong", "sub", "sup",
        "tt", "u", "var",
    ]
    /// `HTML_CONTENT_MODEL` `:block`; for `markdown="1"` the other elements read a span.
    private static let blockContent: Set<String> = [
        "address", "applet", "article", "aside", "blockquote", "body", "dd", "details", "div", "dl", "fieldset", "figure", "figcaption",
        "footer", "form", "header", "hgroup", "iframe", "li", "main", "map", "menu", "nav", "noscript", "object", "section", "summary", "td",
    ]
    private static let rawContent: Set<String> = ["script", "style", "math", "option", "textarea", "pre"]
    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "command", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
    ]

    private static let startTag = try! NSRegularExpression(pattern: #"^ {0,3}<([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(/?)>"#)
    private static let loneTag = try! NSRegularExpression(pattern: #"^( {0,3})</?([A-Za-z][A-Za-z0-9-]*)(?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*/?>[ \t]*$"#)
    private static let parseBlockHTMLOption = try! NSRegularExpression(pattern: #"^ {0,3}\{::options\s[^}]*\bparse_block_html\s*=\s*["']?(true|false)\b"#)
    private static let rawSpan = try! NSRegularExpression(pattern: #"<(code|kbd|samp|var)(?:\s[^>]*)?>.*?</\1\s*>"#, options: [.caseInsensitive])
    private static let nestedMarkdownAttribute = try! NSRegularExpression(pattern: #"<[A-Za-z][^>]*\smarkdown\s*=\s*["']?(?:1|block|span)\b"#)
    private static let markdownAttribute = try! NSRegularExpression(pattern: #"\s+markdown\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))"#)

    private enum Content { case raw, block, span }

    // MARK: Before cmark-gfm

    static func prepare(_ lines: inout [SourceLine], _ context: DialectContext) {
        var code = lines.fencedCode
        var index = 0
        // `{::options parse_block_html="true" /}`: raw HTML blocks after it read as `markdown="1"`.
        var parseBlockHTML = context.parseBlockHTML
        while index < lines.count {
            defer { index += 1 }
            guard !code[index] else { continue }
            if lines[index].text.contains("{::options"), let option = lines[index].text.firstMatch(parseBlockHTMLOption) { parseBlockHTML = option[1] == "true" }
            if lines[index].text.contains("<") { protectRawSpans(&lines[index], context) }
            if let lone = lines[index].text.firstMatch(loneTag), spanElements.contains(lone[2].lowercased()) {
                // A span element alone on its line begins a paragraph in
                // kramdown; cmark-gfm would make it a raw HTML block (type 7)
                // and leave the Markdown after it unrendered. An empty marker
                // before it makes the line text to cmark-gfm.
                lines[index].text = lone[1] + context.markers.inline(.paragraphStart, original: "", line: lines[index].number) + lines[index].text.dropFirst(lone[1].count)
                continue
            }
            guard let match = lines[index].text.firstMatch(startTag) else { continue }
            let name = match[1].lowercased()
            guard !spanElements.contains(name), !voidElements.contains(name), match[3] != "/" else { continue }
            guard let end = closingTag(of: name, in: lines, from: index, after: match[0].utf16.count) else { continue }
            let line = lines[index].number
            var openTag = match[0].trimmingCharacters(in: .whitespaces)
            var content = Content.raw
            let explicit = openTag.firstMatch(markdownAttribute) != nil
            if parseBlockHTML, !explicit { content = blockContent.contains(name) ? .block : rawContent.contains(name) ? .raw : .span }
            if let attribute = openTag.firstMatch(markdownAttribute) {
                let value = attribute[1] + attribute[2] + attribute[3]
                switch value {
                case "1": content = blockContent.contains(name) ? .block : rawContent.contains(name) ? .raw : .span
                case "block": content = .block
                case "span": content = .span
                case "0": content = .raw
                default: context.warn(line, .markdownAttributeValue(value))
                }
                openTag = openTag.replacingOccurrences(of: attribute[0], with: "")
            }
            let first = lines[index].text as NSString, last = lines[end.line].text as NSString
            let openEnd = (match[0] as NSString).length
            let afterClose = last.substring(from: end.end)
            let inner: [SourceLine]
            if end.line == index {
                inner = [SourceLine(text: first.substring(with: NSRange(location: openEnd, length: end.start - openEnd)), number: line)]
            } else {
                inner = [SourceLine(text: first.substring(from: openEnd), number: line)] + lines[index + 1..<end.line]
                    + [SourceLine(text: last.substring(to: end.start), number: lines[end.line].number)]
            }
            // A raw element with a `markdown=` element inside: kramdown's HTML
            // parser reads the inner element's Markdown all the same, so the
            // outer one is built around its parts (raw lines kept raw).
            var parts: [SourceLine]?
            if content == .raw, !explicit, !rawContent.contains(name), inner.contains(where: { $0.text.firstMatch(nestedMarkdownAttribute) != nil }) {
                parts = rawAround(inner, context)
                content = .block
            }
            var replacement: [SourceLine]
            if content == .raw {
                let html = context.markers.restoringRaw(openTag + inner.map(\.text).joined(separator: "\n") + "</" + name + ">")
                replacement = [SourceLine(text: context.markers.block(.html(html), original: "", line: line), number: line)]
            } else {
                let open = context.markers.block(.elementStart(openTag, name: name, span: content == .span), original: "", line: line)
                let close = context.markers.block(.elementEnd, original: "", line: lines[end.line].number)
                // One blank line after the start and before the end, and no
                // more of them than written (what kramdown counts as a block
                // boundary inside, `KramdownTables`, depends on them).
                var body = parts ?? inner
                if end.line != index {
                    if body.first?.text.isBlankLine == true { body.removeFirst() }
                    if body.last?.text.isBlankLine == true { body.removeLast() }
                }
                replacement = [SourceLine(text: open, number: line), SourceLine(text: "", number: line)] + body
                    + [SourceLine(text: "", number: lines[end.line].number), SourceLine(text: close, number: lines[end.line].number)]
            }
            if !afterClose.isBlankLine { replacement.append(SourceLine(text: afterClose, number: lines[end.line].number)) }
            lines.replaceSubrange(index...end.line, with: replacement)
            code = lines.fencedCode
            // A raw block is done; Markdown content is read on, nested blocks included.
            if content != .raw { index += 1 } else { index += replacement.count - 1 }
        }
    }

    /// kramdown's `HTML_CONTENT_MODEL_RAW` span elements: the inside of
    /// `<code>`, `<kbd>`, `<samp>` and `<var>` is not Markdown (`<kbd>**C**</kbd>`
    /// shows the asterisks), so each such element on a line is taken out whole.
    private static func protectRawSpans(_ line: inout SourceLine, _ context: DialectContext) {
        let text = line.text
        let source = text as NSString
        let matches = rawSpan.matches(in: text, range: NSRange(location: 0, length: source.length))
        guard !matches.isEmpty else { return }
        let code = text.codeSpanRanges
        var result = text
        for match in matches.reversed() {
            guard let range = Range(match.range, in: text), !code.contains(where: { $0.overlaps(range) }) else { continue }
            let written = String(text[range])
            result.replaceSubrange(Range(match.range, in: result)!, with: context.markers.inline(.html(written), original: written, line: line.number))
        }
        line.text = result
    }

    /// The inside of a raw element that has a `markdown=` element in it:
    /// the lines of block elements stay for `prepare` to read on (raw, or
    /// Markdown if they say so), every other line becomes raw HTML.
    private static func rawAround(_ inner: [SourceLine], _ context: DialectContext) -> [SourceLine] {
        var result: [SourceLine] = []
        var index = 0
        while index < inner.count {
            let line = inner[index]
            if line.text.isBlankLine {
                index += 1
                continue
            }
            if let match = line.text.firstMatch(startTag), !spanElements.contains(match[1].lowercased()), !voidElements.contains(match[1].lowercased()), match[3] != "/",
                let end = closingTag(of: match[1].lowercased(), in: inner, from: index, after: match[0].utf16.count)
            {
                result += inner[index...end.line]
                index = end.line + 1
                continue
            }
            result.append(SourceLine(text: context.markers.block(.html(context.markers.restoringRaw(line.text)), original: "", line: line.number), number: line.number))
            index += 1
        }
        return result
    }

    /// The matching end tag of the element whose start tag ends at `offset`
    /// (UTF-16) on line `start`: its line and its UTF-16 range on that line.
    private static func closingTag(of name: String, in lines: [SourceLine], from start: Int, after offset: Int) -> (line: Int, start: Int, end: Int)? {
        let pattern = try! NSRegularExpression(pattern: "<(/?)" + NSRegularExpression.escapedPattern(for: name) + #"(?=[\s/>])[^>]*?(/?)>"#, options: [.caseInsensitive])
        var depth = 1
        var index = start
        var from = offset
        while index < lines.count {
            let text = lines[index].text
            let length = (text as NSString).length
            if from <= length {
                for match in pattern.matches(in: text, range: NSRange(location: from, length: length - from)) {
                    let closing = match.range(at: 1).length > 0
                    let selfClosing = match.range(at: 2).length > 0
                    if closing { depth -= 1 } else if !selfClosing { depth += 1 }
                    if depth == 0 { return (index, match.range.location, match.range.location + match.range.length) }
                }
            }
            index += 1
            from = 0
        }
        return nil
    }

    // MARK: After cmark-gfm

    /// Puts raw HTML back and builds the elements whose content was Markdown;
    /// returns the raw nodes, which later passes leave alone.
    static func finish(_ tree: HTMLTree, _ context: DialectContext) -> Set<UnsafeMutableRawPointer> {
        var raw = Set<UnsafeMutableRawPointer>()
        for node in tree.body.descendants where node.isComment {
            guard let index = DialectMarkers.blockIndex(node.text) else { continue }
            switch context.markers.entries[index].payload {
            case .html(let html):
                let parts = tree.fragment(html)
                // A raw block is its own block: kept apart from text next to it, so its nodes stay its own.
                node.replace(with: [tree.text("\n")] + parts + [tree.text("\n")])
                for part in parts where part.isElement { raw.insert(part.identity) }
            default:
                continue
            }
        }
        // Raw HTML inside text (`<kbd>…</kbd>`, `{::nomarkdown}…{:/}`).
        for node in tree.body.descendants where node.isText && node.text.contains(DialectMarkers.inlineOpen) && !node.isInside(["code", "pre"]) {
            let text = node.text
            var pieces: [HTMLNode] = []
            var position = text.startIndex
            for (range, index) in DialectMarkers.inlineMarkers(in: text) {
                guard case .html(let html) = context.markers.entries[index].payload else { continue }
                if position < range.lowerBound { pieces.append(tree.text(String(text[position..<range.lowerBound]))) }
                let parts = tree.fragment(html)
                pieces += parts
                for part in parts where part.isElement { raw.insert(part.identity) }
                position = range.upperBound
            }
            guard !pieces.isEmpty else { continue }
            if position < text.endIndex { pieces.append(tree.text(String(text[position...]))) }
            node.replace(with: pieces)
        }
        var starts = tree.body.descendants.filter { node in
            guard node.isComment, let index = DialectMarkers.blockIndex(node.text), case .elementStart = context.markers.entries[index].payload else { return false }
            return true
        }
        // Innermost first, so an outer element takes the finished inner one.
        starts.reverse()
        for start in starts {
            guard let index = DialectMarkers.blockIndex(start.text), case .elementStart(let openTag, let name, let span) = context.markers.entries[index].payload else { continue }
            guard let element = tree.fragment(openTag + "</" + name + ">").first(where: \.isElement) else { start.remove(); continue }
            var depth = 0
            var node = start.next
            var content: [HTMLNode] = []
            while let current = node {
                if current.isComment, let other = DialectMarkers.blockIndex(current.text) {
                    if case .elementStart = context.markers.entries[other].payload { depth += 1 }
                    if case .elementEnd = context.markers.entries[other].payload {
                        if depth == 0 { break }
                        depth -= 1
                    }
                }
                content.append(current)
                node = current.next
            }
            start.insertBefore(element)
            for part in content {
                part.detach()
                element.append(part)
            }
            if span {
                let blocks = element.children.filter { !($0.isText && $0.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty) }
                if blocks.count == 1, blocks[0].name == "p" {
                    for child in element.children where child.identity != blocks[0].identity { child.remove() }
                    blocks[0].unwrap()
                }
            }
            node?.remove()
            start.remove()
        }
        return raw
    }
}
