import FeedSupport
import Foundation
import Liquid

/// What Liquid sees of the site during one build, made on first use (a
/// build whose posts have no Liquid never reads `_config.yml`, `_data/` or
/// `_includes/`): `site` (every `_config.yml` key, `site.data`, `site.posts`,
/// `site.time`), the parsed includes, and every post's URL for `post_url` and `link`.
package final class LiquidSite: @unchecked Sendable {
    let config: SiteConfig
    let posts: [PostFacts]
    let visibility: PostVisibility
    private let lock = NSLock()
    private var madeVariables: LiquidMap?
    private var siteDiagnostics: [Diagnostic] = []
    private var includes: [String: Result<LiquidTemplate, LiquidError>?] = [:]

    package init(config: SiteConfig, posts: [PostFacts], visibility: PostVisibility = PostVisibility()) {
        self.config = config
        self.posts = posts
        self.visibility = visibility
    }

    var includesFolder: URL { config.siteFolder.appendingPathComponent("_includes") }
    var configFile: URL { config.siteFolder.appendingPathComponent("_config.yml") }

    /// `_config.yml` and every file below `_includes/` and `_data/`, each with its size and modification time:
    /// what the build's fingerprint adds so that a change there renders the posts again.
    package static func inputFiles(of config: SiteConfig) -> [String] {
        var lines: [String] = []
        let manager = FileManager.default
        func add(_ path: String) {
            guard let attributes = try? manager.attributesOfItem(atPath: path) else { return }
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            lines.append("\(path) \(attributes[.size] ?? 0) \(modified)")
        }
        add(config.siteFolder.appendingPathComponent("_config.yml").path)
        for folder in ["_includes", "_data"] {
            let root = config.siteFolder.appendingPathComponent(folder).path
            guard let paths = manager.subpaths(atPath: root) else { continue }
            for path in paths.sorted() { add(root + "/" + path) }
        }
        return lines
    }

    /// The `site` variable, and the problems reading it gave (said once, by the first post that asks).
    func siteVariable() -> (LiquidValue, [Diagnostic]) {
        lock.lock()
        defer { lock.unlock() }
        if let madeVariables { return (.map(madeVariables), []) }
        var diagnostics: [Diagnostic] = []
        let made = makeSiteVariable(diagnostics: &diagnostics)
        madeVariables = made
        return (.map(made), diagnostics)
    }

    private func makeSiteVariable(diagnostics: inout [Diagnostic]) -> LiquidMap {
        var site = LiquidMap()
        if let text = try? String(contentsOf: configFile, encoding: .utf8) {
            do {
                if case .map(let keys) = try YAMLLiquidValue.value(ofYAML: text, timeZone: config.timeZone) { site = keys }
            } catch {
                diagnostics.append(.warning(SourceLocation(path: DisplayPath.of(configFile), line: error.line), PostReason.siteConfigNotYAML(error.message)))
            }
        } else {
            site["title"] = .string(config.title)
            site["description"] = .string(config.description)
            if let language = config.language { site["lang"] = .string(language) }
            if let author = config.author {
                site["author"] = ["name": .string(author.name), "email": author.email.map { .string($0) } ?? .nil, "url": author.url.map { .string($0) } ?? .nil]
            }
            site["permalink"] = .string(config.permalink)
            site["timezone"] = .string(config.timeZone.identifier)
        }
        // feedgen's own settings decide the URLs, whatever `_config.yml` says.
        site["url"] = .string(config.origin)
        site["baseurl"] = .string(config.basePath)
        site["time"] = .date(LiquidDate(date: visibility.now, timeZone: config.timeZone))
        site["data"] = .map(SiteData.read(config.siteFolder.appendingPathComponent("_data"), timeZone: config.timeZone, diagnostics: &diagnostics))
        let posts = self.posts
        let config = self.config
        let visibility = self.visibility
        site["posts"] = .lazy(LiquidLazyValue {
            .array(SitePosts.list(posts, config: config, visibility: visibility))
        })
        return site
    }

    /// `{% include name %}`: parsed once per build.
    func include(_ name: String) throws(LiquidError) -> LiquidTemplate? {
        try template(at: includesFolder.appendingPathComponent(name))
    }

    func template(at url: URL) throws(LiquidError) -> LiquidTemplate? {
        let key = url.path
        lock.lock()
        let cached = includes[key]
        lock.unlock()
        let result: Result<LiquidTemplate, LiquidError>?
        if let cached {
            result = cached
        } else {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: key, isDirectory: &isFolder), !isFolder.boolValue,
               let data = FileManager.default.contents(atPath: key) {
                let text = String(decoding: data, as: UTF8.self)
                do { result = .success(try LiquidTemplate(text)) } catch { result = .failure(error) }
            } else {
                result = nil
            }
            lock.lock()
            includes[key] = .some(result)
            lock.unlock()
        }
        switch result {
        case .success(let template): return template
        case .failure(let error): throw error
        case nil: return nil
        }
    }

    /// `{% post_url [folder/]2024-05-01-title %}`: the post of that file name (and folder, when given), as Jekyll's `PostComparer` finds it.
    func postURL(_ name: String) -> String? {
        var name = name
        if name.hasPrefix("/") { name.removeFirst() }
        let parts = name.split(separator: "/")
        guard let stem = parts.last.map(String.init) else { return nil }
        let folder = parts.dropLast().joined(separator: "/")
        let candidates = posts.filter { $0.file.stem == stem }
        let post = candidates.first { folder.isEmpty || $0.file.relativePath.hasPrefix(folder + "/") || $0.file.relativePath.contains("/" + folder + "/") } ?? candidates.first
        return post.map { config.basePath + $0.permalinkPath }
    }

    /// `{% link path %}`: a post by its path from the site folder, or a page next to it.
    func link(_ path: String) -> String? {
        if let post = posts.first(where: { PageVariables.sitePath(of: $0.file, config: config) == path }) {
            return config.basePath + post.permalinkPath
        }
        return PageURL.url(ofPage: path, in: config.siteFolder, postsFolder: config.postsFolder).map { config.basePath + $0 }
    }
}

