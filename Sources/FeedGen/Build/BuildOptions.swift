import Foundation

/// How `feedgen build` runs, from its command-line flags.
public struct BuildOptions: Sendable {
    /// Include `draft: true` and `published: false` posts.
    public var includeDrafts = false
    /// Include posts dated after `now`.
    public var includeFuture = false
    /// The clock that decides which posts are due.
    public var now = Date()
    /// Publish the valid posts even when others are broken.
    public var keepGoing = false
    /// Wait for another build to finish instead of exiting busy.
    public var waitForLock = false
    /// Read and write the build cache in the output folder.
    public var useCache = true
    /// Threads that read posts.
    public var threads = ProcessInfo.processInfo.activeProcessorCount

    public init() {}
}
