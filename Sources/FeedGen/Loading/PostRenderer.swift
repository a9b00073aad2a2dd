import Foundation

/// A post's body as HTML, ready for an entry.
struct RenderedPost: Sendable {
    /// The whole post, URLs still as written.
    var html: String
    /// The excerpt, URLs still as written.
    var excerptHTML: String
}

/// Reads a chosen post's body and renders it: Liquid clean-up, then cmark-gfm.
struct PostRenderer: Sendable {
    var config: SiteConfig

    func render(_ post: Post) -> (RenderedPost?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let path = post.file.displayPath
        let bytes: [UInt8]
        do {
            bytes = try PostReader.bytes(of: post.file.path, within: SiteBoundary(siteFolder: config.siteFolder, postsFolder: config.postsFolder))
        } catch {
            return (nil, [.error(SourceLocation(path: path), error.message)])
        }
        guard let text = PostText.read(bytes, path: path, diagnostics: &diagnostics) else { return (nil, diagnostics) }
        if let hugo = config.hugo {
            return (HugoBody(config: config, hugo: hugo).render(text, file: post.file, diagnostics: &diagnostics), diagnostics)
        }
        let liquid = LiquidFilter(siteURL: config.origin, baseURL: config.basePath)
        let markdown = liquid.apply(to: text.body, path: path, firstLine: text.bodyLine, diagnostics: &diagnostics)
        let (html, excerptHTML) = MarkdownRenderer.render(markdown, excerptSeparator: config.excerptSeparator)
        return (RenderedPost(html: html, excerptHTML: excerptHTML), diagnostics)
    }
}
