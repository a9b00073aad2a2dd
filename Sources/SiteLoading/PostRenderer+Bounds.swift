import FeedSupport

extension PostRenderer {
    /// Markdown as HTML in the site's dialect, within bounded time and
    /// memory: the shapes `MarkdownBudget` knows cmark-gfm is slow on are an
    /// error at their line, and a post with a long block is rendered under the watchdog.
    func renderBounded(_ markdown: String, path: String, firstLine: Int) throws(Diagnostic) -> DialectRenderer.Result {
        let shape = MarkdownBudget.check(markdown, path: path, firstLine: firstLine)
        if let problem = shape.problem { throw problem }
        guard let watchdog, shape.longestBlock > MarkdownBudget.watchedBlockBytes else {
            return DialectRenderer.render(markdown, dialect: config.markdown, excerptSeparator: nil, options: config.dialectOptions)
        }
        switch watchdog.render(markdown, dialect: config.markdown, options: config.dialectOptions) {
        case .success(let html): return DialectRenderer.Result(html: html, excerptHTML: html, warnings: [])
        case .failure(let failure): throw .error(SourceLocation(path: path), PostReason.rendering(failure))
        }
    }
}
