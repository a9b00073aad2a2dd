import Foundation

/// One post as every feed format sees it; knows nothing of any format.
public struct Entry: Hashable, Sendable {
    /// Permanent id: Atom `id`, RSS `guid`, JSON Feed `id`. Never changes once published.
    public var id: String
    public var title: String
    /// Absolute permalink: Atom `link rel="alternate"`, RSS `link`, JSON Feed `url`.
    public var url: String
    public var published: Date
    /// Last change; equal to `published` when the post names none.
    public var updated: Date
    public var authors: [Person]
    /// Categories followed by tags, without repeats.
    public var categories: [String]
    /// HTML of the excerpt with absolute URLs: Atom `summary`, RSS `description`.
    public var summaryHTML: String
    /// Plain text of the excerpt: JSON Feed `summary`.
    public var summaryText: String
    /// HTML of the whole post with absolute URLs; `nil` when the site publishes excerpts only.
    public var contentHTML: String?
    public var image: EntryImage?
    public var enclosures: [Enclosure]
    /// BCP 47 tag when the post's language differs from the feed's.
    public var language: String?
    /// The post this entry comes from, so a problem in the output can name it.
    public var sourcePath: String

    public init(
        id: String, title: String, url: String, published: Date, updated: Date,
        authors: [Person] = [], categories: [String] = [], summaryHTML: String = "",
        summaryText: String = "", contentHTML: String? = nil, image: EntryImage? = nil,
        enclosures: [Enclosure] = [], language: String? = nil, sourcePath: String = ""
    ) {
        self.id = id
        self.title = title
        self.url = url
        self.published = published
        self.updated = updated
        self.authors = authors
        self.categories = categories
        self.summaryHTML = summaryHTML
        self.summaryText = summaryText
        self.contentHTML = contentHTML
        self.image = image
        self.enclosures = enclosures
        self.language = language
        self.sourcePath = sourcePath
    }
}
