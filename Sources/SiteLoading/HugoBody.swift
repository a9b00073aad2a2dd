import FeedSupport
import Foundation
import Yams

/// A Hugo page's body rendered as Hugo does it: shortcodes instead of
/// Liquid, then Markdown; the summary before `<!--more-->` (which leaves the
/// content), else Hugo's automatic summary.
struct HugoBody {
    var config: SiteConfig
    var hugo: SiteConfig.HugoSite

    func render(_ text: PostText, file: PostFile, diagnostics: inout [Diagnostic]) -> RenderedPost {
        let shortcodes = HugoShortcodes(context: context(for: text, file: file))
        let prepared = shortcodes.prepare(String(text.body), path: file.displayPath, firstLine: text.bodyLine, diagnostics: &diagnostics)
        let markdown = prepared.markdown
        // In the config's dialect (`goldmark`, as `init` writes for a Hugo site); the content's warnings are reported.
        var warnings: [Diagnostic]?
        let isHTML = HugoContent.isHTML(file)
        func html(_ markdown: String) -> String {
            var html: String
            if isHTML {
                // An HTML content file is its own content: no Markdown.
                html = prepared.finish(markdown)
            } else {
                let rendered = DialectRenderer.render(markdown, dialect: config.markdown, excerptSeparator: nil, options: .init(goldmarkUnsafe: hugo.unsafe))
                if warnings == nil { warnings = rendered.diagnostics(path: file.displayPath, bodyLine: text.bodyLine) }
                html = prepared.finish(rendered.html)
            }
            if hugo.canonifyURLs { html = HugoCanonicalURLs.canonified(html, siteURL: config.url) }
            return html
        }
        defer { diagnostics += warnings ?? [] }
        if !isHTML {
            diagnostics += HugoRenderHooks(site: config.siteFolder).warnings(body: String(text.body), path: file.displayPath, firstLine: text.bodyLine)
        }
        if let divider = markdown.range(of: HugoSummary.divider) {
            let content = html(markdown.replacingCharacters(in: divider, with: ""))
            return RenderedPost(html: content, excerptHTML: html(String(markdown[..<divider.lowerBound])))
        }
        let content = html(markdown)
        // Goldmark's typographer writes `&lsquo;` where cmark-gfm writes ‘: a CJK page's summary counts those characters.
        let counted = hugo.hasCJKLanguage && !isHTML ? HugoSummary.typographerEntities(content, except: markdown) : content
        return RenderedPost(html: content, excerptHTML: HugoSummary.automatic(counted, words: hugo.summaryLength, hasCJKLanguage: hugo.hasCJKLanguage))
    }

    /// The content folder: the posts folder, or its parent for a section's feed.
    private var contentFolder: URL {
        hugo.section.isEmpty ? config.postsFolder : config.postsFolder.deletingLastPathComponent()
    }

    private func context(for text: PostText, file: PostFile) -> HugoShortcodeOutput.Context {
        let siteFolder = config.siteFolder
        let frontMatter = text.frontMatter
        let format = text.frontMatterFormat
        return HugoShortcodeOutput.Context(
            parameter: { key in
                let key = key.lowercased()
                if let value = Self.lookup(key, in: Self.tree(of: frontMatter, format: format)) { return value }
                let site = (try? HugoConfig.find(in: siteFolder)).flatMap { $0 } 
                return Self.lookup(key, in: site?["params"]).map { $0 }
            },
            reference: { target in reference(target, from: file) },
            siteShortcodes: Self.siteShortcodes(in: siteFolder),
            markdown: { MarkdownRenderer.render($0, excerptSeparator: nil).html }
        )
    }

