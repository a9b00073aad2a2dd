import FeedModel
import FeedSupport

/// What a build did, for the command line to print.
package struct BuildReport: Sendable {
    package struct Output: Sendable, Equatable {
        /// The file below the output folder.
        package var name: String
        package var format: FeedFormat
        package var path: String
        package var entryCount: Int
        package var written: Bool
        /// What `"max_bytes"` made the build leave out; `nil` when the feed fitted whole.
        package var fitting: SizeFitting?
    }

    /// What one file's new document changes for its subscribers.
    package struct Change: Sendable, Equatable {
        package var path: String
        package var entryCount: Int
        /// Whether the bytes differ from the file's (or there is no file yet).
        package var rewrites: Bool
        /// Each entry as `"title" link (post)`.
        package var added: [String]
        package var removed: [String]
        package var changed: [String]
    }

    /// One format's archive pages (RFC 5005), all published or left as they were.
    package struct ArchiveOutput: Sendable, Equatable {
        package var format: FeedFormat
        /// The oldest page's path and the newest's.
        package var firstPath: String
        package var lastPath: String
        package var pageCount: Int
        package var writtenCount: Int
        /// The numbers of the pages written (in a dry run: that would be), oldest first.
        package var writtenPages: [Int] = []
        package var entryCount: Int
    }

    /// One format's archive pages that feedgen published and no longer makes.
    package struct ArchiveRemoval: Sendable, Equatable {
        package var format: FeedFormat
        /// The oldest page's path and the newest's.
        package var firstPath: String
        package var lastPath: String
        package var pageCount: Int
    }

    /// Every warning and error, in the order the pipeline found them.
    package var diagnostics: [Diagnostic] = []
    /// The files published (or left unchanged); empty when nothing was published.
    package var outputs: [Output] = []
    /// The archive pages, per format; empty without `"archives"` or when the feed is complete.
    /// In a dry run, the pages it would publish.
    package var archives: [ArchiveOutput] = []
    /// Archive pages feedgen published earlier and no longer makes, per format: removed, or, in a dry run, to be removed.
    package var archiveRemovals: [ArchiveRemoval] = []
    /// The files that were valid but could not be written (a full disk, a
    /// planted link); each keeps its previous version.
    package var unwritten: [String] = []
    /// Each post that reached the feed, newest first, with its permalink, for `--verbose`.
    package var entries: [(path: String, url: String)] = []
    /// How many posts there are.
    package var postCount = 0
    /// How many posts had their front matter parsed; the others came from the build cache.
    package var parsedCount = 0
    /// How many posts had their body read and rendered: only those that reach the feed.
    package var renderedCount = 0

    /// Per document written (valid), what it changes; also in a dry run.
    package var changes: [Change] = []
    /// Files feedgen published earlier and no longer makes: removed, or, in a dry run, to be removed.
    package var removals: [String] = []
    /// What the publish guard has against the change, whether or not `--accept-changes` lets it through.
    package var refusals: [Diagnostic] = []
    /// Whether the publish guard refused the change (its reasons are among the diagnostics).
    package var refusedByGuard = false
    /// The main feed's entries, each marked `new`, `changed` or `unchanged` against the published feed, for `feedgen preview`.
    package var preview: [(entry: Entry, mark: String)] = []

    package var succeeded: Bool { !diagnostics.hasErrors }
}
