import Foundation

/// One line of a post's Markdown as a dialect's passes rewrite it, with the
/// body line it came from (for warnings, after lines were joined or dropped).
struct SourceLine {
    var text: String
    var number: Int
}

extension [SourceLine] {
    init(markdown: String) {
        self = markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            SourceLine(text: String($0.element), number: $0.offset + 1)
        }
    }

    var markdown: String { map(\.text).joined(separator: "\n") }

    /// Which lines belong to fenced code blocks (fences included): the
    /// passes leave them as written.
    var fencedCode: [Bool] {
        var mask = [Bool](repeating: false, count: count)
        var fence: (character: Character, length: Int)?
        for (index, line) in enumerated() {
            let trimmed = line.text.drop { $0 == " " }
            let indent = line.text.count - trimmed.count
            if let open = fence {
                mask[index] = true
                let run = trimmed.prefix { $0 == open.character }
                if indent < 4, run.count >= open.length, trimmed.dropFirst(run.count).allSatisfy(\.isWhitespace) { fence = nil }
                continue
            }
            guard indent < 4, let first = trimmed.first, first == "`" || first == "~" else { continue }
            let run = trimmed.prefix { $0 == first }
            if run.count >= 3, !(first == "`" && trimmed.dropFirst(run.count).contains("`")) {
                fence = (first, run.count)
                mask[index] = true
            }
        }
        return mask
    }
}

extension String {
    /// Whether the line is empty or only white space (a blank line ends a paragraph).
    var isBlankLine: Bool { allSatisfy { $0 == " " || $0 == "\t" } }

    /// The ranges of inline code spans (backtick runs) on a line, which the
    /// passes leave alone.
    var codeSpanRanges: [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var position = startIndex
        while let open = self[position...].firstIndex(of: "`") {
            let run = self[open...].prefix { $0 == "`" }
            var search = run.endIndex
            var closed: Range<String.Index>?
            while let next = self[search...].firstIndex(of: "`") {
                let closing = self[next...].prefix { $0 == "`" }
                if closing.count == run.count { closed = open..<closing.endIndex; break }
                search = closing.endIndex
            }
            guard let closed else { position = run.endIndex; continue }
            ranges.append(closed)
            position = closed.upperBound
        }
        return ranges
    }
}
