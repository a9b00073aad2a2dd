import Foundation

/// Which posts a build shows, as Liquid's `site.posts` and `site.time` see
/// them: the build's `--drafts`, `--future` and clock (BuildOptions.visibility).
package struct PostVisibility: Sendable {
    /// Include `draft: true` and `published: false` posts.
    package var includeDrafts = false
    /// Include posts dated after `now`.
    package var includeFuture = false
    /// The clock that decides which posts are due.
    package var now = Date()

    package init(includeDrafts: Bool = false, includeFuture: Bool = false, now: Date = Date()) {
        self.includeDrafts = includeDrafts
        self.includeFuture = includeFuture
        self.now = now
    }
}
