import FeedSupport
import Foundation
import Liquid

/// A post's body as HTML, ready for an entry.
package struct RenderedPost: Sendable {
    /// The whole post, URLs still as written.
    package var html: String
    /// The excerpt, URLs still as written.
    package var excerptHTML: String
}

/// Reads a chosen post's body and renders it as Jekyll does: Liquid, then
/// Markdown; the excerpt cut from the raw body and rendered on its own.
package struct PostRenderer: Sendable {
    var config: SiteConfig
    /// What Liquid sees of the site; made on first use, shared by every post of the build.
    var site: LiquidSite

    /// Renders posts with a long block in a child process it can stop; in place when `nil`.
    var watchdog: MarkdownWatchdog?

    package init(config: SiteConfig, site: LiquidSite? = nil, watchdog: MarkdownWatchdog? = nil) {
        self.config = config
        self.watchdog = watchdog
        self.site = site ?? LiquidSite(config: config, posts: [])
    }

    package func render(_ post: Post) -> (RenderedPost?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let path = post.file.displayPath
        let bytes: [UInt8]
        do {
            bytes = try PostReader.bytes(of: post.file.path, within: SiteBoundary(siteFolder: config.siteFolder, postsFolder: config.postsFolder))
        } catch {
            return (nil, [.error(SourceLocation(path: path), PostReason.unreadable(error))])
        }
        guard let text = PostText.read(bytes, path: path, rule: config.jekyll == nil ? .hugo : .jekyll, diagnostics: &diagnostics) else { return (nil, diagnostics) }
        // The shapes cmark-gfm is slow on, looked for in the body as written (Hugo's shortcodes and Liquid come after).
        if let problem = MarkdownBudget.check(String(text.body), path: path, firstLine: text.bodyLine).problem { return (nil, diagnostics + [problem]) }
        if let hugo = config.hugo {
            return (HugoBody(config: config, hugo: hugo).render(text, file: post.file, diagnostics: &diagnostics), diagnostics)
        }
        let body = String(text.body)
        // The front matter is read as Liquid values only when something needs a key feedgen does not keep.
        var matter: LiquidMap?
        func frontMatter() -> LiquidMap {
            if let matter { return matter }
            let made = PageVariables.frontMatter(yaml: text.frontMatter, file: post.file, config: config)
            matter = made
            return made
        }
        // A post's own separator, or one its `defaults:` give it.
        let ownSeparator = text.frontMatter?.contains("excerpt_separator") == true || config.jekyll != nil ? frontMatter()["excerpt_separator"]?.stringValue : nil
        let content = text.frontMatter == nil ? body : JekyllExcerpt.afterFrontMatter(body)
        // The line the content starts on, for the excerpt's Liquid messages.
        let contentLine = text.bodyLine + body.utf8.prefix(body.utf8.count - content.utf8.count).count { $0 == UInt8(ascii: "\n") }
        let excerptSource = JekyllExcerpt.source(of: content, separator: ownSeparator ?? config.excerptSeparator ?? JekyllExcerpt.defaultSeparator)
        let hasLiquid = LiquidTemplate.hasMarkup(body)
        var variables = LiquidMap()
        if hasLiquid || LiquidTemplate.hasMarkup(excerptSource) {
            let (siteVariable, siteProblems) = site.siteVariable()
            diagnostics += siteProblems
            let excerpt = LiquidValue.lazy(LiquidLazyValue { .string(DialectRenderer.render(excerptSource, dialect: config.markdown, excerptSeparator: nil, options: config.dialectOptions).html) })
            variables["site"] = siteVariable
            variables["page"] = .map(PageVariables.page(for: post, matter: frontMatter(), excerpt: excerpt, config: config))
        }
        let host = PostLiquidHost(site: site, postFolder: URL(fileURLWithPath: post.file.path).deletingLastPathComponent())
        guard let markdown = hasLiquid ? runLiquid(body, line: text.bodyLine, variables, host, path: path, diagnostics: &diagnostics) : body,
              let excerptMarkdown = excerptSource == content ? markdown
                : runLiquid(excerptSource, line: contentLine, variables, host, path: path, diagnostics: &diagnostics) else {
            return (nil, diagnostics)
        }
        let html: String, excerptHTML: String
        do throws(Diagnostic) {
            let rendered = try renderBounded(markdown, path: path, firstLine: text.bodyLine)
            diagnostics += rendered.diagnostics(path: path, bodyLine: text.bodyLine)
            html = rendered.html
            excerptHTML = excerptMarkdown == markdown ? html : try renderBounded(excerptMarkdown, path: path, firstLine: text.bodyLine).html
        } catch {
            return (nil, diagnostics + [error])
        }
        return (RenderedPost(html: html, excerptHTML: excerptHTML), diagnostics)
    }

    /// The text through Liquid, or nil after an error (said on the post line of the tag).
    private func runLiquid(_ source: String, line: Int, _ variables: LiquidMap, _ host: PostLiquidHost, path: String,
                           diagnostics: inout [Diagnostic]) -> String? {
        guard LiquidTemplate.hasMarkup(source) else { return source }
        do {
            let template = try LiquidTemplate(source, firstLine: line)
            let (output, warnings) = try template.render(variables, host: host)
            diagnostics += (template.warnings + warnings).map { Diagnostic($0, path: path) }
            return output
        } catch {
            diagnostics.append(Diagnostic(error, path: path))
            return nil
        }
    }
}
