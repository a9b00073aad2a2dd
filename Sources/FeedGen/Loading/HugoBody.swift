/// A Hugo page's body rendered as Hugo does it: shortcodes instead of
/// Liquid, then Markdown; the summary before `<!--more-->` (which leaves the
/// content), else Hugo's automatic summary.
struct HugoBody {
    var config: SiteConfig
    var hugo: SiteConfig.HugoSite

    func render(_ text: PostText, path: String, diagnostics: inout [Diagnostic]) -> RenderedPost {
        let markdown = String(text.body)
        if let divider = markdown.range(of: HugoSummary.divider) {
            let (html, _) = MarkdownRenderer.render(markdown.replacingCharacters(in: divider, with: ""), excerptSeparator: nil)
            let (summary, _) = MarkdownRenderer.render(String(markdown[..<divider.lowerBound]), excerptSeparator: nil)
            return RenderedPost(html: html, excerptHTML: summary)
        }
        let (html, _) = MarkdownRenderer.render(markdown, excerptSeparator: nil)
        return RenderedPost(html: html, excerptHTML: HugoSummary.automatic(html, words: hugo.summaryLength))
    }
}
