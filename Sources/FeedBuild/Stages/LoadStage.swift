import FeedSupport
import Foundation
import SiteLoading

/// Scan and load: the posts folder's files with their stamps (of a Jekyll
/// site, its `_posts` folders, `_drafts` and category folders), and the posts
/// among them (of a Hugo site, its regular pages), whose front matter is read
/// unless the cache still holds their facts.
extension SiteBuilder {
    func scanPosts() throws(Diagnostic) -> PostFolderScan {
        let boundary = SiteBoundary(siteFolder: config.siteFolder, postsFolder: config.postsFolder)
        if let jekyll = config.jekyll, config.readsJekyllFolders {
            // From the site folder: paths are then Jekyll's own (`notes/_posts/…`), as messages print them.
            let siteDisplay = (postsDisplayPath as NSString).deletingLastPathComponent
            // From `collections_dir` when there is one: `_posts/` and the category folders are below it.
            return try PostFolderScan.read(config.postsFolder.deletingLastPathComponent(), displayBase: siteDisplay, threads: options.threads, stamped: options.useCache,
                                           boundary: boundary, layout: .jekyll(drafts: options.includeDrafts, excluded: jekyll.exclude))
        }
        return try PostFolderScan.read(config.postsFolder, displayBase: postsDisplayPath, threads: options.threads, stamped: options.useCache,
                                       boundary: boundary, layout: config.hugo == nil ? .posts : .hugo)
    }

    /// The files that are posts. A Hugo site is one more way of loading
    /// posts: its regular pages are the posts.
    func listPosts(_ scan: PostFolderScan) -> PostListing {
        config.hugo.map { HugoContent.pages(of: PostListing(scan), site: $0) } ?? PostListing(scan)
    }
}
