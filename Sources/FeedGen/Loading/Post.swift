import Foundation

/// What a post's front matter decides, read without rendering its body:
/// enough to choose which posts reach the feed.
public struct Post: Sendable, Equatable {
    public var file: PostFile
    public var title: String
    public var date: Date
    public var updated: Date?
    /// Site-relative path from the permalink pattern or the post's `permalink`.
    public var permalinkPath: String
    /// `draft: true` or `published: false`.
    public var isDraft: Bool
    /// When the post goes live, when that is not its date (Hugo's `publishDate`).
    public var publishDate: Date?
    /// When the post leaves the feeds (Hugo's `expiryDate`).
    public var expiryDate: Date?
    var frontMatter: FrontMatter
}
