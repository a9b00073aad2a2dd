import FeedSupport
import Foundation
import Liquid
import Yams

/// A Jekyll site's `_config.yml`, loaded once per build: the source of truth
/// for what only Jekyll defines (front matter `defaults:`, `future:`,
/// `show_drafts:`, `exclude:`, and every `site.*` value Liquid reads).
/// `feedgen init` and a build without config.json translate the rest into a
/// `SiteConfig` with `StarterConfig.fromJekyll`.
package struct JekyllConfig: @unchecked Sendable {
    // @unchecked: Yams' nodes are immutable values once composed (their tags'
    // classes are never changed after parsing); nothing here is mutated.

    /// The file, for messages.
    package let path: String
    /// The file's text, for the translation into a `SiteConfig` (with the earlier of a
    /// key written twice made a comment).
    package let text: String
    /// A warning for each top-level key written twice: the last one counts, as in Psych.
    package let duplicateKeyWarnings: [Diagnostic]
    /// The whole file, as YAML: Liquid's `site` (one map, read once).
    package let root: Node.Mapping
    /// `future: true`: posts dated later than now are published (Jekyll's default is false).
    package let future: Bool
    /// `show_drafts: true`: `_drafts/` is read, as with `--drafts`.
    package let showDrafts: Bool
    /// `exclude:`, names or paths below the site folder that Jekyll does not read.
    package let exclude: [String]
    /// `collections_dir`: the folder (below the site) that holds `_posts/`, `_drafts/`
    /// and the category folders, without slashes; empty when posts are at the top.
    package let collectionsDir: String
    /// `defaults:`, in the order written.
    package let defaults: [FrontMatterDefault]
    /// `kramdown:`, the options feedgen applies, and a warning for each one it does not.
    package let kramdown: KramdownOptions
    package let kramdownWarnings: [Diagnostic]

    /// Reads `_config.yml`; a file that is not a YAML map is an error on its line.
    package static func read(_ url: URL) throws(ConfigError) -> JekyllConfig {
        let path = DisplayPath.of(url)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ConfigError([.error(SourceLocation(path: path), ConfigReason.cannotReadJekyllConfig)])
        }
        return try parse(String(decoding: data, as: UTF8.self), path: path)
    }

    package static func parse(_ text: String, path: String) throws(ConfigError) -> JekyllConfig {
        var text = text
        var warnings: [Diagnostic] = []
        let root: Node?
        do {
            root = try compose(&text, path: path, warnings: &warnings)
        } catch {
            throw ConfigError([.error(SourceLocation(path: path, line: error.line), ConfigReason.notValid(language: "YAML", error.message))])
        }
        guard let root else { return JekyllConfig(path: path, text: text, mapping: Node.Mapping([]), warnings: warnings) }
        guard let mapping = root.mapping else {
            throw ConfigError([.error(SourceLocation(path: path, line: root.mark?.line), ConfigReason.jekyllConfigNotAMap)])
        }
        return JekyllConfig(path: path, text: text, mapping: mapping, warnings: warnings)
    }

    /// The file as Psych reads it: resolved tags (`future: yes` and `show_drafts: true` are
    /// booleans), and a top-level key written twice (a site's second `exclude:`) its last one,
    /// with a warning, where Yams refuses the file; `text` is then the one read.
    private static func compose(_ text: inout String, path: String, warnings: inout [Diagnostic]) throws(YAML.SyntaxError) -> Node? {
        do {
            return try YAML.compose(text, tags: .resolved)
        } catch {
            guard error.isDuplicateKey, let kept = YAML.lastOfEachKey(text) else { throw error }
            warnings = kept.repeated.map { .warning(SourceLocation(path: path, line: $0.line), ConfigReason.duplicateJekyllKey($0.key, countingLine: $0.countingLine)) }
            text = kept.text
            return try YAML.compose(text, tags: .resolved)
        }
    }

    private init(path: String, text: String, mapping: Node.Mapping, warnings: [Diagnostic]) {
        self.path = path
        self.text = text
        duplicateKeyWarnings = warnings
        root = mapping
        future = mapping["future"]?.bool ?? false
        showDrafts = mapping["show_drafts"]?.bool ?? false
        exclude = mapping["exclude"]?.sequence?.compactMap { $0.string } ?? []
        let collections = (mapping["collections_dir"]?.string ?? "").trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        collectionsDir = collections == "." ? "" : collections.hasPrefix("./") ? String(collections.dropFirst(2)) : collections
        defaults = (mapping["defaults"]?.sequence ?? []).compactMap(FrontMatterDefault.init)
        (kramdown, kramdownWarnings) = KramdownOptions.read(path: path, mapping)
    }

    /// A path below the site folder without `collections_dir` before it, as Jekyll's
    /// `strip_collections_dir` reads scopes and posts.
    package func withoutCollectionsDir(_ path: String) -> String {
        guard !collectionsDir.isEmpty, path.hasPrefix(collectionsDir + "/") else { return path }
        return String(path.dropFirst(collectionsDir.count + 1))
    }

    /// The value of a top-level key, as text.
    package func string(_ key: String) -> String? {
        root[key]?.string
    }

    /// The defaults for the post at `sitePath` (below the site folder), merged
    /// as Jekyll's `FrontmatterDefaults#all` merges them: a set with a longer
    /// scope path, or the same path and a type, wins over the ones before it.
    /// `nil` when no set applies, which is the common, free case.
    package func defaults(for sitePath: String) -> Node.Mapping? {
        var merged: Node.Mapping?
        var winner: FrontMatterDefault?
        let sitePath = withoutCollectionsDir(sitePath)
        for set in defaults where set.applies(to: sitePath, collectionsDir: collectionsDir) {
            guard let current = merged else {
                merged = set.values
                winner = set
                continue
            }
            if set.hasPrecedence(over: winner) {
                merged = FrontMatterDefault.merge(set.values, over: current)
                winner = set
            } else {
                merged = FrontMatterDefault.merge(current, over: set.values)
            }
        }
        return merged
    }
}

