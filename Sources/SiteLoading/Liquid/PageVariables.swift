import FeedSupport
import Foundation
import Liquid
import Yams

/// Jekyll's `page` (and each `post` of `site.posts`): every front matter
/// key as written, then what Jekyll computes: `url`, `date`, `id`, `slug`,
/// `categories`, `tags`, `path`.
enum PageVariables {
    /// The one place a post's front matter becomes Liquid values: every key,
    /// not only those feedgen honours, over the `defaults:` of `_config.yml`
    /// that apply to the post, merged as Jekyll merges them.
    static func frontMatter(yaml: String?, file: PostFile, config: SiteConfig) -> LiquidMap {
        let own = yaml.flatMap { try? YAML.compose($0) }?.mapping
        let defaults = config.jekyll?.defaults(for: sitePath(of: file, config: config))
        let merged: Node.Mapping? = switch (own, defaults) {
        case let (own?, defaults?): FrontMatterDefault.mergePost(own, over: defaults)
        case let (own, defaults): own ?? defaults
        }
        guard let merged, case .map(let map) = YAMLLiquidValue.value(of: .mapping(merged), timeZone: config.timeZone) else { return LiquidMap() }
        return map
    }

    /// A post's front matter read from its file (for `site.posts`).
    static func frontMatter(of file: PostFile, config: SiteConfig) -> LiquidMap {
        guard let bytes = try? PostReader.frontMatterBytes(of: file.path, within: SiteBoundary(siteFolder: config.siteFolder, postsFolder: config.postsFolder)) else {
            return LiquidMap()
        }
        var diagnostics: [Diagnostic] = []
        let rule: FrontMatterBlock.Rule = config.jekyll == nil ? .hugo : .jekyll
        return frontMatter(yaml: PostText.read(bytes, path: file.displayPath, rule: rule, diagnostics: &diagnostics)?.frontMatter, file: file, config: config)
    }

    /// What Jekyll computes for every post, from what the build knows of it.
    static func known(url: String, date: Date, slug: String, file: PostFile, config: SiteConfig) -> LiquidMap {
        var page = LiquidMap()
        page["url"] = .string(url)
        page["date"] = .date(LiquidDate(date: date, timeZone: config.timeZone))
        // Jekyll's Document#id: the URL's folder and the slug.
        let folder = (url as NSString).deletingLastPathComponent
        page["id"] = .string((folder == "/" ? "" : folder) + "/" + slug)
        page["slug"] = .string(slug)
        page["path"] = .string(sitePath(of: file, config: config))
        // Jekyll's DocumentDrop#collection: a post's is `posts`, which themes' includes test.
        page["collection"] = .string("posts")
        return page
    }

    /// The post's path from the site folder (`_posts/2024-05-01-title.md`), as Jekyll's `page.path`.
    static func sitePath(of file: PostFile, config: SiteConfig) -> String {
        PostLoader.sitePrefix(of: config) + file.relativePath
    }

    /// `page` for the post being rendered.
    static func page(for post: Post, matter: LiquidMap, excerpt: LiquidValue, config: SiteConfig) -> LiquidMap {
        var page = matter
        for (key, value) in known(url: post.permalinkPath, date: post.date, slug: post.frontMatter.slug ?? post.file.slug, file: post.file, config: config).pairs {
            page[key] = value
        }
        page["title"] = .string(post.title)
        page["categories"] = .array(post.frontMatter.categories.map { .string($0) })
        page["tags"] = .array(post.frontMatter.tags.map { .string($0) })
        if page["excerpt"] == nil { page["excerpt"] = excerpt }
        return page
    }
}
