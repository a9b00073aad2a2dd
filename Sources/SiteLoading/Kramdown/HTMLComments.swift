import FeedXML
import Foundation

/// kramdown's HTML comments: `<!--` up to the first `-->` after it is one
/// comment, whatever is between (`--`, blank lines, tags, Markdown), kept
/// whole. cmark-gfm would end an inline comment that holds `--`, and the
/// other passes would read Markdown, math or attribute lists inside one, so
/// this pass runs first and takes every comment out behind a marker:
///
/// - a comment at the very start of a line where a block may begin (the
///   first line, after a blank line, a heading, a fence or another comment),
///   kramdown's `parse_block_html`, is a block; what follows its `-->` on the
///   line starts the next block;
/// - anywhere else, in a paragraph, list item, table cell or quote, it is
///   part of the text, and closes within its paragraph;
/// - a `<!--` that nothing closes is text, as kramdown writes it (`&lt;!–`),
///   where cmark-gfm would hide the rest of the post in an open comment.
///
/// Code (fenced blocks, code spans) and `\<!--` are left alone.
enum HTMLComments {
    private static let opening = "<!--", closing = "-->"
    private static let container = try! NSRegularExpression(pattern: #"^(?:[ \t]*>)*[ \t]*(?:(?:[-*+]|[0-9]{1,9}[.)])[ \t]+)?"#)
    private static let heading = try! NSRegularExpression(pattern: #"^ {0,3}#{1,6}(?:[ \t]|$)"#)

    // MARK: Before cmark-gfm

    static func prepare(_ lines: inout [SourceLine], _ context: DialectContext) {
        guard lines.contains(where: { $0.text.contains(opening) }) else { return }
        let code = lines.fencedCode
        var output: [SourceLine] = []
        var blockMayStart = true
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if code[index] || !line.text.contains(opening) {
                output.append(line)
                blockMayStart = code[index] ? index + 1 == lines.count || !code[index + 1] : endsBlock(line.text)
                index += 1
                continue
            }
            index = read(lines, from: index, blockMayStart: blockMayStart, into: &output, context)
            blockMayStart = output.last.flatMap { context.markers.payload(ofLine: $0.text) } != nil
        }
        lines = output
    }

    /// Reads the comments that start on line `start` (and the lines they
    /// take); returns the index of the next line to read.
    private static func read(_ lines: [SourceLine], from start: Int, blockMayStart: Bool, into output: inout [SourceLine], _ context: DialectContext) -> Int {
        var text = lines[start].text
        let number = lines[start].number
        var next = start + 1
        // The container prefix (a quote's `>`, a list item's marker or indent) before the text.
        let prefix = text.firstMatch(container)![0]
        // Four spaces and nothing else may be an indented code block: left to cmark-gfm.
        if blockMayStart, !prefix.contains(where: { $0 != " " && $0 != "\t" }), prefix.count >= 4 {
            output.append(lines[start])
            return next
        }
        var position = text.startIndex
        var atBlockStart = blockMayStart
        while let found = nextOpening(in: text, from: position) {
            let block = atBlockStart && text.distance(from: text.startIndex, to: found) == prefix.count
            atBlockStart = false
            // The first `-->`: on this line, else on the lines after it (a block
            // comment takes blank lines too; text ends at the paragraph's end).
            var taken = next
            var joined = text
            var close = joined[joined.index(found, offsetBy: opening.count)...].range(of: closing)
            while close == nil, taken < lines.count, block || !lines[taken].text.isBlankLine {
                joined += "\n" + continuation(lines[taken].text, prefix: prefix)
                taken += 1
                close = joined[joined.index(found, offsetBy: opening.count)...].range(of: closing)
            }
            guard let close else {
                // Unclosed: text, which `\<` tells cmark-gfm.
                let offset = text.distance(from: text.startIndex, to: found)
                text.insert("\\", at: found)
                position = text.index(text.startIndex, offsetBy: offset + 1 + opening.count)
                continue
            }
            let offset = joined.distance(from: joined.startIndex, to: found)
            let written = String(joined[found..<close.upperBound])
            let content = String(joined[joined.index(found, offsetBy: opening.count)..<close.lowerBound])
            next = taken
            if block {
                let before = String(joined[..<found])
                output.append(SourceLine(text: before + context.markers.block(.comment(content), original: written, line: number), number: number))
                let rest = String(joined[close.upperBound...])
                guard !rest.isBlankLine else { return next }
                // kramdown reads on after the comment: another comment right
                // after it is a block too, anything else begins a paragraph.
                let indent = String(repeating: " ", count: before.filter { $0 != ">" }.count)
                text = (before.contains(">") ? before : indent) + rest
                position = text.index(text.startIndex, offsetBy: text.count - rest.count)
                atBlockStart = rest.hasPrefix(opening)
                continue
            }
            // kramdown splits a table row at every `|`, one inside a comment too.
            if content.contains("|"), (joined[..<found] + joined[close.upperBound...]).contains("|") {
                context.warn(number, .pipeInCommentInTableRow)
            }
            let marker = context.markers.inline(.comment(content), original: written, line: number)
            text = String(joined[..<found]) + marker + String(joined[close.upperBound...])
            position = text.index(text.startIndex, offsetBy: offset + marker.count)
        }
        output.append(SourceLine(text: text, number: number))
        return next
    }

    /// Whether a block may start on the line after this one: after a blank
    /// line (in a quote too), a heading, or a line of HTML tags (the start
    /// or end of an HTML block, whose content kramdown reads as blocks).
    private static func endsBlock(_ line: String) -> Bool {
        let content = line.drop { $0 == " " || $0 == "\t" || $0 == ">" }.trimmingCharacters(in: .whitespaces)
        return content.isEmpty || line.firstMatch(heading) != nil || (content.hasPrefix("<") && content.hasSuffix(">") && !content.hasPrefix("<!--"))
    }

    /// A later line of a comment without the container prefix its first line has.
    private static func continuation(_ line: String, prefix: String) -> String {
        guard !prefix.isEmpty else { return line }
        let marks = prefix.filter { $0 == ">" }
        if marks.isEmpty {
            // A list item's lines are indented by its marker's width (or lazy).
            let indent = line.prefix { $0 == " " }.count
            return String(line.dropFirst(min(indent, prefix.count)))
        } else {
            // A quote's lines: the same number of `>`, each with its space.
            var rest = Substring(line)
            for _ in marks {
                rest = rest.drop { $0 == " " }
                guard rest.first == ">" else { return line }
                rest = rest.dropFirst()
                if rest.first == " " { rest = rest.dropFirst() }
            }
            return String(rest)
        }
    }

    /// The next `<!--` at or after `position` that is not escaped and not in a code span.
    private static func nextOpening(in text: String, from position: String.Index) -> String.Index? {
        let code = text.codeSpanRanges
        var search = position
        while search < text.endIndex, let found = text[search...].range(of: opening) {
            let escaped = found.lowerBound > text.startIndex && text[text.index(before: found.lowerBound)] == "\\"
            if !escaped, !code.contains(where: { $0.contains(found.lowerBound) }) { return found.lowerBound }
            search = found.upperBound
        }
        return nil
    }

    // MARK: After cmark-gfm

    /// Every comment marker becomes the comment, in text or as a block.
    static func finish(_ tree: HTMLTree, _ context: DialectContext) {
        for node in tree.body.descendants {
            if node.isComment, let index = DialectMarkers.blockIndex(node.text), case .comment(let content) = context.markers.entries[index].payload {
                node.replace(with: [tree.comment(content)])
            } else if node.isText, node.text.contains(DialectMarkers.inlineOpen) {
                let text = node.text
                var pieces: [HTMLNode] = []
                var position = text.startIndex
                for (range, index) in DialectMarkers.inlineMarkers(in: text) {
                    guard case .comment(let content) = context.markers.entries[index].payload else { continue }
                    if position < range.lowerBound { pieces.append(tree.text(String(text[position..<range.lowerBound]))) }
                    pieces.append(tree.comment(content))
                    position = range.upperBound
                }
                guard !pieces.isEmpty else { continue }
                if position < text.endIndex { pieces.append(tree.text(String(text[position...]))) }
                node.replace(with: pieces)
            }
        }
    }
}
