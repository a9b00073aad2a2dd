import Foundation

/// Jekyll's `smartify` filter (`Jekyll::Converters::SmartyPants`): kramdown's
/// SmartyPants parser, which knows only smart quotes, HTML entities,
/// typographic symbols and HTML tags, with Jekyll's kramdown options
/// (`entity_output: as_char`, so `&nbsp;` becomes U+00A0 and `&amp;` stays).
/// jekyll-feed writes titles through it (`post.title | smartify | strip_html
/// | normalize_whitespace | xml_escape`).
///
/// What differs from kramdown: a block-level HTML tag (`<div>`) starting a
/// line is treated as kramdown treats it inside a line (written as text);
/// kramdown passes it through raw. Titles do not have them.
package enum Smartify {
    /// The text as HTML, as `{{ text | smartify }}` gives it.
    package static func html(_ text: String) -> String {
        var source = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        // kramdown's adapt_source: exactly one final newline; Jekyll chomps the output.
        if source.hasSuffix("\n") { source.removeLast() }
        source += "\n"
        var output = SmartyPantsParser(source).html()
        if output.hasSuffix("\n") { output.removeLast() }
        return output
    }
}

/// The parser behind `Smartify`: kramdown's span parsing loop over its four
/// span parsers, in their order (smart quotes, entities, symbols, HTML).
private struct SmartyPantsParser {
    let text: String
    let units: [UInt16]

    init(_ text: String) {
        self.text = text
        self.units = Array(text.utf16)
    }

