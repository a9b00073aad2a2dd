import FeedXML
import Foundation

/// kramdown's tables (`parser/kramdown/table.rb`, which kramdown's GFM
/// parser keeps), not GFM's: a table starts after a blank line with any line
/// that has an unescaped `|` (a separator line is not needed: without one
/// every row is a body row, and `This | that` alone is a one-row table);
/// rows before the first `|---|` line are header rows, a later `|---|` line
/// starts another body, a `|===|` line starts the footer, a separator line
/// before any row is ignored; rows may lack the leading pipe or have any
/// number of cells (short rows are padded to the widest); the table ends at
/// a line without a pipe, which must be a blank line, an attribute list or
/// the end, or else the lines are a paragraph, pipes and all (also when it
/// has no body row). cmark-gfm cannot read most of that, so each table is
/// written out again as a plain GFM table (one header row, a delimiter row
/// with the alignments, the other rows) behind a marker that says how its
/// rows fall into `thead`, `tbody` and `tfoot`; and a GFM delimiter row in a
/// paragraph, which kramdown leaves as text, is escaped so cmark-gfm does not
/// make it a table. Only tables at the left margin are rewritten: an
/// indented one may belong to a list item, and is left to cmark-gfm.
enum KramdownTables {
    /// How a rewritten table's rows fall into sections, in order, and whether
    /// its GFM header row is a placeholder (a table without header rows).
    struct Layout {
        var sections: [(name: String, rows: Int)]
        var placeholderHeader: Bool
    }

