import FeedModel
import FeedSupport
import FeedValidation
import FeedWriters
import FeedXML
import Foundation
import SiteLoading

/// Turns a post and its rendered body into a format-neutral `Entry`,
/// resolving authors, images and URLs against the config.
struct EntryBuilder: Sendable {
    var config: SiteConfig

    /// The post's entry; an error naming the post when its HTML cannot be
    /// rewritten whole, or is too large for a feed once escaped.
    func entry(for post: Post, rendered: RenderedPost) throws(Diagnostic) -> Entry {
        let matter = post.frontMatter
        let url = config.url + post.permalinkPath
        let base = URL(string: url) ?? URL(string: config.url)!
        let location = SourceLocation(path: post.file.displayPath)
        let summary: (html: String, text: String)
        let content: String?
        do {
            summary = try self.summary(matter, renderedExcerpt: rendered.excerptHTML, base: base)
            content = config.excerptOnly ? nil : try HTMLFragment.preparedForReaders(rendered.html, base: base)
        } catch {
            throw .error(location, XMLReason.htmlNotReadableWhole(error.reason))
        }
        for html in [content, summary.html].compactMap({ $0 }) where html.utf8.count > XMLLimits.textNodeBytes {
            throw .error(location, FeedReason.entryHTMLTooLarge(bytes: html.utf8.count))
        }
        return Entry(
            id: id(for: post, url: url),
            // On a Jekyll site, as jekyll-feed writes it (`&nbsp;` a space, quotes curled), unless
            // the site's own feed, kept, writes them as they are.
            title: config.smartifiesTitles ? JekyllFeedTitle.title(post.title) : post.title,
            url: url,
            published: post.date,
            updated: post.updated ?? post.date,
            authors: matter.authors.map(person),
            // jekyll-feed lists a singular `category` instead of the `categories` (folders and defaults included).
            categories: (((config.ids == .jekyllFeed ? matter.category : nil) ?? matter.categories) + matter.tags).uniqued(),
            summaryHTML: summary.html,
            summaryText: summary.text,
            contentHTML: content,
            image: matter.image.flatMap { image($0, page: base) },
            enclosures: matter.enclosures.map(enclosure),
            language: matter.language.flatMap { $0 == config.language ? nil : $0 },
            sourcePath: post.file.displayPath
        )
    }

    private func id(for post: Post, url: String) -> String {
        if let id = post.frontMatter.id { return id }
        switch config.ids {
        case .permalink: return url
        case .jekyllFeed: return JekyllFeedID.id(siteURL: config.url, permalinkPath: post.permalinkPath, slug: post.frontMatter.slug ?? post.file.slug)
        }
    }

    /// Front matter `excerpt`, then `description` (both plain text), then the
    /// body's excerpt. On a Hugo site, as Hugo's `.Summary`: front matter
    /// `summary` (Markdown), else the body's; `description` is no summary there.
    private func summary(_ matter: FrontMatter, renderedExcerpt: String, base: URL) throws(HTMLFragment.Unreadable) -> (html: String, text: String) {
        if let hugo = config.hugo {
            // `{{ with .Description | html }}{{ . }}`: the description as text, escaped.
            if hugo.summaryFromDescription, let description = matter.description, !description.isEmpty {
                return (XMLEscaping.text(description), description)
            }
            let html = try HTMLFragment.preparedForReaders(matter.excerpt.map { MarkdownRenderer.render($0, excerptSeparator: nil).html } ?? renderedExcerpt, base: base)
            return (html, HTMLFragment.plainText(html))
        }
        // As Liquid's `default` reads them, an empty string is none. jekyll-feed writes `post.description |
        // default: post.excerpt`: the description first, then the front matter's excerpt, where an empty
        // one is no summary; elsewhere `excerpt` wins.
        let written = config.ids == .jekyllFeed
            ? matter.description.flatMap { $0.isEmpty ? nil : $0 } ?? matter.excerpt
            : matter.excerpt.flatMap { $0.isEmpty ? nil : $0 } ?? matter.description.flatMap { $0.isEmpty ? nil : $0 }
        if let written {
            let text = written.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return text.isEmpty ? ("", "") : ("<p>" + XMLEscaping.text(text) + "</p>", text)
        }
        let html = try HTMLFragment.preparedForReaders(renderedExcerpt, base: base)
        return (html, HTMLFragment.plainText(html))
    }

    private func person(_ reference: FrontMatter.AuthorReference) -> Person {
        switch reference {
        case .person(let person): person
        case .key(let key): config.authors[key] ?? Person(name: key)
        }
    }

    /// The main picture is `path`, else `feature`, else `teaser`, else
    /// `thumbnail`; the thumbnail prefers `thumbnail`, then `teaser`.
    /// On a Hugo site a relative image is a resource of the page's bundle, below its URL.
    private func image(_ fields: FrontMatter.Image, page: URL) -> EntryImage? {
        func absolute(_ path: String) -> String {
            config.hugo != nil && !path.hasPrefix("/") && !AbsoluteURL.isAbsoluteHTTP(path) ? HTMLFragment.resolve(path, base: page) : self.absolute(path)
        }
        guard let main = fields.path ?? fields.feature ?? fields.teaser ?? fields.thumbnail else { return nil }
        let thumbnail = fields.thumbnail ?? fields.teaser
        return EntryImage(url: absolute(main), thumbnailURL: thumbnail.map(absolute), alt: fields.alt)
    }

    private func enclosure(_ fields: FrontMatter.EnclosureFields) -> Enclosure {
        Enclosure(
            url: absolute(fields.url),
            type: fields.type ?? MediaType.guess(forPath: fields.url),
            length: fields.length ?? 0,
            title: fields.title,
            duration: fields.duration
        )
    }

    private func absolute(_ path: String) -> String {
        AbsoluteURL.resolve(path, siteBase: config.imageBase)
    }
}