/// One set of Jekyll's front matter `defaults:`: a scope (a path prefix
/// below the site folder, and a type) and the values posts in it get unless
/// they set them themselves.
package struct FrontMatterDefault: @unchecked Sendable {
    /// The scope's path, without a leading or trailing `/`; empty for every post.
    package let path: String
    /// The scope's type; only `posts` (or none) applies to posts, drafts included.
    package let type: String?
    package let values: Node.Mapping

    init?(_ node: Node) {
        guard let set = node.mapping, let values = set["values"]?.mapping else { return nil }
        let scope = set["scope"]?.mapping
        var path = scope?["path"]?.string ?? ""
        if path.hasPrefix("/") { path.removeFirst() }
        while path.hasSuffix("/") { path.removeLast() }
        self.path = path
        let type = scope?["type"]?.string
        self.type = type == "post" ? "posts" : type
        self.values = values
    }

    /// Jekyll's `applies?`: a type of `posts` or none, and a path that is a
    /// prefix of the post's (as text, not by folders), or a glob matching it.
    func applies(to sitePath: String, collectionsDir: String = "") -> Bool {
        guard type == nil || type == "posts" else { return false }
        // A scope may name the collections folder or not (`strip_collections_dir`).
        let path = !collectionsDir.isEmpty && self.path.hasPrefix(collectionsDir + "/") ? String(self.path.dropFirst(collectionsDir.count + 1)) : self.path
        if path.isEmpty { return true }
        if path.contains("*") {
            // Jekyll globs the scope and takes each match as a prefix.
            var prefix = ""
            for component in sitePath.split(separator: "/") {
                prefix += prefix.isEmpty ? String(component) : "/" + component
                if fnmatch(path, prefix, FNM_PATHNAME) == 0 { return true }
            }
            return false
        }
        return sitePath.hasPrefix(path)
    }

    /// Jekyll's `has_precedence?`.
    func hasPrecedence(over old: FrontMatterDefault?) -> Bool {
        guard let old else { return true }
        if path.count != old.path.count { return path.count >= old.path.count }
        return type != nil || old.type == nil
    }

    /// A post's front matter over the defaults that apply to it, as Jekyll's
    /// `Document#merge_data!` merges them: as `merge`, but `categories` (a list, or
    /// words in a string) are the defaults' and then the post's own, each once
    /// (`merge_categories!`), where every other list of the post replaces the defaults'.
    package static func mergePost(_ post: Node.Mapping, over defaults: Node.Mapping) -> Node.Mapping {
        var post = post
        if let own = post["categories"], own.null == nil, let inherited = defaults["categories"] {
            var seen = Set<String>()
            let union = (words(inherited) + words(own)).filter { seen.insert($0.string ?? "").inserted }
            post["categories"] = .sequence(Node.Sequence(union))
        }
        return merge(post, over: defaults)
    }

    /// A `categories` value as Jekyll's `merge_categories!` reads it: a string's words, a list's items.
    private static func words(_ node: Node) -> [Node] {
        if let items = node.sequence { return Array(items) }
        if let text = node.string { return text.split(whereSeparator: \.isWhitespace).map { Node(String($0)) } }
        return node.null != nil ? [] : [node]
    }

    /// Jekyll's `Utils.deep_merge_hashes`: `top`'s values win, maps merged key by key.
    package static func merge(_ top: Node.Mapping, over bottom: Node.Mapping) -> Node.Mapping {
        var pairs = Array(bottom)
        // By the key's text: `image` and `'image'` are one key.
        var index: [String: Int] = [:]
        for (position, pair) in pairs.enumerated() { index[pair.key.string ?? ""] = position }
        for (key, value) in top {
            if let position = index[key.string ?? ""] {
                if let inner = value.mapping, let under = pairs[position].value.mapping {
                    pairs[position].value = .mapping(merge(inner, over: under))
                } else {
                    pairs[position].value = value
                }
            } else {
                index[key.string ?? ""] = pairs.count
                pairs.append((key, value))
            }
        }
        return Node.Mapping(pairs)
    }
}
