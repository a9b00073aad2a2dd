/// One feed the site publishes, in each enabled format: the main feed of
/// every post, or one per category or tag, named as jekyll-feed names them
/// (`feed/<category>.xml`, `feed/by_tag/<tag>.xml`).
struct FeedSpec: Sendable {
    enum Scope: Sendable, Equatable {
        case all
        case category(String)
        case tag(String)
    }

    var scope: Scope
    var title: String
    /// Each format's file, below the output folder.
    var files: [FeedFormat: String]

    /// The main feed, then one per configured category and tag.
    static func all(for config: SiteConfig) -> [FeedSpec] {
        let main = FeedSpec(scope: .all, title: config.title,
                            files: Dictionary(uniqueKeysWithValues: config.formats.map { ($0, config.fileName(for: $0)) }))
        // jekyll-feed titles these "Site | Category", capitalised as Liquid's `capitalize` does.
        func titled(_ name: String) -> String { config.title + " | " + name.prefix(1).uppercased() + name.dropFirst().lowercased() }
        func files(_ stem: String) -> [FeedFormat: String] {
            let extensions: [FeedFormat: String] = [.atom: ".xml", .rss: ".rss", .json: ".json"]
            return Dictionary(uniqueKeysWithValues: config.formats.map { ($0, stem + extensions[$0]!) })
        }
        return [main]
            + config.categoryFeeds.map { FeedSpec(scope: .category($0), title: titled($0), files: files("feed/" + $0)) }
            + config.tagFeeds.map { FeedSpec(scope: .tag($0), title: titled($0), files: files("feed/by_tag/" + $0)) }
    }

    /// Whether a post belongs in this feed; names match exactly, as in jekyll-feed.
    func includes(_ post: PostFacts) -> Bool {
        switch scope {
        case .all: true
        case .category(let name): post.categories.contains(name)
        case .tag(let name): post.tags.contains(name)
        }
    }
}