    private static let start = try! NSRegularExpression(pattern: #"^(?=\S)(?:\||.*?[^\\]\|)"#)
    private static let line = try! NSRegularExpression(pattern: #"^(?:\||.*?[^\\]\|)"#)
    private static let separator = try! NSRegularExpression(pattern: #"^[+|: \t-]*?-[+|: \t-]*?[ \t]*$"#)
    private static let footerSeparator = try! NSRegularExpression(pattern: #"^[+|: \t=]*?=[+|: \t=]*?[ \t]*$"#)
    private static let alignment = try! NSRegularExpression(pattern: #"[ \t]?(:?)-+(:?)[ \t]?"#)
    private static let gfmDelimiterRow = try! NSRegularExpression(pattern: #"^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$"#)
    private static let listItem = try! NSRegularExpression(pattern: #"^( {0,3}(?:[-*+]|[0-9]{1,9}[.)])[ \t]+)(\S.*)$"#)
    private static let otherBlockStart = try! NSRegularExpression(pattern: #"^(?:>|#|(?:[-*+]|[0-9]+\.)(?:[ \t]|$)|:[ \t]|<[A-Za-z/!?]|\$\$)"#)
    private static let setextUnderline = try! NSRegularExpression(pattern: #"^(?:-+|=+)[ \t]*$"#)
    private static let codeElement = try! NSRegularExpression(pattern: #"<code.*?>.*?</code>"#)
    private static let unescapedPipe = try! NSRegularExpression(pattern: #"(?:^|[^\\])\|"#)

    // MARK: Before cmark-gfm

    static func prepare(_ lines: inout [SourceLine], _ context: DialectContext) {
        guard lines.contains(where: { $0.text.contains("|") }) else { return }
        let code = lines.fencedCode
        var output: [SourceLine] = []
        var index = 0
        var boundary = true
        while index < lines.count {
            let current = lines[index]
            if code[index] {
                output.append(current)
                boundary = false
                index += 1
                continue
            }
            if boundary, current.text.firstMatch(start) != nil, !otherBlock(lines, at: index), let (table, end) = read(lines, from: index, code: code, context) {
                output += table
                index = end
                boundary = false
                continue
            }
            if let (table, end) = listItemTable(lines, at: index, code: code, context) {
                output += table
                index = end
                boundary = false
                continue
            }
            var text = current.text
            // A GFM delimiter row inside a paragraph is text to kramdown.
            if text.contains("|"), !boundary, text.firstMatch(gfmDelimiterRow) != nil, let pipe = text.firstIndex(of: "|") {
                text.insert("\\", at: pipe)
            }
            output.append(SourceLine(text: text, number: current.number))
            boundary = text.isBlankLine || isAttributeList(text, context)
            index += 1
        }
        lines = output
    }

    /// A list item whose whole content is a table to kramdown, which reads
    /// an item's content as blocks of their own (`- a | b` is a one-row
    /// table): the item with the table in it, and the index after it.
    private static func listItemTable(_ lines: [SourceLine], at first: Int, code: [Bool], _ context: DialectContext) -> ([SourceLine], Int)? {
        guard lines[first].text.contains("|"), let item = lines[first].text.firstMatch(listItem) else { return nil }
        let width = item[1].count
        var content = [SourceLine(text: item[2], number: lines[first].number)]
        var index = first + 1
        while index < lines.count, !code[index], !lines[index].text.isBlankLine {
            let text = lines[index].text
            let indent = text.prefix { $0 == " " }.count
            if indent < width, text.firstMatch(listItem) != nil { break }
            content.append(SourceLine(text: String(text.dropFirst(min(indent, width))), number: lines[index].number))
            index += 1
        }
        guard content[0].text.firstMatch(start) != nil, !otherBlock(content, at: 0),
            let (table, end) = read(content, from: 0, code: content.map { _ in false }, context), end == content.count
        else { return nil }
        let indent = String(repeating: " ", count: width)
        return ([SourceLine(text: item[1] + table[0].text, number: table[0].number)] + table.dropFirst().map { SourceLine(text: indent + $0.text, number: $0.number) }, index)
    }

    /// The table starting at `first` as GFM lines, and the index after it;
    /// `nil` when kramdown would not read a table there.
    private static func read(_ lines: [SourceLine], from first: Int, code: [Bool], _ context: DialectContext) -> ([SourceLine], Int)? {
        let leadingPipe = lines[first].text.drop { $0 == " " || $0 == "\t" }.hasPrefix("|")
        var sections: [(name: String, rows: [[String]])] = []
        var rows: [[String]] = []
        var alignments: [String]?
        var hasFooter = false
        func close(_ name: String, force: Bool = false) {
            guard !hasFooter || name != "tbody" || force else { return }
            sections.append((name, rows))
            rows = []
        }
        var index = first
        if lines[index].text.firstMatch(separator) != nil { index += 1 }
        while index < lines.count, !code[index], lines[index].text.firstMatch(line) != nil {
            let text = lines[index].text
            defer { index += 1 }
            guard pipeOutsideCode(text) else { return nil }
            if text.firstMatch(separator) != nil {
                if rows.isEmpty { continue }
                if alignments == nil, !hasFooter {
                    close("thead")
                    alignments = alignment.matches(in: text, range: NSRange(location: 0, length: (text as NSString).length)).map { match in
                        let left = match.range(at: 1).length > 0, right = match.range(at: 2).length > 0
                        return left && right ? ":-:" : left ? ":--" : right ? "--:" : "---"
                    }
                } else {
                    close("tbody")
                }
            } else if text.firstMatch(footerSeparator) != nil {
                if !rows.isEmpty { close("tbody", force: true) }
                hasFooter = true
            } else {
                rows.append(cells(of: text, leadingPipe: leadingPipe))
            }
        }
        // kramdown's before_block_boundary?: what follows must end the block.
        guard endsBlock(lines, at: index, context) else { return nil }
        if !rows.isEmpty { close(hasFooter ? "tfoot" : "tbody") }
        guard sections.contains(where: { $0.name == "tbody" }) else { return nil }
        let columns = sections.flatMap(\.rows).map(\.count).max() ?? 0
        guard columns > 0 else { return nil }
        var aligned = Array((alignments ?? []).prefix(columns))
        aligned += Array(repeating: "---", count: columns - aligned.count)

        var all = sections.flatMap(\.rows).map { $0 + Array(repeating: "", count: columns - $0.count) }
        let placeholder = sections[0].name != "thead"
        let header = placeholder ? Array(repeating: "", count: columns) : all.removeFirst()
        let layout = Layout(sections: sections.map { ($0.name, $0.rows.count) }, placeholderHeader: placeholder)
        let number = lines[first].number
        var table = [SourceLine(text: context.markers.block(.table(layout), original: "", line: number), number: number)]
        table.append(SourceLine(text: row(header), number: number))
        table.append(SourceLine(text: "| " + aligned.joined(separator: " | ") + " |", number: number))
        // Each row keeps the line it came from, for warnings.
        var rowLines = (first..<index).filter { lines[$0].text.firstMatch(separator) == nil && lines[$0].text.firstMatch(footerSeparator) == nil }
        if !placeholder { rowLines.removeFirst() }
        for (cells, line) in zip(all, rowLines) { table.append(SourceLine(text: row(cells), number: lines[line].number)) }
        return (table, index)
    }

    /// A GFM row of cells, each pipe in them escaped (also inside code, where
    /// cmark-gfm's tables take `\|` for `|`).
    private static func row(_ cells: [String]) -> String {
        "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
    }

    /// A row's cells as kramdown splits them: at each unescaped pipe outside
    /// code spans, `\|` taken as `|`, the empty cell before a leading pipe
    /// and after a trailing one dropped, each cell stripped.
    private static func cells(of text: String, leadingPipe: Bool) -> [String] {
        var text = Substring(text)
        while text.last == " " || text.last == "\t" { text.removeLast() }
        let line = String(text)
        let code = protectedRanges(line)
        var cells = [""]
        var position = line.startIndex
        while position < line.endIndex {
            if let span = code.first(where: { $0.lowerBound == position }) {
                cells[cells.count - 1] += line[span]
                position = span.upperBound
                continue
            }
            let character = line[position]
            let next = line.index(after: position)
            if character == "\\", next < line.endIndex, line[next] == "|" {
                cells[cells.count - 1] += "|"
                position = line.index(after: next)
            } else if character == "|" {
                cells.append("")
                position = next
            } else {
                cells[cells.count - 1].append(character)
                position = next
            }
        }
        if leadingPipe, cells.count > 1, cells[0].trimmed.isEmpty { cells.removeFirst() }
        if cells.last?.trimmed.isEmpty == true { cells.removeLast() }
        return cells.map { unclosedMathEscaped($0.trimmed) }
    }

    /// Code in a row, which its pipes do not split: `<code>` elements, then code spans.
    private static func protectedRanges(_ line: String) -> [Range<String.Index>] {
        let source = line as NSString
        let elements = codeElement.matches(in: line, range: NSRange(location: 0, length: source.length)).compactMap { Range($0.range, in: line) }
        return (elements + line.codeSpanRanges.filter { span in !elements.contains { $0.overlaps(span) } }).sorted { $0.lowerBound < $1.lowerBound }
    }

    /// A cell's `$$` that no `$$` in the same cell closes is text (the row
    /// was split first), so `MathBlocks` must not pair it with one in the next cell.
    private static func unclosedMathEscaped(_ cell: String) -> String {
        let count = cell.components(separatedBy: "$$").count - 1
        guard count % 2 == 1, let last = cell.range(of: "$$", options: .backwards) else { return cell }
        var cell = cell
        cell.insert("\\", at: last.lowerBound)
        return cell
    }

    /// kramdown checks that each line of a table has a pipe outside code.
    private static func pipeOutsideCode(_ text: String) -> Bool {
        var outside = text
        for span in protectedRanges(text).reversed() { outside.replaceSubrange(span, with: "") }
        return outside.firstMatch(unescapedPipe) != nil
    }

    /// kramdown's BLOCK_BOUNDARY after a table: a blank line, an attribute
    /// list, `^`, the end; not the blank line `MarkdownInHTML` put before
    /// the end of an element (the end tag is no boundary to kramdown).
    private static func endsBlock(_ lines: [SourceLine], at index: Int, _ context: DialectContext) -> Bool {
        guard index < lines.count else { return true }
        let text = lines[index].text
        if text.isBlankLine {
            guard index + 1 < lines.count, case .elementEnd = context.markers.payload(ofLine: lines[index + 1].text) else { return true }
            return false
        }
        return isAttributeList(text, context) || text.trimmed == "^"
    }

    private static func isAttributeList(_ text: String, _ context: DialectContext) -> Bool {
        guard case .blockAttributes = context.markers.payload(ofLine: text) else { return false }
        return true
    }

    /// Lines that kramdown's parsers before `table` take: a quote, a heading,
    /// a list item, a definition, HTML, math, a setext heading's text.
    private static func otherBlock(_ lines: [SourceLine], at index: Int) -> Bool {
        let text = lines[index].text
        if text.firstMatch(otherBlockStart) != nil { return true }
        return index + 1 < lines.count && lines[index + 1].text.firstMatch(setextUnderline) != nil
    }

    // MARK: After cmark-gfm

    /// Each rewritten table's rows put into kramdown's sections; an empty
    /// cell of any table holds a no-break space, as kramdown writes it.
    static func finish(_ tree: HTMLTree, _ context: DialectContext) {
        defer {
            for cell in tree.body.descendants where cell.isElement && (cell.name == "td" || cell.name == "th") && cell.firstChild == nil {
                cell.append(tree.text("\u{A0}"))
            }
        }
        for node in tree.body.descendants where node.isComment {
            guard let index = DialectMarkers.blockIndex(node.text), case .table(let layout) = context.markers.entries[index].payload else { continue }
            defer { node.remove() }
            guard let table = node.nextElement, table.name == "table" else { continue }
            var rows = table.descendants.filter { $0.isElement && $0.name == "tr" }
            for row in rows { row.detach() }
            for child in table.children { child.remove() }
            if layout.placeholderHeader, !rows.isEmpty { rows.removeFirst().remove() }
            // Laid out as cmark-gfm lays out its tables: each tag on a line.
            table.append(tree.text("\n"))
            for (name, count) in layout.sections {
                let section = tree.element(name)
                section.append(tree.text("\n"))
                for row in rows.prefix(count) {
                    if name == "thead" { for cell in row.children where cell.isElement && cell.name == "td" { cell.rename("th") } }
                    section.append(row)
                    section.append(tree.text("\n"))
                }
                rows.removeFirst(min(count, rows.count))
                table.append(section)
                table.append(tree.text("\n"))
            }
        }
    }
}
