/// The front matter keys feedgen honours, as Jekyll (and Hugo) spell them, still as
/// written: dates, authors and URLs are resolved later against the config.
struct FrontMatter: Sendable, Equatable {
    /// Who wrote a post: a key into the config's `authors`, or a person spelt out.
    enum AuthorReference: Sendable, Equatable {
        case key(String)
        case person(Person)
    }

    struct Image: Sendable, Equatable {
        var path: String?
        var feature: String?
        var teaser: String?
        var thumbnail: String?
        var alt: String?
    }

    struct EnclosureFields: Sendable, Equatable {
        var url: String
        var type: String?
        var length: Int?
        var title: String?
        var duration: Int?
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
    var excerpt: String?
    var description: String?
    var tags: [String] = []
    var categories: [String] = []
    var authors: [AuthorReference] = []
    var image: Image?
    var permalink: Located<String>?
    var slug: String?
    var published = true
    var draft = false
    var language: String?
    var id: String?
    var enclosures: [EnclosureFields] = []
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
