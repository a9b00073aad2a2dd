import Foundation

/// What a post's front matter decides, read without rendering its body:
/// enough to choose which posts reach the feed.
package struct Post: Sendable, Equatable {
    package var file: PostFile
    package var title: String
    package var date: Date
    package var updated: Date?
    /// Site-relative path from the permalink pattern or the post's `permalink`.
    package var permalinkPath: String
    /// `draft: true` or `published: false`.
    package var isDraft: Bool
    /// When the post goes live, when that is not its date (Hugo's `publishDate`).
    package var publishDate: Date?
    /// When the post leaves the feeds (Hugo's `expiryDate`).
    package var expiryDate: Date?
    package var frontMatter: FrontMatter
}