    /// Hugo's `ref` lookup: a path from the content folder (`/posts/b.md`), or
    /// relative to the page, or the one page of that name anywhere; `.md`,
    /// a bundle's `index.md` or a section's `_index.md` implied; `#anchor` kept.
    private func reference(_ target: String, from file: PostFile) -> (absolute: String, relative: String)? {
        let anchor = target.firstIndex(of: "#").map { String(target[$0...]) } ?? ""
        let name = target.firstIndex(of: "#").map { String(target[..<$0]) } ?? target
        guard !name.isEmpty else { return (config.url + "/" + anchor, anchor) }
        let content = contentFolder.standardizedFileURL.path
        let pageFolder = (file.path as NSString).deletingLastPathComponent
        var candidates: [String] = []
        for base in name.hasPrefix("/") ? [content] : [pageFolder, content] {
            let joined = (base as NSString).appendingPathComponent(name)
            candidates += [joined, joined + ".md", joined + "/index.md", joined + "/_index.md"]
        }
        var found = candidates.first { FileManager.default.fileExists(atPath: $0) && !Self.isFolder($0) }
        if found == nil, !name.contains("/") {
            let matches = FileManager.default.enumerator(atPath: content)?.compactMap { $0 as? String }.filter {
                ($0 as NSString).lastPathComponent == name || ($0 as NSString).lastPathComponent == name + ".md"
            } ?? []
            if matches.count == 1 { found = content + "/" + matches[0] }
        }
        guard let path = found, path.hasPrefix(content + "/") else { return nil }
        let relativePath = String(path.dropFirst(content.count + 1))
        var wholeSite = config
        wholeSite.hugo?.section = ""
        wholeSite.postsFolder = contentFolder
        let sitePath: String
        if (relativePath as NSString).lastPathComponent.hasPrefix("_index.") {
            let folder = (relativePath as NSString).deletingLastPathComponent
            sitePath = "/" + folder.split(separator: "/").map { HugoPath.segment(String($0), config.hugo?.pathRules ?? .init()) }.joined(separator: "/") + (folder.isEmpty ? "" : "/")
        } else {
            let page = PostFile(folder: content, relativePath: relativePath, displayFolder: file.displayFolder)
            guard let post = PostLoader(config: wholeSite).load(page).0 else { return nil }
            sitePath = post.permalinkPath
        }
        return (config.url + sitePath + anchor, config.basePath + sitePath + anchor)
    }

    private static func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }

    /// The page's front matter as values, keys in lower case as Hugo keeps them.
    static func tree(of frontMatter: String?, format: FrontMatterBlock.Format) -> Any? {
        guard let frontMatter else { return nil }
        let yaml: String? = switch format {
        case .yaml: frontMatter
        case .toml: try? FrontMatterConversion.yaml(fromTOML: frontMatter)
        case .json: try? FrontMatterConversion.yaml(fromJSON: frontMatter)
        }
        return yaml.flatMap { try? YAML.load($0) }
    }

    /// A dotted key's value as text.
    private static func lookup(_ key: String, in tree: Any?) -> String? {
        var current = tree
        for part in key.split(separator: ".") {
            guard let map = current as? [String: Any] else { return nil }
            current = map.first { $0.key.lowercased() == part }?.value
        }
        switch current {
        case let string as String: return string
        case let number as Int: return String(number)
        case let number as Double: return String(number)
        case let flag as Bool: return flag ? "true" : "false"
        case let date as Date: return date.formatted(.iso8601)
        default: return nil
        }
    }

    /// The site's and its themes' own shortcodes, by name: the site's own over a theme's.
    private static func siteShortcodes(in site: URL) -> [String: HugoShortcodeOutput.SiteShortcode] {
        var folders = ["layouts/shortcodes"]
        let themes = (try? FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("themes").path)) ?? []
        folders += themes.sorted().map { "themes/\($0)/layouts/shortcodes" }
        var found: [String: HugoShortcodeOutput.SiteShortcode] = [:]
        for folder in folders {
            for file in ((try? FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent(folder).path)) ?? []).sorted() {
                let name = (file as NSString).deletingPathExtension
                // A nearer folder's wins; in one folder, `name.html` (an HTML page's) over `name.xml` and the like.
                if let known = found[name], !(known.path.hasPrefix(folder + "/") && file.hasSuffix(".html")) { continue }
                found[name] = .init(path: folder + "/" + file, file: site.appendingPathComponent(folder).appendingPathComponent(file))
            }
        }
        return found
    }
}
