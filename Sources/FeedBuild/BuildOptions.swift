import FeedModel
import Foundation
import SiteLoading

/// How `feedgen build` runs, from its command-line flags.
package struct BuildOptions: Sendable {
    /// Include `draft: true` and `published: false` posts.
    package var includeDrafts = false
    /// Include posts dated after `now`.
    package var includeFuture = false
    /// Include posts past their expiry date (Hugo's `buildExpired`).
    package var includeExpired = false
    /// The clock that decides which posts are due.
    package var now = Date()
    /// Publish the valid posts even when others are broken.
    package var keepGoing = false
    /// Wait for another build to finish instead of exiting busy.
    package var waitForLock = false
    /// Do everything but publish: write no file, lock or cache, and report what would change.
    package var dryRun = false
    /// Publish what the publish guard would refuse (`--accept-changes`).
    package var acceptChanges = false
    /// Read and write the build cache in the output folder.
    package var useCache = true
    /// Threads that read posts.
    package var threads = ProcessInfo.processInfo.activeProcessorCount
    /// Posts changed less than this many nanoseconds before the build are not
    /// trusted to the cache yet: file times tick only every few milliseconds,
    /// so a second edit of the same size in the same tick would look like none
    /// (git's "racily clean" files). They are read again by the next build.
    var settlingTime: Int64 = 1_000_000_000
    /// Renders the posts with a long block in a child process stopped past
    /// a time limit; the command line sets it, in-process builds (tests) need not.
    package var watchdog: MarkdownWatchdog?
    /// Test seams, set by hidden command-line options: a pause before each
    /// file is published (so that a test can kill the build mid-way), and
    /// the index of the first file whose write fails as on a full disk.
    package var publishDelay: Double?
    package var failingWrite: Int?
    /// A test seam: changes a feed's entries just before it is written, to
    /// prove that validation stops an invalid feed from being published.
    package var editEntries: (@Sendable (inout [Entry]) -> Void)?

    /// Notify the config's WebSub hubs after a build that changed a feed (`--no-ping` turns it off).
    package var pingHubs = true
    /// How long a hub may take to answer one ping.
    var pingTimeout: Double = 5

    package init() {}

    /// What Liquid's `site.posts` and `site.time` show of the posts.
    var visibility: PostVisibility { PostVisibility(includeDrafts: includeDrafts, includeFuture: includeFuture, now: now) }
}
