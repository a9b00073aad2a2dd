import Foundation

/// Reads posts' front matter — every post, on all cores — into `Post`s.
/// Bodies are left for `PostRenderer`, which only sees the posts a feed shows.
public struct PostLoader: Sendable {
    public var config: SiteConfig
    private let sitePermalink: PermalinkPattern

    public init(config: SiteConfig) {
        self.config = config
        sitePermalink = PermalinkPattern(template: config.permalink)
    }

    /// Every post, in file order, with all problems found; the order of both
    /// does not depend on how the work was spread over threads.
    public func load(_ files: [PostFile], threads: Int = ProcessInfo.processInfo.activeProcessorCount) -> (posts: [Post], diagnostics: [Diagnostic]) {
        var results = [(Post?, [Diagnostic])](repeating: (nil, []), count: files.count)
        let chunkSize = max(16, files.count / max(1, threads * 8))
        let chunks = stride(from: 0, to: files.count, by: chunkSize).map { $0..<min($0 + chunkSize, files.count) }
        results.withUnsafeMutableBufferPointer { buffer in
            // Each index is written by exactly one chunk, so the slots never race.
            nonisolated(unsafe) let slots = buffer
            let work: @Sendable (Range<Int>) -> Void = { chunk in
                for index in chunk { slots[index] = self.load(files[index]) }
            }
            if threads > 1 {
                DispatchQueue.concurrentPerform(iterations: chunks.count) { work(chunks[$0]) }
            } else {
                chunks.forEach(work)
            }
        }
        var posts: [Post] = []
        var diagnostics: [Diagnostic] = []
        posts.reserveCapacity(files.count)
        for (post, problems) in results {
            if let post { posts.append(post) }
            diagnostics += problems
        }
        return (posts, diagnostics)
    }

    /// One post's front matter, or the reasons it cannot be used.
    public func load(_ file: PostFile) -> (Post?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let bytes: [UInt8]
        do {
            bytes = try PostReader.frontMatterBytes(of: file.path)
        } catch {
            return (nil, [.error(SourceLocation(path: file.displayPath), "cannot read the post: \(ConfigLoader.describe(error))")])
        }
        guard let text = PostText.read(bytes, path: file.displayPath, diagnostics: &diagnostics) else { return (nil, diagnostics) }
        var matter = FrontMatter()
        if let yaml = text.frontMatter {
            var parser = FrontMatterParser(path: file.displayPath, firstLine: text.frontMatterLine)
            let parsed = parser.parse(yaml)
            diagnostics += parser.diagnostics
            guard let parsed else { return (nil, diagnostics) }
            matter = parsed
        }
        let post = makePost(file, matter, diagnostics: &diagnostics)
        return (diagnostics.hasErrors ? nil : post, diagnostics)
    }

    private func makePost(_ file: PostFile, _ matter: FrontMatter, diagnostics: inout [Diagnostic]) -> Post? {
        let path = file.displayPath
        var date: Date?
        if let written = matter.date {
            date = PostDate.parse(written.value, in: config.timeZone)
            if date == nil {
                diagnostics.append(.error(SourceLocation(path: path, line: written.line), "date \"\(written.value)\" is not a date; write YYYY-MM-DD, YYYY-MM-DD HH:MM:SS +HH:MM or RFC 3339"))
            }
        } else if let nameDate = file.nameDate {
            date = PostDate.parse(nameDate, in: config.timeZone)
            if date == nil {
                diagnostics.append(.error(SourceLocation(path: path), "the file name's date \"\(nameDate)\" is not a real day"))
            }
        } else {
            diagnostics.append(.error(SourceLocation(path: path, line: 1), "the post has no date: add \"date:\" to its front matter or start its file name with YYYY-MM-DD-"))
        }
        var updated: Date?
        if let written = matter.updated {
            updated = PostDate.parse(written.value, in: config.timeZone)
            if updated == nil {
                diagnostics.append(.error(SourceLocation(path: path, line: written.line), "last_modified_at \"\(written.value)\" is not a date; write YYYY-MM-DD, YYYY-MM-DD HH:MM:SS +HH:MM or RFC 3339"))
            }
        }
        let slug = matter.slug ?? file.slug
        var warnings: [Diagnostic] = []
        var title = matter.title?.trimmed ?? ""
        if title.isEmpty {
            title = Slug.title(from: slug)
            warnings.append(.warning(SourceLocation(path: path, line: 1), "the post has no title; using \"\(title)\" from its file name"))
        }
        diagnostics += warnings
        guard let date else { return nil }
        let pattern = matter.permalink.map { PermalinkPattern(template: PermalinkPattern.namedStyles[$0.value] ?? $0.value) } ?? sitePermalink
        let permalinkPath = pattern.path(for: .init(date: date, timeZone: config.timeZone, slug: slug, fileStem: file.stem, categories: matter.categories))
        return Post(
            file: file, title: title, date: date, updated: updated, permalinkPath: permalinkPath,
            isDraft: matter.draft || !matter.published, frontMatter: matter, warnings: warnings
        )
    }
}
