import FeedSupport
import Foundation
import Liquid

/// The Liquid host for one post: includes from `_includes/` (and, for
/// `include_relative`, the post's folder), other posts' URLs, and the
/// site's Markdown and smart punctuation for `markdownify` and `smartify`.
struct PostLiquidHost: LiquidHost {
    let site: LiquidSite
    let postFolder: URL

    func include(_ name: String, relative: Bool) throws(LiquidError) -> LiquidTemplate? {
        relative ? try site.template(at: postFolder.appendingPathComponent(name)) : try site.include(name)
    }

    func postURL(_ name: String) -> String? { site.postURL(name) }
    func link(_ path: String) -> String? { site.link(path) }
    /// Jekyll's `markdownify` runs the site's converter: kramdown, on a Jekyll site.
    func markdownify(_ markdown: String) -> String {
        DialectRenderer.render(markdown, dialect: site.config.markdown, excerptSeparator: nil, options: site.config.dialectOptions).html
    }
    func smartify(_ text: String) -> String { Smartify.html(text) }
    var timeZone: TimeZone { site.config.timeZone }
    var now: Date { site.visibility.now }
}

extension Diagnostic {
    /// A Liquid error on its post line.
    init(_ error: LiquidError, path: String) {
        self = .error(SourceLocation(path: path, line: error.line), PostReason.liquid(error.message))
    }

    init(_ warning: LiquidWarning, path: String) {
        self = .warning(SourceLocation(path: path, line: warning.line), PostReason.liquid(warning.message))
    }
}
