internal import CCmarkGFM
import Foundation

/// CommonMark with GitHub's extensions, rendered by cmark-gfm. The only
/// file that calls cmark-gfm.
public enum MarkdownRenderer {
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
    public static func render(_ markdown: String, excerptSeparator: String?) -> (html: String, excerptHTML: String) {
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
        return parse(markdown, body)
    }

    private static func parse<Result>(_ markdown: String, _ body: (OpaquePointer, UnsafeMutablePointer<cmark_llist>?) -> Result) -> Result {
        _ = registered
        let parser = cmark_parser_new(options)!
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
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

    private static func render(_ node: OpaquePointer, _ extensions: UnsafeMutablePointer<cmark_llist>?) -> String {
        guard let html = cmark_render_html(node, options, extensions) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }
}
