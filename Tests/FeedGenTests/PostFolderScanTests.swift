import Foundation
import Testing
import FeedGen
@testable import SiteLoading

/// Which files of the posts folder are posts, in which order, and what a
/// change to any of them does to the folder's fingerprint.
@Suite struct PostFolderScanTests {
    func scan(_ site: TemporarySite, threads: Int = 2) throws -> PostFolderScan {
        try PostFolderScan.read(site.url("posts"), displayBase: "posts", threads: threads)
    }

    @Test func postsAreMarkdownFilesInAnyFolderExceptHiddenAndUnderscoredOnes() throws {
        let site = try TemporarySite(posts: [
            "2024-05-01-a.md": "a", "2024/2024-05-02-b.markdown": "b", "2024/nested/2024-05-03-c.MD": "c",
            ".hidden.md": "x", "_index.md": "x", "notes.txt": "x", "_drafts/2024-05-04-d.md": "x", ".git/x.md": "x", "README": "x",
        ])
        let listing = PostListing(try scan(site))
        // Byte order: "-" (2D) sorts before "/" (2F).
        #expect(listing.relativePaths == ["2024-05-01-a.md", "2024/2024-05-02-b.markdown", "2024/nested/2024-05-03-c.MD"])
        #expect(listing.stamps.map { $0?.size } == [1, 1, 1])
    }

    @Test func symbolicLinkToAFolderReadAlreadyIsNotFollowed() throws {
        let site = try TemporarySite(posts: ["2024-05-01-a.md": "a", "2024/2024-05-02-b.md": "b"])
        try FileManager.default.createSymbolicLink(atPath: site.url("posts/2024/loop").path, withDestinationPath: "..")
        let listing = PostListing(try scan(site))
        #expect(listing.relativePaths == ["2024-05-01-a.md", "2024/2024-05-02-b.md"])
    }

    @Test func folderReachableTwiceIsReadUnderItsFirstNameInNameOrder() throws {
        let site = try TemporarySite(posts: ["b/2024-05-01-a.md": "a"])
        try FileManager.default.createSymbolicLink(atPath: site.url("posts/a").path, withDestinationPath: "b")
        try FileManager.default.createSymbolicLink(atPath: site.url("posts/c").path, withDestinationPath: "b")
        #expect(PostListing(try scan(site)).relativePaths == ["a/2024-05-01-a.md"])
    }

    @Test func fingerprintChangesWithEveryEditAndNotWithTheThreads() throws {
        let site = try TemporarySite(posts: (1...3000).reduce(into: [:]) { posts, day in posts["p/\(day % 7)/post-\(day).md"] = "post \(day)" })
        let first = try scan(site).fingerprint
        #expect(first.count == 3000)
        #expect(try scan(site, threads: 1).fingerprint == first)
        try site.write("posts/p/3/post-10.md", "post 10, edited")
        let edited = try scan(site).fingerprint
        #expect(edited != first)
        try FileManager.default.moveItem(at: site.url("posts/p/3/post-10.md"), to: site.url("posts/p/3/post-10b.md"))
        #expect(try scan(site).fingerprint != edited)
    }
}
