import FeedSupport
import Foundation

/// What choosing the feed's posts needs of each post: small enough to keep
/// in the build cache for every post of a large site.
///
/// A class, because a build holds and passes around one per post, 100,000 on
/// a large site: copying a reference costs one retain instead of one per field.
package final class PostFacts: Sendable {
    package let file: PostFile
    /// The file's stamp when the facts were read: the build cache's key.
    package let stamp: FileStamp?
    package let date: Date
    /// `draft: true` or `published: false`.
    package let isDraft: Bool
    /// When the post goes live, when that is not `date` (Hugo's `publishDate`).
    package let publishDate: Date?
    /// When the post leaves the feeds (Hugo's `expiryDate`).
    package let expiryDate: Date?
    package let permalinkPath: String
    /// The front matter `id`, which must be unique like the permalink.
    package let id: String?
    /// Line of the front matter `permalink`, for messages about clashes.
    package let permalinkLine: Int?
    /// For the per-category and per-tag feeds.
    package let categories: [String]
    package let tags: [String]
    /// On a Hugo site, what Hugo's order of pages reads besides the date.
    package let hugoOrder: HugoOrder?

    /// Hugo's default order of pages (its RSS lists them so): by `weight`
    /// (a weighted page first, 0 last), then newest first, then by link title
    /// (`linkTitle`, else `title`), then by path.
    package struct HugoOrder: Sendable, Equatable {
        package var weight: Int
        package var linkTitle: String

        package init(weight: Int, linkTitle: String) {
            (self.weight, self.linkTitle) = (weight, linkTitle)
        }
    }

    package init(file: PostFile, stamp: FileStamp?, date: Date, isDraft: Bool, publishDate: Date? = nil, expiryDate: Date? = nil, permalinkPath: String, id: String?, permalinkLine: Int?,
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
    package func isLive(at now: Date, includingFuture: Bool, includingExpired: Bool = false) -> Bool {
        (includingFuture || (publishDate ?? date) <= now) && (includingExpired || expiryDate.map { now < $0 } ?? true)
    }
}
