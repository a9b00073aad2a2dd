import FeedXML
import Foundation

/// kramdown's attribute lists: block IALs (`{: .class #id key="value"}` on
/// the line after a block, or before one after a blank line), span IALs
/// right after a span (`*em*{: .x}`, `![a](b){: .full}`), a heading's
/// `{#id}`, attribute list definitions (`{:name: …}`) and references to
/// them, and the extensions `{::comment}`, `{::nomarkdown}` and
/// `{::options … /}`. No `{:` reaches a reader: one kramdown would leave as
/// text is removed with a warning.
enum AttributeLists {
    private static let definition = try! NSRegularExpression(pattern: #"^ {0,3}\{:([A-Za-z0-9_][-A-Za-z0-9_]*):((?:\\\}|[^}])+)\}\s*$"#)
    private static let blockList = try! NSRegularExpression(pattern: #"^([ \t]*)\{:(?![:/])((?:\\\}|[^}])*)\}\s*$"#)
    private static let spanList = try! NSRegularExpression(pattern: #"\{:(?![:/])((?:\\\}|[^}])*)\}"#)
    private static let headingID = try! NSRegularExpression(pattern: #"^( {0,3}#{1,6}[ \t]+.*?)[ \t]+\{#([A-Za-z][-A-Za-z0-9_:]*)\}[ \t]*$"#)
    private static let setextHeadingID = try! NSRegularExpression(pattern: #"^(.*?)[ \t]+\{#([A-Za-z][-A-Za-z0-9_:]*)\}[ \t]*$"#)
    private static let setextUnderline = try! NSRegularExpression(pattern: #"^ {0,3}(=+|-+)[ \t]*$"#)
    private static let extensionStart = try! NSRegularExpression(pattern: #"^ {0,3}\{::(comment|nomarkdown|options)((?:\\\}|[^}])*?)(/)?\}(.*)$"#)
    private static let spanExtension = try! NSRegularExpression(pattern: #"^\{::(comment|nomarkdown|options)((?:\\\}|[^}])*?)(/)?\}$"#)
    private static let extensionEnd = try! NSRegularExpression(pattern: #"\{:/(comment|nomarkdown|options)?\}"#)

    // MARK: Before cmark-gfm

    static func prepare(_ lines: inout [SourceLine], _ context: DialectContext) {
        let code = lines.fencedCode
        var output: [SourceLine] = []
        var index = 0
        // Inside `$$…$$` (which may span lines of a paragraph) `{:` is TeX, as in `\text{: x}`.
        var inMath = false
        while index < lines.count {
            let line = lines[index]
            defer { index += 1 }
            if code[index] || line.text.isBlankLine { inMath = false }
            if code[index] { output.append(line); continue }
            let mathAtStart = inMath
            let math = mathRanges(in: line.text, open: &inMath)
            if mathAtStart {
                output.append(SourceLine(text: replacingSpanLists(in: line.text, line: line.number, skipping: math, context), number: line.number))
                continue
            }
            // kramdown's block form has the tag alone on its line; else it is a span.
            if let match = line.text.firstMatch(extensionStart), match[4].isBlankLine || !match[4].contains("{:/") {
                index = readExtension(match, in: lines, at: index, into: &output, context)
                continue
            }
            if let match = line.text.firstMatch(definition) {
                if let list = AttributeList(match[2]) { context.definitions[match[1]] = list } else {
                    context.warn(line.number, .emptyAttributeDefinition(name: match[1], value: match[2]))
                }
                continue
            }
            if let match = line.text.firstMatch(blockList) {
                guard let list = AttributeList(match[2]) else {
                    context.warn(line.number, .emptyAttributeList(line.text.trimmed))
                    continue
                }
                let previous = output.last.map { !$0.text.isBlankLine } ?? false
                let marker = context.markers.block(.blockAttributes(list, appliesToPrevious: previous), original: line.text, line: line.number)
                output.append(SourceLine(text: match[1] + marker, number: line.number))
                continue
            }
            var text = line.text
            if let match = text.firstMatch(headingID) {
                text = match[1] + context.markers.inline(.headingAttributes(AttributeList("#" + match[2])!), original: "", line: line.number)
            } else if index + 1 < lines.count, !code[index + 1], !text.isBlankLine, lines[index + 1].text.firstMatch(setextUnderline) != nil,
                let match = text.firstMatch(setextHeadingID)
            {
                text = match[1] + context.markers.inline(.headingAttributes(AttributeList("#" + match[2])!), original: "", line: line.number)
            }
            text = replacingSpanExtensions(in: text, line: line.number, context)
            output.append(SourceLine(text: replacingSpanLists(in: text, line: line.number, skipping: math.isEmpty ? [] : mathRanges(in: text), context), number: line.number))
        }
        lines = output
    }

    /// `{::comment}`, `{::nomarkdown}` (up to `{:/…}`) and `{::options … /}`;
    /// returns the index of the extension's last line.
    private static func readExtension(_ match: [String], in lines: [SourceLine], at start: Int, into output: inout [SourceLine], _ context: DialectContext) -> Int {
        let name = match[1], line = lines[start].number
        if name == "options" {
            applyOptions(AttributeList(match[2]) ?? AttributeList(), line: line, context)
            return start
        }
        var body: [String] = []
        var rest = match[4]
        var index = start
        if match[3] != "/" {
            while true {
                if let end = rest.range(of: #"\{:/(comment|nomarkdown)?\}"#, options: .regularExpression) {
                    body.append(String(rest[..<end.lowerBound]))
                    break
                }
                body.append(rest)
                index += 1
                guard index < lines.count else {
                    context.warn(line, .extensionNotClosed(name))
                    break
                }
                rest = lines[index].text
            }
        }
        let content = context.markers.restoringRaw(body.joined(separator: "\n"))
        let html = name == "comment" ? "<!-- " + content.trimmed + " -->" : content
        output.append(SourceLine(text: context.markers.block(.html(html), original: "", line: line), number: line))
        return index
    }

    /// `{::comment}…{:/}`, `{::nomarkdown}…{:/}` and `{::options … /}` inside
    /// a line: a comment, raw HTML, nothing (the options applied).
    private static func replacingSpanExtensions(in text: String, line: Int, _ context: DialectContext) -> String {
        guard text.contains("{::") else { return text }
        var result = text
        var search = result.startIndex
        while let match = result[search...].range(of: #"\{::(comment|nomarkdown|options)((?:\\\}|[^}])*?)(/)?\}"#, options: .regularExpression) {
            guard !result.codeSpanRanges.contains(where: { $0.contains(match.lowerBound) }), let parts = String(result[match]).firstMatch(spanExtension) else {
                search = match.upperBound
                continue
            }
            let name = parts[1]
            if name == "options" || parts[3] == "/" {
                if name == "options" { applyOptions(AttributeList(parts[2]) ?? AttributeList(), line: line, context) }
                result.removeSubrange(match)
                search = match.lowerBound
                continue
            }
            guard let end = result[match.upperBound...].range(of: #"\{:/("# + name + #")?\}"#, options: .regularExpression) else {
                search = match.upperBound
                continue
            }
            let body = String(result[match.upperBound..<end.lowerBound])
            let written = String(result[match.lowerBound..<end.upperBound])
            let marker = name == "comment"
                ? context.markers.inline(.comment(" " + body.trimmed + " "), original: written, line: line)
                : context.markers.inline(.html(context.markers.restoringRaw(body)), original: written, line: line)
            result.replaceSubrange(match.lowerBound..<end.upperBound, with: marker)
            search = result.index(match.lowerBound, offsetBy: marker.count)
        }
        return result
    }

    /// kramdown's options that change what readers see; others are warned about.
    private static func applyOptions(_ list: AttributeList, line: Int, _ context: DialectContext) {
        for (key, value) in list.pairs {
            switch key {
            case "auto_ids": context.autoIDs = value != "false"
            case "parse_block_html": continue  // applied by MarkdownInHTML, which reads HTML blocks first
            case "toc_levels":
                let numbers = value.split { !$0.isNumber }.compactMap { Int($0) }
                if let low = numbers.min(), let high = numbers.max(), low >= 1, high <= 6 { context.tocLevels = low...high }
            default: context.warn(line, .kramdownOptionNotApplied(key: key, value: value))
            }
        }
    }

    /// Span IALs on a line, outside code spans, become markers.
    /// The parts of a line between `$$` delimiters (not `\$$`, not in code), given whether
    /// math is open where it starts; `open` is left as it is where the line ends.
    private static func mathRanges(in text: String, open: inout Bool) -> [Range<String.Index>] {
        guard open || text.contains("$$") else { return [] }
        let code = text.codeSpanRanges
        var ranges: [Range<String.Index>] = []
        var start: String.Index? = open ? text.startIndex : nil
        var position = text.startIndex
        while let found = text[position...].range(of: "$$") {
            position = found.upperBound
            guard !code.contains(where: { $0.contains(found.lowerBound) }),
                  found.lowerBound == text.startIndex || text[text.index(before: found.lowerBound)] != "\\" else { continue }
            if let opened = start {
                ranges.append(opened..<found.upperBound)
                start = nil
            } else {
                start = found.lowerBound
            }
        }
        if let start { ranges.append(start..<text.endIndex) }
        open = start != nil
        return ranges
    }

    /// The math of a line that opens none of its own before it.
    private static func mathRanges(in text: String) -> [Range<String.Index>] {
        var open = false
        return mathRanges(in: text, open: &open)
    }

    private static func replacingSpanLists(in text: String, line: Int, skipping math: [Range<String.Index>] = [], _ context: DialectContext) -> String {
        guard text.contains("{:") else { return text }
        let code = text.codeSpanRanges + math
        var result = text
        let source = text as NSString
        for match in spanList.matches(in: text, range: NSRange(location: 0, length: source.length)).reversed() {
            guard let range = Range(match.range, in: text), !code.contains(where: { $0.overlaps(range) }) else { continue }
            let written = String(text[range])
            guard let list = AttributeList(source.substring(with: match.range(at: 1))) else {
                context.warn(line, .emptyAttributeList(written))
                result.replaceSubrange(Range(match.range, in: result)!, with: "")
                continue
            }
            result.replaceSubrange(Range(match.range, in: result)!, with: context.markers.inline(.spanAttributes(list), original: written, line: line))
        }
        return result
    }

    // MARK: After cmark-gfm

    /// Applies the lists to their elements; a `toc` reference is left for
    /// `TableOfContents` as the `data-feedgen-toc` attribute.
    static func finish(_ tree: HTMLTree, _ context: DialectContext) {
        for node in tree.body.descendants {
            if node.isComment, let index = DialectMarkers.blockIndex(node.text), case .blockAttributes(let list, let previous) = context.markers.entries[index].payload {
                let entry = context.markers.entries[index]
                if let target = previous ? node.previousElement : node.nextElement {
                    apply(list, to: target, line: entry.line, context)
                } else {
                    context.warn(entry.line, .attributeListWithoutBlock(entry.original.trimmed))
                }
                node.remove()
            } else if node.isText, node.text.contains(DialectMarkers.inlineOpen) {
                applyInline(in: node, context)
            }
        }
    }

    private static func applyInline(in node: HTMLNode, _ context: DialectContext) {
        var text = node.text
        for (range, index) in DialectMarkers.inlineMarkers(in: text).reversed() {
            let entry = context.markers.entries[index]
            switch entry.payload {
            case .spanAttributes(let list):
                if range.lowerBound == text.startIndex, let element = node.previous, element.isElement {
                    apply(list, to: element, line: entry.line, context)
                } else {
                    context.warn(entry.line, .attributeListNotAfterSpan(entry.original))
                }
                text.removeSubrange(range)
            case .headingAttributes(let list):
                var heading = node.parent
                while let current = heading, !["h1", "h2", "h3", "h4", "h5", "h6"].contains(current.name) { heading = current.parent }
                if let heading { apply(list, to: heading, line: entry.line, context) }
                text.removeSubrange(range)
                while text.last == " " || text.last == "\t" { text.removeLast() }
            default:
                continue
            }
        }
        node.text = text
    }

    private static func apply(_ list: AttributeList, to element: HTMLNode, line: Int, _ context: DialectContext) {
        let resolved = list.resolving(context.definitions)
        for reference in resolved.references {
            if reference == "toc" {
                element.setAttribute(TableOfContents.placeholderAttribute, "")
            } else {
                context.warn(line, .undefinedAttributeReference(reference))
            }
        }
        resolved.apply(to: element)
    }
}

extension String {
    /// The groups of the regular expression's first match (`""` for one that
    /// did not take part), or `nil`.
    func firstMatch(_ regex: NSRegularExpression) -> [String]? {
        let source = self as NSString
        guard let match = regex.firstMatch(in: self, range: NSRange(location: 0, length: source.length)) else { return nil }
        return (0..<match.numberOfRanges).map { match.range(at: $0).location == NSNotFound ? "" : source.substring(with: match.range(at: $0)) }
    }
}
