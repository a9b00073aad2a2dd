import FeedSupport
import FeedXML
import Foundation

/// A post body in the site's Markdown dialect. `gfm` is cmark-gfm alone,
/// exactly as `MarkdownRenderer.render` gives it; `kramdown` and `goldmark`
/// add their passes around cmark-gfm and may warn about what they could not
/// render the way Jekyll or Hugo do.
package enum DialectRenderer {
    package struct Options: Sendable, Codable {
        /// Hugo's `markup.goldmark.renderer.unsafe`: raw HTML passes through
        /// instead of becoming `<!-- raw HTML omitted -->` (Hugo's default, false).
        package var goldmarkUnsafe = false
        /// `kramdown:` in a Jekyll site's `_config.yml`.
        package var kramdown = KramdownOptions()

        package init(goldmarkUnsafe: Bool = false, kramdown: KramdownOptions = KramdownOptions()) {
            self.goldmarkUnsafe = goldmarkUnsafe
            self.kramdown = kramdown
        }
    }

    package struct Result: Sendable {
        package var html: String
        package var excerptHTML: String
        package var warnings: [MarkdownWarning]

        /// The warnings as diagnostics of the post whose body starts on `bodyLine`.
        func diagnostics(path: String, bodyLine: Int) -> [Diagnostic] {
            warnings.map { .warning(SourceLocation(path: path, line: bodyLine + $0.line - 1), $0.reason) }
        }
    }

    package static func render(_ markdown: String, dialect: SiteConfig.MarkdownDialect, excerptSeparator: String?, options: Options = Options()) -> Result {
        if dialect == .gfm {
            let (html, excerpt) = MarkdownRenderer.render(markdown, excerptSeparator: excerptSeparator)
            return Result(html: html, excerptHTML: excerpt, warnings: [])
        }
        let (html, warnings) = renderBody(markdown, dialect: dialect, options: options)
        if let excerptSeparator {
            guard let range = markdown.range(of: excerptSeparator) else { return Result(html: html, excerptHTML: html, warnings: warnings) }
            let (excerpt, _) = renderBody(String(markdown[..<range.lowerBound]), dialect: dialect, options: options)
            return Result(html: html, excerptHTML: excerpt, warnings: warnings)
        }
        return Result(html: html, excerptHTML: firstParagraph(of: html), warnings: warnings)
    }

    private static func renderBody(_ markdown: String, dialect: SiteConfig.MarkdownDialect, options: Options) -> (String, [MarkdownWarning]) {
        let context = DialectContext()
        context.rawHTML = options.goldmarkUnsafe
        context.autoIDs = options.kramdown.autoIDs
        context.autoIDPrefix = options.kramdown.autoIDPrefix
        context.tocLevels = options.kramdown.tocLevels
        context.parseBlockHTML = options.kramdown.parseBlockHTML
        context.hardWrap = options.kramdown.hardWrap
        let html = dialect == .kramdown ? KramdownRenderer.render(markdown, context) : GoldmarkRenderer.render(markdown, context)
        // A marker taken out of the first line leaves its line break behind.
        return (String(html.drop { $0 == "\n" }), context.warnings.sorted { $0.line < $1.line })
    }

    /// The blocks up to and including the first paragraph, as Jekyll's default excerpt.
    private static func firstParagraph(of html: String) -> String {
        guard let tree = HTMLTree(html) else { return html }
        var found = false
        for node in tree.body.children {
            if found { node.remove(); continue }
            if node.isElement && node.name == "p" { found = true }
        }
        return found ? tree.html : html
    }
}
