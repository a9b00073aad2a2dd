import FeedModel

/// The front matter keys feedgen honours, as Jekyll (and Hugo) spell them, still as
/// written: dates, authors and URLs are resolved later against the config.
package struct FrontMatter: Sendable, Equatable {
    /// Who wrote a post: a key into the config's `authors`, or a person spelt out.
    package enum AuthorReference: Sendable, Equatable {
        case key(String)
        case person(Person)
    }

    package struct Image: Sendable, Equatable {
        package var path: String?
        package var feature: String?
        package var teaser: String?
        package var thumbnail: String?
        package var alt: String?
    }

    package struct EnclosureFields: Sendable, Equatable {
        package var url: String
        package var type: String?
        package var length: Int?
        package var title: String?
        package var duration: Int?
        var line: Int
    }

    /// A date as written, with its line; `isPlain` when unquoted, which YAML
    /// may read as a timestamp before Jekyll sees it (see `PostDate`).
    struct DateField: Sendable, Equatable {
        var value: String
        var line: Int
        var isPlain: Bool
    }

    /// A value together with the file line it was written on.
    struct Located<Value: Sendable & Equatable>: Sendable, Equatable {
        var value: Value
        var line: Int
    }

    var title: String?
    var date: DateField?
    var updated: DateField?
    package var excerpt: String?
    package var description: String?
    package var tags: [String] = []
    package var categories: [String] = []
    /// Jekyll's singular `category` (joined to `categories` too), which jekyll-feed's
    /// entries list instead of the `categories` (`{% if post.category %}`).
    package var category: [String]?
    package var authors: [AuthorReference] = []
    package var image: Image?
    var permalink: Located<String>?
    package var slug: String?
    var published = true
    var draft = false
    package var language: String?
    package var id: String?
    package var enclosures: [EnclosureFields] = []
    /// Hugo's `publishDate`: when the post goes live (its date when not given).
    var publishDate: DateField?
    /// Hugo's `expiryDate`: when the post leaves the feeds.
    var expiryDate: DateField?
    /// Hugo's build options (`_build`, newer Hugo's `build`, `headless`): which lists show the page.
    var hugoListing: HugoListing = .always

    /// Hugo's `_build.list` (and whether the page is rendered at all).
    enum HugoListing: Sendable, Equatable {
        /// In every list, its section's and the site's.
        case always
        /// `list: local`: in its section's list, not the site's.
        case local
        /// `list: never`, `render: never`, `headless: true`: in no feed.
        case never
    }

    /// Hugo's `weight` and `linkTitle`, which order its pages.
    var weight: Int?
    var linkTitle: String?
    /// Dates under other keys that a Hugo site's `[frontmatter]` names (lower case).
    var otherDates: [String: DateField] = [:]
}
