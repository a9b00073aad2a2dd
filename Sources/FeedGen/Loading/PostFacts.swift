import Foundation

/// What choosing the feed's posts needs of each post: small enough to keep
/// in the build cache for every post of a large site.
///
/// A class, because a build holds and passes around one per post, 100,000 on
/// a large site: copying a reference costs one retain instead of one per field.
final class PostFacts: Sendable {
    let file: PostFile
    /// The file's stamp when the facts were read: the build cache's key.
    let stamp: FileStamp?
    let date: Date
    /// `draft: true` or `published: false`.
    let isDraft: Bool
    /// When the post goes live, when that is not `date` (Hugo's `publishDate`).
    let publishDate: Date?
    /// When the post leaves the feeds (Hugo's `expiryDate`).
    let expiryDate: Date?
    let permalinkPath: String
    /// The front matter `id`, which must be unique like the permalink.
    let id: String?
    /// Line of the front matter `permalink`, for messages about clashes.
    let permalinkLine: Int?
    /// For the per-category and per-tag feeds.
    let categories: [String]
    let tags: [String]
    /// On a Hugo site, what Hugo's order of pages reads besides the date.
    let hugoOrder: HugoOrder?

    /// Hugo's default order of pages (its RSS lists them so): by `weight`
    /// (a weighted page first, 0 last), then newest first, then by link title
    /// (`linkTitle`, else `title`), then by path.
    struct HugoOrder: Sendable, Equatable {
        var weight: Int
        var linkTitle: String
    }

    init(file: PostFile, stamp: FileStamp?, date: Date, isDraft: Bool, publishDate: Date? = nil, expiryDate: Date? = nil, permalinkPath: String, id: String?, permalinkLine: Int?,
         categories: [String], tags: [String], hugoOrder: HugoOrder? = nil) {
        self.file = file
        self.stamp = stamp
        self.date = date
        self.isDraft = isDraft
        self.publishDate = publishDate
        self.expiryDate = expiryDate
        self.permalinkPath = permalinkPath
        self.id = id
        self.permalinkLine = permalinkLine
        self.categories = categories
        self.tags = tags
        self.hugoOrder = hugoOrder
    }

    /// Whether the post is live at `now`: published (`--future` ignores that) and not expired (unless `includingExpired`).
    func isLive(at now: Date, includingFuture: Bool, includingExpired: Bool = false) -> Bool {
        (includingFuture || (publishDate ?? date) <= now) && (includingExpired || expiryDate.map { now < $0 } ?? true)
    }
}
