import Foundation

/// Jekyll 4's excerpt (`Jekyll::Excerpt#extract_excerpt`): the raw body up
/// to the first separator (the post's `excerpt_separator`, else the site's,
/// else `"\n\n"`), with the `end…` tags of Liquid blocks the cut leaves open,
/// and the Markdown link reference definitions of the whole post after it, so
/// that its links still resolve. It is then rendered (Liquid, Markdown) on its own.
enum JekyllExcerpt {
    static let defaultSeparator = "\n\n"

    /// The content after front matter as Jekyll reads it: its `YAML_FRONT_MATTER_REGEXP` ends
    /// in `\s*$\n?`, which takes the blank lines after the closing `---` too, so that a post
    /// with two of them still has its first paragraph as its excerpt (the separator `"\n\n"`
    /// would otherwise cut before it). The first line with text keeps its indent.
    static func afterFrontMatter(_ body: String) -> String {
        let blank = body.prefix { $0.isWhitespace }
        guard let lastBreak = blank.lastIndex(where: \.isNewline) else { return body }
        return String(body[body.index(after: lastBreak)...])
    }

    static func source(of body: String, separator: String) -> String {
        guard !separator.isEmpty, let cut = body.range(of: separator) else { return body }
        var head = String(body[..<cut.lowerBound])
        let tail = body[cut.upperBound...]
        guard !tail.isEmpty else { return head }
        if head.contains("{%") { head = closingBlocks(head) }
        let definitions = (linkDefinitions(in: head) + linkDefinitions(in: String(tail)))
        return definitions.isEmpty ? head : head + "\n\n" + definitions.joined(separator: "\n")
    }

    /// Liquid's block tags, whose `end…` a cut may leave in the tail.
    private static let blocks: Set<String> = ["if", "unless", "case", "for", "tablerow", "capture", "comment", "raw", "ifchanged", "highlight"]

    /// Jekyll's `sanctify_liquid_tags`.
    private static func closingBlocks(_ head: String) -> String {
        var head = head
        let names = head.matches(of: /{%-?\s*(\w+)\s*.*?-?%}/.dotMatchesNewlines()).map { String($0.output.1) }
        for name in names.reversed() where blocks.contains(name) {
            let end = try! Regex("\\{%-?\\s*end\(name).*?\\s*-?%\\}").dotMatchesNewlines()
            if head.contains(end) { continue }
            head += "\n{% end\(name) %}"
        }
        return head
    }

    /// `[label]: url` lines (Jekyll's `MKDWN_LINK_REF_REGEX`).
    /// Scanned by hand on the UTF-8 bytes: a Swift `Regex` over every chosen
    /// post's whole body cost more than rendering it.
    static func linkDefinitions(in text: String) -> [String] {
        let bytes = Array(text.utf8)
        var found: [String] = []
        var lineStart = 0
        while lineStart < bytes.count {
            var index = lineStart
            while index < bytes.count, index - lineStart < 3, bytes[index] == UInt8(ascii: " ") { index += 1 }
            if index < bytes.count, bytes[index] == UInt8(ascii: "[") {
                let start = index
                // `[^\]]+` crosses line ends, as the Ruby pattern does.
                var close = index + 1
                while close < bytes.count, bytes[close] != UInt8(ascii: "]") { close += 1 }
                if close > index + 1, close + 1 < bytes.count, bytes[close + 1] == UInt8(ascii: ":") {
                    var end = close + 2
                    while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
                    if end > close + 2 {
                        found.append(String(decoding: bytes[start..<end], as: UTF8.self).trimmingCharacters(in: .whitespaces))
                        lineStart = end + 1
                        continue
                    }
                }
            }
            while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
            lineStart = index + 1
        }
        return found
    }
}
