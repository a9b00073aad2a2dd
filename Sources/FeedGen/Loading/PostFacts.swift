import Foundation

/// What choosing the feed's posts needs of each post: small enough to keep
/// in the build cache for every post of a large site.
struct PostFacts: Sendable, Equatable {
    var file: PostFile
    var date: Date
    /// `draft: true` or `published: false`.
    var isDraft: Bool
    var permalinkPath: String
    /// The front matter `id`, which must be unique like the permalink.
    var id: String?
    /// Line of the front matter `permalink`, for messages about clashes.
    var permalinkLine: Int?
    /// For the per-category and per-tag feeds.
    var categories: [String] = []
    var tags: [String] = []
}
