import FeedModel
import SiteLoading

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

    /// The main feed, then one per configured category and tag; with
    /// `"tag_feeds": true`, one per tag that `posts` use.
    static func all(for config: SiteConfig, posts: [PostFacts]) -> [FeedSpec] {
        let main = FeedSpec(scope: .all, title: config.title,
                            files: Dictionary(uniqueKeysWithValues: config.formats.map { ($0, config.fileName(for: $0)) }))
        // jekyll-feed titles these "Site | Category", capitalised as Liquid's `capitalize` does.
        func titled(_ name: String) -> String { config.title + " | " + name.prefix(1).uppercased() + name.dropFirst().lowercased() }
        func files(_ stem: String) -> [FeedFormat: String] {
            let extensions: [FeedFormat: String] = [.atom: ".xml", .rss: ".rss", .json: ".json"]
            return Dictionary(uniqueKeysWithValues: config.formats.map { ($0, stem + extensions[$0]!) })
        }
        let tags = config.everyTagFeed ? Set(posts.flatMap(\.tags)).filter(isWord).sorted() : config.tagFeeds
        return [main]
            + config.categoryFeeds.map { FeedSpec(scope: .category($0), title: titled($0), files: files("feed/" + $0)) }
            + tags.map { FeedSpec(scope: .tag($0), title: titled($0), files: files("feed/by_tag/" + $0)) }
    }

    /// jekyll-feed's test for tags that get a feed: `[^a-zA-Z0-9_]` must not match.
    private static func isWord(_ tag: String) -> Bool {
        !tag.isEmpty && tag.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
        }
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