    private static let comment = try! NSRegularExpression(pattern: "(?s)<!--(.*?)-->")
    private static let entity = try! NSRegularExpression(pattern: "&([A-Za-z0-9_:][-A-Za-z0-9_.:]*);|&#([0-9]+);|&#x([0-9a-fA-F]+);")
    private static let name = "(?:[A-Za-z_][-A-Za-z0-9._]*:)?[A-Za-z_][-A-Za-z0-9._]*"
    private static let startTag = try! NSRegularExpression(pattern: #"(?s)<(\#(name))\s*((?:\s+\#(name)(?:\s*=\s*(?:\w+|("|').*?\3))?)*)\s*(/)?>"#)
    private static let endTag = try! NSRegularExpression(pattern: #"(?s)</(\#(name))\s*>"#)
    private static let attribute = try! NSRegularExpression(pattern: #"(?s)\s*(\#(name))(?:\s*=\s*(?:(\w+)|("|')(.*?)\3))?"#)
    private static let trailingWhitespace = try! NSRegularExpression(pattern: "[ \\t]*\\n")

    /// kramdown's `HTML_BLOCK_ELEMENTS`: inside text, written as text.
    private static let blockElements: Set<String> = [
        "address", "article", "aside", "applet", "body", "blockquote", "caption", "col", "colgroup", "dd", "div", "dl", "dt",
        "fieldset", "figcaption", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html",
        "head", "iframe", "legend", "menu", "li", "main", "map", "nav", "ol", "optgroup", "p", "pre", "section", "summary",
        "table", "tbody", "td", "th", "thead", "tfoot", "tr", "ul",
    ]
    /// Elements whose content kramdown leaves as written (`HTML_CONTENT_MODEL` `:raw`).
    private static let rawElements: Set<String> = ["script", "style", "math", "option", "textarea", "pre", "code", "kbd", "samp", "var"]
    private static let elementsWithoutBody: Set<String> = [
        "area", "base", "br", "col", "command", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
    ]

    private func match(_ regex: NSRegularExpression, at position: Int) -> NSTextCheckingResult? {
        regex.firstMatch(in: text, options: [.anchored, .withTransparentBounds, .withoutAnchoringBounds], range: NSRange(location: position, length: units.count - position))
    }

    private func substring(_ range: NSRange) -> String {
        range.location == NSNotFound ? "" : String(decoding: units[range.location..<range.location + range.length], as: UTF16.self)
    }

    /// The block level: each line is text, except an HTML comment that
    /// starts one, which kramdown writes on a line of its own.
    func html() -> String {
        var output = ""
        var position = 0
        var runStart = 0
        while position < units.count {
            if let comment = match(Self.comment, at: position) {
                output += spans(from: runStart, to: position)
                output += substring(comment.range) + "\n"
                position = comment.range.upperBound
                if let whitespace = match(Self.trailingWhitespace, at: position) { position = whitespace.range.upperBound }
                runStart = position
                continue
            }
            while position < units.count, units[position] != 10 { position += 1 }
            position += 1
        }
        output += spans(from: runStart, to: min(position, units.count))
        return output
    }

    private func spans(from start: Int, to end: Int) -> String {
        var position = start
        return spans(&position, end: end, stop: nil, raw: false).output
    }

    /// kramdown's `parse_spans`: text up to `end`, or up to the `stop` end tag
    /// (whether it was found is returned; the tag itself is consumed).
    private func spans(_ position: inout Int, end: Int, stop: String?, raw: Bool) -> (output: String, stopped: Bool) {
        var output = ""
        var plain: [UInt16] = []
        func flush() {
            let text = String(decoding: plain, as: UTF16.self)
            output += raw ? text : escapeText(text)
            plain.removeAll()
        }
        while position < end {
            let unit = units[position]
            if let stop, unit == 60, let tag = match(Self.endTag, at: position), substring(tag.range(at: 1)).lowercased() == stop {
                flush()
                position = tag.range.upperBound
                return (output, true)
            }
            if !raw, KramdownTypography.startsQuote(units, at: position, end: end), let quote = KramdownTypography.quote(in: text, at: position, end: end) {
                flush()
                output += escapeText(quote.output)
                position += quote.length
            } else if !raw, unit == 38, let entity = match(Self.entity, at: position) {
                flush()
                output += entityText(entity)
                position = entity.range.upperBound
            } else if !raw, let symbol = KramdownTypography.symbol(in: units, at: position, end: end) {
                flush()
                output += escapeText(symbol.output)
                position += symbol.length
            } else if unit == 60, let html = element(&position, end: end) {
                flush()
                output += html
            } else {
                plain.append(unit)
                position += 1
            }
        }
        flush()
        return (output, false)
    }

    /// kramdown's `parse_span_html` at a `<`: a comment, a stray end tag
    /// (text), or an element and its content; `nil` when none starts here.
    private func element(_ position: inout Int, end: Int) -> String? {
        if let comment = match(Self.comment, at: position) {
            position = comment.range.upperBound
            return substring(comment.range)
        }
        if let tag = match(Self.endTag, at: position) {
            position = tag.range.upperBound
            return escapeText(substring(tag.range))
        }
        guard let tag = match(Self.startTag, at: position) else { return nil }
        let written = substring(tag.range(at: 1))
        let name = written.lowercased()
        position = tag.range.upperBound
        if Self.blockElements.contains(name) { return escapeText(substring(tag.range)) }
        var html = "<" + name + attributes(substring(tag.range(at: 2)))
        let closed = tag.range(at: 4).location != NSNotFound
        if closed || Self.elementsWithoutBody.contains(name) {
            return html + (Self.elementsWithoutBody.contains(name) ? " />" : "></" + name + ">")
        }
        let content = spans(&position, end: end, stop: name, raw: Self.rawElements.contains(name))
        html += ">" + content.output + "</" + name + ">"
        return html
    }

    /// Attributes as kramdown writes them back: ` name="value"`, escaped.
    private func attributes(_ written: String) -> String {
        let source = written as NSString
        var html = ""
        for match in Self.attribute.matches(in: written, range: NSRange(location: 0, length: source.length)) {
            let name = source.substring(with: match.range(at: 1))
            var value = ""
            if match.range(at: 2).location != NSNotFound { value = source.substring(with: match.range(at: 2)) }
            if match.range(at: 4).location != NSNotFound { value = source.substring(with: match.range(at: 4)) }
            value = value.replacingOccurrences(of: "\n+", with: " ", options: .regularExpression)
            html += " " + name + "=\"" + escapeText(value).replacingOccurrences(of: "\"", with: "&quot;") + "\""
        }
        return html
    }

    /// `entity_to_str` with `entity_output: as_char`: the character, except
    /// `<`, `>` and `&`, which keep their written form; an unknown name is text.
    private func entityText(_ entity: NSTextCheckingResult) -> String {
        let written = substring(entity.range)
        let codePoint: UInt32?
        if entity.range(at: 1).location != NSNotFound {
            guard let known = KramdownEntities.codePoints[substring(entity.range(at: 1))] else {
                return "&amp;" + escapeText(String(written.dropFirst()))
            }
            codePoint = known
        } else if entity.range(at: 2).location != NSNotFound {
            codePoint = UInt32(substring(entity.range(at: 2)))
        } else {
            codePoint = UInt32(substring(entity.range(at: 3)), radix: 16)
        }
        guard let codePoint, let scalar = Unicode.Scalar(codePoint) else { return written }
        if ["<", ">", "&"].contains(scalar) { return written }
        return String(Character(scalar))
    }

    private func escapeText(_ text: String) -> String {
        guard text.contains(where: { $0 == "<" || $0 == ">" || $0 == "&" }) else { return text }
        return text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
