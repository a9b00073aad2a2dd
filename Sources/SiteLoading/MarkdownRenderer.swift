internal import CCmarkGFM
import Foundation

/// CommonMark with GitHub's extensions, rendered by cmark-gfm. The only
/// file that calls cmark-gfm.
package enum MarkdownRenderer {
    /// Raw HTML passes through, as in Jekyll and Hugo; smart punctuation as
    /// kramdown and goldmark do by default.
    private static let options = CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES | CMARK_OPT_SMART

    private static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// The body as HTML, and the excerpt: with no separator, the blocks up
    /// to and including the first paragraph, as Jekyll's default does.
    package static func render(_ markdown: String, excerptSeparator: String?) -> (html: String, excerptHTML: String) {
        return withDocument(markdown) { document, extensions in
            let html = render(document, extensions)
            if let excerptSeparator {
                guard let range = markdown.range(of: excerptSeparator) else { return (html, html) }
                let excerpt = withDocument(String(markdown[..<range.lowerBound])) { render($0, $1) }
                return (html, excerpt)
            }
            var excerpt = ""
            var node = cmark_node_first_child(document)
            while let block = node {
                excerpt += render(block, extensions)
                if cmark_node_get_type(block) == CMARK_NODE_PARAGRAPH { break }
                node = cmark_node_next(block)
            }
            return (html, excerpt)
        }
    }

    /// cmark-gfm keeps the table of inline special characters in a global
    /// that attaching an extension adds to and freeing a parser removes
    /// from, so two parsers at once race (autolinks come and go). One at a time.
    /// Recursive, as a custom excerpt separator parses the excerpt inside the body's parse.
    private static let lock = NSRecursiveLock()

    private static func withDocument<Result>(_ markdown: String, _ body: (OpaquePointer, UnsafeMutablePointer<cmark_llist>?) -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return parse(markdown, options: options, extensions: extensionNames, body)
    }

    private static func parse<Result>(_ markdown: String, options: Int32, extensions: [String], _ body: (OpaquePointer, UnsafeMutablePointer<cmark_llist>?) -> Result) -> Result {
        _ = registered
        let parser = cmark_parser_new(options)!
        defer { cmark_parser_free(parser) }
        for name in extensions {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        var markdown = markdown
        markdown.withUTF8 { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        let document = cmark_parser_finish(parser)!
        defer { cmark_node_free(document) }
        return body(document, cmark_parser_get_syntax_extensions(parser))
    }

    /// How the kramdown and goldmark dialects run cmark-gfm under their passes.
    struct DialectSettings {
        /// cmark-gfm's smart punctuation (goldmark's typographer is close to it; kramdown's is its own pass).
        var smart: Bool
        /// Bare URLs and `www.` made links (GFM and goldmark do; kramdown does not).
        var autolink: Bool
        /// Table cells aligned with `style="text-align: …"` rather than `align` (kramdown).
        var alignmentStyle: Bool = false
        /// Only `~~` strikes through (kramdown's GFM parser).
        var doubleTildeOnly: Bool = false
        /// Raw HTML passes through; without it cmark-gfm writes `<!-- raw HTML omitted -->`, as goldmark does.
        var rawHTML: Bool = true
        /// A fenced block without a language gets the class `language-feedgen-fenced`,
        /// which tells it from an indented block (goldmark writes them differently).
        var markFencedCode: Bool = false
        /// A `<code>` tag written as raw HTML gets `rawCodeAttribute`, which
        /// tells it from a code span (kramdown styles only code spans).
        var markRawCode: Bool = false
        /// Every line break in a paragraph is a `<br>` (kramdown's `hard_wrap`).
        var hardBreaks: Bool = false
        /// Lists' paragraphs as kramdown writes them: item by item (`transparentParagraphMarker`).
        var kramdownListParagraphs: Bool = false
    }

    /// Starts the first paragraph of a list item that kramdown writes without
    /// `<p>` in a list cmark-gfm writes loose (or made loose, for its other items).
    static let transparentParagraphMarker = "\u{E012}"

    static let fencedWithoutLanguage = "feedgen-fenced"
    static let rawCodeAttribute = "data-feedgen-raw"
    private static let rawCodeTag = try! NSRegularExpression(pattern: #"<code(?=[\s>/])"#, options: [.caseInsensitive])

    /// A Markdown heading cmark-gfm found: its source lines, for the
    /// dialects whose heading ids come from the heading as written.
    struct HeadingSource {
        var level: Int
        var lines: ClosedRange<Int>
        var isSetext: Bool
    }

    /// The whole document as HTML for a dialect's passes. Each Markdown
    /// heading starts with `headingMarker(index)`, so that the passes tell it
    /// from a heading written in raw HTML and find its source.
    static func renderForDialect(_ markdown: String, settings: DialectSettings) -> (html: String, headings: [HeadingSource]) {
        lock.lock()
        defer { lock.unlock() }
        var options = CMARK_OPT_FOOTNOTES
        if settings.rawHTML { options |= CMARK_OPT_UNSAFE }
        if settings.smart { options |= CMARK_OPT_SMART }
        if settings.alignmentStyle { options |= CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES }
        if settings.doubleTildeOnly { options |= CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE }
        if settings.hardBreaks { options |= CMARK_OPT_HARDBREAKS }
        let extensions = extensionNames.filter { settings.autolink || $0 != "autolink" }
        return parse(markdown, options: options, extensions: extensions) { document, syntaxExtensions in
            markAndRender(document, options: options, extensions: syntaxExtensions, settings: settings,
                          lines: settings.kramdownListParagraphs ? markdown.split(separator: "\n", omittingEmptySubsequences: false) : [])
        }
    }

    private static func markAndRender(_ document: OpaquePointer, options: Int32, extensions: UnsafeMutablePointer<cmark_llist>?, settings: DialectSettings,
                                      lines: [Substring]) -> (html: String, headings: [HeadingSource]) {
        var headings: [HeadingSource] = []
        let iterator = cmark_iter_new(document)!
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator), cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER else { continue }
            var length: Int32 = 0, offset: Int32 = 0
            var character: CChar = 0
            if settings.markFencedCode, cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK, cmark_node_get_fenced(node, &length, &offset, &character) != 0,
                String(cString: cmark_node_get_fence_info(node)).isEmpty
            {
                cmark_node_set_fence_info(node, fencedWithoutLanguage)
            }
            if settings.markRawCode, cmark_node_get_type(node) == CMARK_NODE_HTML_INLINE || cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK,
                let literal = cmark_node_get_literal(node).map({ String(cString: $0) }), literal.range(of: "<code", options: .caseInsensitive) != nil
            {
                let source = literal as NSString
                cmark_node_set_literal(node, rawCodeTag.stringByReplacingMatches(in: literal, range: NSRange(location: 0, length: source.length), withTemplate: "<code " + rawCodeAttribute))
            }
            if settings.kramdownListParagraphs, cmark_node_get_type(node) == CMARK_NODE_LIST { markKramdownListParagraphs(node, lines: lines) }
            guard cmark_node_get_type(node) == CMARK_NODE_HEADING else { continue }
            let start = Int(cmark_node_get_start_line(node)), end = Int(cmark_node_get_end_line(node))
            headings.append(HeadingSource(level: Int(cmark_node_get_heading_level(node)), lines: start...max(start, end), isSetext: cmark_node_get_start_line(node) != cmark_node_get_end_line(node)))
            let marker = cmark_node_new(CMARK_NODE_TEXT)!
            cmark_node_set_literal(marker, headingMarker(headings.count - 1))
            if let first = cmark_node_first_child(node) { cmark_node_insert_before(first, marker) } else { cmark_node_append_child(node, marker) }
        }
        guard let html = cmark_render_html(document, options, extensions) else { return ("", headings) }
        defer { free(html) }
        return (String(cString: html), headings)
    }

    /// kramdown decides item by item whether an item's first paragraph is
    /// written without `<p>` ("transparent", `parser/kramdown/list.rb`): when no
    /// blank line follows it in the item (or, in the last item, only a blank
    /// line does), and, for the last item of several, only if an earlier item
    /// is transparent or does not start with a paragraph. cmark-gfm decides
    /// for the whole list. Where they differ, the list is made loose and the
    /// transparent paragraphs marked, for `KramdownLists` to unwrap.
    private static func markKramdownListParagraphs(_ list: OpaquePointer, lines: [Substring]) {
        var items: [OpaquePointer] = []
        var child = cmark_node_first_child(list)
        while let item = child {
            items.append(item)
            child = cmark_node_next(item)
        }
        func isBlank(_ line: Int) -> Bool {
            line >= 1 && line <= lines.count && lines[line - 1].allSatisfy { $0 == " " || $0 == "\t" || $0 == ">" }
        }
        var paragraphs: [OpaquePointer?] = []
        var transparent: [Bool] = []
        for (index, item) in items.enumerated() {
            guard let first = cmark_node_first_child(item), cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH else {
                paragraphs.append(nil)
                transparent.append(false)
                continue
            }
            paragraphs.append(first)
            let blankAfter = isBlank(Int(cmark_node_get_end_line(first)) + 1)
            transparent.append(!blankAfter || (index == items.count - 1 && cmark_node_next(first) == nil))
        }
        if items.count > 1, transparent.last == true,
            !items.indices.dropLast().contains(where: { paragraphs[$0] == nil || transparent[$0] })
        {
            transparent[transparent.count - 1] = false
        }
        let tight = cmark_node_get_list_tight(list) != 0
        let wrapped = items.indices.filter { paragraphs[$0] != nil && !transparent[$0] }
        if tight && wrapped.isEmpty { return }
        if tight { cmark_node_set_list_tight(list, 0) }
        for index in items.indices where transparent[index] {
            guard let paragraph = paragraphs[index] else { continue }
            let marker = cmark_node_new(CMARK_NODE_TEXT)!
            cmark_node_set_literal(marker, transparentParagraphMarker)
            if let first = cmark_node_first_child(paragraph) { cmark_node_insert_before(first, marker) } else { cmark_node_append_child(paragraph, marker) }
        }
    }

    /// Private-use characters around the heading's number.
    static func headingMarker(_ index: Int) -> String { "\u{E010}\(index)\u{E011}" }

    private static func render(_ node: OpaquePointer, _ extensions: UnsafeMutablePointer<cmark_llist>?) -> String {
        guard let html = cmark_render_html(node, options, extensions) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }
}