/// Jekyll's `site.posts`: newest first, without drafts and future posts
/// unless the build shows them. `url`, `date`, `id`, `slug`, `path` come from
/// what the build already knows; `title`, `categories`, `tags`, `excerpt`
/// and every other front matter key are read from the post's front matter
/// the first time a template asks for one of them; `content` is empty.
enum SitePosts {
    static func list(_ posts: [PostFacts], config: SiteConfig, visibility: PostVisibility) -> [LiquidValue] {
        posts.filter { (visibility.includeDrafts || !$0.isDraft) && (visibility.includeFuture || $0.date <= visibility.now) }
            .sorted { $0.date > $1.date }
            .map { facts in
                let matter = LiquidLazyValue { .map(PageVariables.frontMatter(of: facts.file, config: config)) }
                func field(_ key: String) -> LiquidValue {
                    .lazy(LiquidLazyValue { Expression(key).read(matter.value) })
                }
                var post = PageVariables.known(url: facts.permalinkPath, date: facts.date, slug: facts.file.slug, file: facts.file, config: config)
                for key in ["title", "categories", "tags", "excerpt", "description", "author", "image", "layout", "lang"] {
                    post[key] = field(key)
                }
                post["content"] = .string("")
                return .map(post)
            }
    }

    /// One front matter key of a lazily read post.
    private struct Expression {
        var key: String
        init(_ key: String) { self.key = key }
        func read(_ matter: LiquidValue) -> LiquidValue {
            guard case .map(let map) = matter.resolved else { return .nil }
            if key == "excerpt" { return map["excerpt"] ?? map["description"] ?? .nil }
            if key == "categories" || key == "tags" { return map[key] ?? .array([]) }
            return map[key] ?? .nil
        }
    }
}
