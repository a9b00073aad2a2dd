import FeedSupport
import Foundation
import Liquid
import Yams

/// Reads posts' front matter — every post, on all cores — into `Post`s.
/// Bodies are left for `PostRenderer`, which only sees the posts a feed shows.
package struct PostLoader: Sendable {
    package var config: SiteConfig
    private let sitePermalink: PermalinkPattern
    private let boundary: SiteBoundary

    /// Where the posts folder is below the site folder (`_posts/`), for Jekyll's
    /// paths: `defaults:` scopes and category folders are below the site folder.
    private let sitePrefix: String
    /// On a Hugo site, the `cascade`s of its sections.
    private let cascade: HugoCascade?

    package init(config: SiteConfig) {
        self.config = config
        sitePermalink = PermalinkPattern(template: config.permalink)
        boundary = SiteBoundary(siteFolder: config.siteFolder, postsFolder: config.postsFolder)
        sitePrefix = Self.sitePrefix(of: config)
        cascade = config.hugo.map { HugoCascade(content: $0.section.isEmpty ? config.postsFolder : config.postsFolder.deletingLastPathComponent()) }
    }

    /// The sections' `cascade` over a Hugo page: from the folders above it, below the content folder.
    private func cascadeDefaults(for file: PostFile) -> Node.Mapping? {
        guard let cascade, let hugo = config.hugo else { return nil }
        let folder = (file.relativePath as NSString).deletingLastPathComponent
        return cascade.defaults(forFolder: hugo.section.isEmpty ? folder : hugo.section + (folder.isEmpty ? "" : "/" + folder))
    }

    /// What goes before a post's path below the posts folder to make its path below the site folder.
    static func sitePrefix(of config: SiteConfig) -> String {
        let site = config.siteFolder.standardizedFileURL.path + "/"
        let posts = config.postsFolder.standardizedFileURL.path + "/"
        if config.readsJekyllFolders, let jekyll = config.jekyll { return jekyll.collectionsDir.isEmpty ? "" : jekyll.collectionsDir + "/" }
        return !posts.hasPrefix(site) ? "" : String(posts.dropFirst(site.count))
    }

    /// The post's path below the site folder, as Jekyll's `relative_path`.
    func sitePath(of file: PostFile) -> String {
        sitePrefix + file.relativePath
    }

    /// What loading every post gave.
    package struct Result {
        /// Every usable post's facts, in path order.
        package var facts: [PostFacts] = []
        /// How many front matters were parsed (posts not taken from the cache).
        package var parsedCount = 0
        /// Facts worth keeping for the next build, in path order: those of posts without any problem.
        package var cacheable: [PostFacts] = []
        package var diagnostics: [Diagnostic] = []
    }

    /// Every listed post's facts: `cached` when its stamp is unchanged, else read from its front matter on `threads` threads; in
    /// path order, with all problems found, whatever the number of threads.
    package func load(_ listing: PostListing, cached: [PostFacts?], threads: Int) -> Result {
        let files = listing.files
        let outcomes = Array(files.indices).concurrentMap(threads: threads) { index -> (PostFacts?, [Diagnostic])? in
            if !cached.isEmpty, cached[index] != nil { return nil }
            // Only the facts are kept: 100,000 whole front matters would cost
            // far more memory than reading the chosen few again.
            let (post, problems) = self.load(files[index])
            return (post.map { self.facts($0, stamp: listing.stamps[index]) }, problems)
        }
        var result = Result()
        result.facts.reserveCapacity(files.count)
        for (index, outcome) in outcomes.enumerated() {
            guard let (facts, problems) = outcome else {
                result.facts.append(cached[index]!)
                result.cacheable.append(cached[index]!)
                continue
            }
            result.parsedCount += 1
            result.diagnostics += problems
            guard let facts else { continue }
            result.facts.append(facts)
            // The cache keeps no publish or expiry date: posts with one are read every time.
            if problems.isEmpty && facts.stamp != nil && facts.publishDate == nil && facts.expiryDate == nil { result.cacheable.append(facts) }
        }
        return result
    }

    /// A post's facts; its categories and tags only when some feed is chosen
    /// by them, since 100,000 lists of names cost memory and time for nothing.
    private func facts(_ post: Post, stamp: FileStamp?) -> PostFacts {
        let matter = post.frontMatter
        return PostFacts(
            file: post.file, stamp: stamp, date: post.date, isDraft: post.isDraft,
            publishDate: post.publishDate.flatMap { $0 == post.date ? nil : $0 }, expiryDate: post.expiryDate, permalinkPath: post.permalinkPath,
            id: matter.id, permalinkLine: matter.permalink?.line,
            categories: config.categoryFeeds.isEmpty ? [] : matter.categories,
            tags: config.tagFeeds.isEmpty && !config.everyTagFeed ? [] : matter.tags,
            hugoOrder: config.hugo.map { _ in .init(weight: matter.weight ?? 0, linkTitle: matter.linkTitle ?? post.title) }
        )
    }

    /// One post's front matter, or the reasons it cannot be used.
    package func load(_ file: PostFile) -> (Post?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let bytes: [UInt8]
        do {
            bytes = try PostReader.frontMatterBytes(of: file.path, within: boundary)
        } catch {
            return (nil, [.error(SourceLocation(path: file.displayPath), PostReason.unreadable(error))])
        }
        let rule: FrontMatterBlock.Rule = config.jekyll == nil ? .hugo : .jekyll
        guard let text = PostText.read(bytes, path: file.displayPath, rule: rule, diagnostics: &diagnostics) else { return (nil, diagnostics) }
        // What Hugo's rule takes for front matter and Jekyll's does not: Jekyll publishes its lines as text.
        if rule == .jekyll, text.frontMatter == nil, case .found(let format, _, let line, _, _) = bytes.withUnsafeBufferPointer({ FrontMatterBlock.scan($0, complete: true) }) {
            let reason: PostReason = format == .yaml ? .jekyllReadsNoFrontMatterHere : .jekyllReadsOnlyYAML(format)
            diagnostics.append(.warning(SourceLocation(path: file.displayPath, line: format == .json ? line : line - 1), reason))
        }
        var matter = FrontMatter()
        let defaults = config.jekyll?.defaults(for: sitePath(of: file)) ?? cascadeDefaults(for: file)
        if text.frontMatter != nil || defaults != nil {
            var parser = FrontMatterParser(path: file.displayPath, firstLine: text.frontMatterLine, defaults: defaults)
            parser.psychScalars = config.jekyll != nil
            parser.hugo = config.hugo.map { FrontMatterParser.HugoKeys(taxonomies: Set($0.taxonomies), dateKeys: $0.dates.otherKeys) }
            let parsed = parser.parse(text.frontMatter ?? "", format: text.frontMatter == nil ? .yaml : text.frontMatterFormat)
            diagnostics += parser.diagnostics
            guard let parsed else { return (nil, diagnostics) }
            matter = parsed
        }
        let post = makePost(file, matter, diagnostics: &diagnostics)
        return (diagnostics.hasErrors ? nil : post, diagnostics)
    }

    /// A front matter date, or an error on its line saying what is wrong with it.
    private func read(_ written: FrontMatter.DateField, key: String, path: String, diagnostics: inout [Diagnostic]) -> Date? {
        do {
            return try PostDate.read(written.value, in: config.timeZone, isPlainYAML: written.isPlain)
        } catch {
            let location = SourceLocation(path: path, line: written.line)
            if config.hugo != nil {
                // Hugo builds the site all the same, with no such date: the page is not lost to the others.
                diagnostics.append(.warning(location, PostReason.badDateHugoSkips(key: key, error, written: written.value)))
            } else {
                diagnostics.append(.error(location, PostReason.badDate(key: key, error, written: written.value)))
            }
            return nil
        }
    }

    private func makePost(_ file: PostFile, _ written: FrontMatter, diagnostics: inout [Diagnostic]) -> Post? {
        let path = file.displayPath
        var matter = written
        // Hugo's build options: a page no list shows (or only its section's, for the site's feed) is not a post.
        if let hugo = config.hugo, matter.hugoListing == .never || (matter.hugoListing == .local && hugo.section.isEmpty) { return nil }
        let folders = config.jekyll.map { JekyllFolders(sitePath: $0.withoutCollectionsDir(sitePath(of: file))) } ?? JekyllFolders()
        // Jekyll: `tech/_posts/x.md` is in category `tech`, before the front matter's own.
        if !folders.categories.isEmpty { matter.categories = (folders.categories + matter.categories).uniqued() }
        func parse(_ written: FrontMatter.DateField?, _ key: String) -> Date? {
            written.flatMap { read($0, key: key, path: path, diagnostics: &diagnostics) }
        }
        var publishDate = parse(matter.publishDate, "publishDate")
        var expiryDate = parse(matter.expiryDate, "expiryDate")
        var updated: Date?
        var date: Date?
        var fileNameSlug: String?
        if let hugo = config.hugo {
            // Hugo's `.Date`, which its RSS shows, and the others, from the sources
            // its `[frontmatter]` lists (by default `date`, else `publishDate`, else `lastmod`).
            updated = parse(matter.updated, "lastmod")
            var parsed: [String: Date?] = ["publishDate": publishDate, "lastmod": updated, "expiryDate": expiryDate]
            if matter.date != nil { parsed["date"] = parse(matter.date, "date") }
            func pick(_ sources: [String]) -> Date? {
                switch HugoDates.first(of: sources, in: matter, file: file, timeZone: config.timeZone) {
                case .written(let field, let key):
                    if let known = parsed[key] { return known }
                    // A key only the site's [frontmatter] names, read once.
                    let value = parse(field, key)
                    parsed[key] = value
                    return value
                case .known(let value): return value
                case .fileName(let value, let slug):
                    if sources == hugo.dates.date, !slug.isEmpty { fileNameSlug = slug }
                    return value
                case nil: return nil
                }
            }
            guard let picked = pick(hugo.dates.date) else {
                // Hugo lists an undated page as of the year 1.
                if !diagnostics.hasErrors {
                    diagnostics.append(.warning(SourceLocation(path: path, line: 1), PostReason.hugoPageUndated))
                }
                return nil
            }
            date = picked
            // The same date as `.Date` is no date of its own.
            publishDate = pick(hugo.dates.publishDate).flatMap { $0 == picked ? nil : $0 }
            updated = pick(hugo.dates.lastmod).flatMap { $0 == picked ? nil : $0 }
            expiryDate = pick(hugo.dates.expiryDate)
        } else if matter.date != nil {
            date = parse(matter.date, "date")
        } else if matter.publishDate != nil {
            date = publishDate
        } else if let nameDate = file.nameDate {
            do {
                date = try PostDate.read(nameDate, in: config.timeZone)
            } catch {
                diagnostics.append(.error(SourceLocation(path: path), PostReason.badFileNameDate(error, written: nameDate)))
            }
        } else if folders.isDraft {
            // Jekyll dates an undated draft by its file's modification time.
            var status = stat()
            if stat(file.path, &status) == 0 { date = Date(timeIntervalSince1970: Double(status.st_mtim.tv_sec)) }
        } else if file.stemIsOnlyADate {
            diagnostics.append(.error(SourceLocation(path: path, line: 1), PostReason.fileNameWithoutSlug(stem: file.stem, extensionWithDot: file.extensionWithDot)))
        } else {
            diagnostics.append(.error(SourceLocation(path: path, line: 1), PostReason.noDate))
        }
        if config.hugo == nil { updated = parse(matter.updated, "last_modified_at") }
        // Hugo keeps a file name's date as part of its name, unless `:filename` dates the page.
        if matter.slug == nil, let fileNameSlug { matter.slug = fileNameSlug }
        let slug = matter.slug ?? (config.hugo != nil ? HugoContent.page(file, site: config.hugo!).name : file.slug)
        var title = matter.title?.trimmed ?? ""
        if title.isEmpty {
            title = Slug.title(from: slug)
            diagnostics.append(.warning(SourceLocation(path: path, line: 1), PostReason.noTitle(using: title)))
        }
        guard let date else { return nil }
        let permalinkPath: String
        if let hugo = config.hugo {
            let place = HugoContent.page(file, site: hugo)
            let zone = (matter.date ?? matter.publishDate ?? matter.updated).flatMap { PostDate.writtenOffset(of: $0.value) }.flatMap(TimeZone.init(secondsFromGMT:))
            permalinkPath = HugoPermalink(site: hugo).path(for: .init(
                folders: place.folders, name: place.name, sectionDepth: place.sectionDepth, title: title, slug: matter.slug,
                url: matter.permalink?.value, date: date, timeZone: zone ?? config.timeZone))
        } else {
            let pattern = matter.permalink.map { PermalinkPattern(template: PermalinkPattern.namedStyles[$0.value] ?? $0.value) } ?? sitePermalink
            permalinkPath = pattern.path(for: .init(date: date, timeZone: config.timeZone, slug: slug, fileStem: file.stem, categories: matter.categories))
        }
        return Post(
            file: file, title: title, date: date, updated: updated, permalinkPath: permalinkPath,
            isDraft: matter.draft || !matter.published || folders.isDraft, publishDate: publishDate, expiryDate: expiryDate, frontMatter: matter
        )
    }
}
