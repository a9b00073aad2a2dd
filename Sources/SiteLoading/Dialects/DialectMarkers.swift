import FeedModel
import Foundation

/// What a dialect's passes take out of the Markdown before cmark-gfm reads
/// it (attribute lists, math, raw HTML) and put back into the HTML after:
/// each is replaced by a marker that cmark-gfm carries through unchanged,
/// numbered into this list. A marker that ends up inside code is turned
/// back into what was written.
final class DialectMarkers {
    enum Payload {
        /// `{: …}` on its own line: for the block before it (`after`) or after it.
        case blockAttributes(AttributeList, appliesToPrevious: Bool)
        /// `{: …}` right after a span (`*em*{: .x}`), or a heading's `{#id}`.
        case spanAttributes(AttributeList)
        /// The heading this marker ends gets these attributes.
        case headingAttributes(AttributeList)
        /// TeX between `$$`: a block of its own or inside text.
        case math(String, display: Bool)
        /// HTML that Markdown must not touch, put back as written.
        case html(String)
        /// Nothing: it makes cmark-gfm read a paragraph where a line starts with a tag.
        case paragraphStart
        /// The GFM table after this marker is a kramdown table with these sections.
        case table(KramdownTables.Layout)
        /// An HTML comment's text (between `<!--` and `-->`), a block of its own or inside text.
        case comment(String)
        /// An HTML element whose content is Markdown: its start tag (the
        /// content follows, up to `elementEnd`), and whether a lone paragraph
        /// in it is only a span (`markdown="span"`).
        case elementStart(String, name: String, span: Bool)
        case elementEnd
        /// The paragraph this marker starts is a definition list's term, or its definition.
        case definitionTerm
        case definitionDescription
    }

    struct Entry {
        var payload: Payload
        /// What the author wrote, for markers that end up inside code.
        var original: String
        /// The body line it was written on.
        var line: Int
    }

    private(set) var entries: [Entry] = []

    static let inlineOpen: Character = "\u{E000}"
    static let inlineClose: Character = "\u{E001}"
    static let blockPrefix = "feedgen-marker-"

    private func add(_ payload: Payload, original: String, line: Int) -> Int {
        entries.append(Entry(payload: payload, original: original, line: line))
        return entries.count - 1
    }

    /// A marker inside text: two private-use characters around its number.
    func inline(_ payload: Payload, original: String, line: Int) -> String {
        "\(Self.inlineOpen)\(add(payload, original: original, line: line))\(Self.inlineClose)"
    }

    /// A marker that is a block of its own: an HTML comment, which also ends
    /// a paragraph, list or quote that the line would otherwise continue.
    func block(_ payload: Payload, original: String, line: Int) -> String {
        "<!--\(Self.blockPrefix)\(add(payload, original: original, line: line))-->"
    }

    /// The number in a block marker comment's text, if it is one.
    static func blockIndex(_ comment: String) -> Int? {
        guard comment.hasPrefix(blockPrefix) else { return nil }
        return Int(comment.dropFirst(blockPrefix.count))
    }

    /// What the block marker that is the whole line (indent aside) stands for, if it is one.
    func payload(ofLine line: String) -> Payload? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->"), trimmed.count > 7,
            let index = Self.blockIndex(String(trimmed.dropFirst(4).dropLast(3))), index < entries.count
        else { return nil }
        return entries[index].payload
    }

    /// The inline markers in a text, in order, with their ranges.
    static func inlineMarkers(in text: String) -> [(range: Range<String.Index>, index: Int)] {
        guard text.contains(inlineOpen) else { return [] }
        var found: [(Range<String.Index>, Int)] = []
        var position = text.startIndex
        while let open = text[position...].firstIndex(of: inlineOpen) {
            guard let close = text[open...].firstIndex(of: inlineClose), let index = Int(text[text.index(after: open)..<close]) else { break }
            found.append((open..<text.index(after: close), index))
            position = text.index(after: close)
        }
        return found
    }

    /// A text with every inline marker replaced by what was written.
    func restoringOriginals(_ text: String) -> String {
        var result = text
        for (range, index) in Self.inlineMarkers(in: text).reversed() where index < entries.count {
            result.replaceSubrange(range, with: entries[index].original)
        }
        return result
    }

    /// Raw HTML as the author wrote it: the comments and raw HTML taken out
    /// of it by earlier passes (`HTMLComments`, `MarkdownInHTML`) put back,
    /// inline and block markers alike.
    func restoringRaw(_ html: String) -> String {
        var result = html
        for (range, index) in Self.inlineMarkers(in: html).reversed() where index < entries.count {
            switch entries[index].payload {
            case .comment: result.replaceSubrange(range, with: entries[index].original)
            case .html(let html): result.replaceSubrange(range, with: html)
            default: continue
            }
        }
        var search = result.startIndex
        while let start = result[search...].range(of: "<!--" + Self.blockPrefix), let end = result[start.upperBound...].range(of: "-->") {
            guard let index = Int(result[start.upperBound..<end.lowerBound]), index < entries.count else {
                search = end.upperBound
                continue
            }
            let raw: String
            switch entries[index].payload {
            case .comment: raw = entries[index].original
            case .html(let html): raw = html
            default:
                search = end.upperBound
                continue
            }
            result.replaceSubrange(start.lowerBound..<end.upperBound, with: raw)
            search = result.index(start.lowerBound, offsetBy: raw.count)
        }
        return result
    }
}
