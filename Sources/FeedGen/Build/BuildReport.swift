/// What a build did, for the command line to print.
public struct BuildReport: Sendable {
    public struct Output: Sendable, Equatable {
        /// The file below the output folder.
        public var name: String
        public var format: FeedFormat
        public var path: String
        public var entryCount: Int
        public var written: Bool
        /// What `"max_bytes"` made the build leave out; `nil` when the feed fitted whole.
        public var fitting: SizeFitting?
    }

    /// What one file's new document changes for its subscribers.
    public struct Change: Sendable, Equatable {
        public var path: String
        public var entryCount: Int
        /// Whether the bytes differ from the file's (or there is no file yet).
        public var rewrites: Bool
        /// Each entry as `"title" link (post)`.
        public var added: [String]
        public var removed: [String]
        public var changed: [String]
    }

    /// One format's archive pages (RFC 5005), all published or left as they were.
    public struct ArchiveOutput: Sendable, Equatable {
        public var format: FeedFormat
        /// The oldest page's path and the newest's.
        public var firstPath: String
        public var lastPath: String
        public var pageCount: Int
        public var writtenCount: Int
        /// The numbers of the pages written (in a dry run: that would be), oldest first.
        public var writtenPages: [Int] = []
        public var entryCount: Int
    }

    /// One format's archive pages that feedgen published and no longer makes.
    public struct ArchiveRemoval: Sendable, Equatable {
        public var format: FeedFormat
        /// The oldest page's path and the newest's.
        public var firstPath: String
        public var lastPath: String
        public var pageCount: Int
    }

    /// Every warning and error, in the order the pipeline found them.
    public var diagnostics: [Diagnostic] = []
    /// The files published (or left unchanged); empty when nothing was published.
    public var outputs: [Output] = []
    /// The archive pages, per format; empty without `"archives"` or when the feed is complete.
    /// In a dry run, the pages it would publish.
    public var archives: [ArchiveOutput] = []
    /// Archive pages feedgen published earlier and no longer makes, per format: removed, or, in a dry run, to be removed.
    public var archiveRemovals: [ArchiveRemoval] = []
    /// The files that were valid but could not be written (a full disk, a
    /// planted link); each keeps its previous version.
    public var unwritten: [String] = []
    /// Each post that reached the feed, newest first, with its permalink, for `--verbose`.
    public var entries: [(path: String, url: String)] = []
    /// How many posts there are.
    public var postCount = 0
    /// How many posts had their front matter parsed; the others came from the build cache.
    public var parsedCount = 0
    /// How many posts had their body read and rendered: only those that reach the feed.
    public var renderedCount = 0

    /// Per document written (valid), what it changes; also in a dry run.
    public var changes: [Change] = []
    /// Files feedgen published earlier and no longer makes: removed, or, in a dry run, to be removed.
    public var removals: [String] = []
    /// What the publish guard has against the change, whether or not `--accept-changes` lets it through.
    public var refusals: [Diagnostic] = []
    /// Whether the publish guard refused the change (its reasons are among the diagnostics).
    public var refusedByGuard = false
    /// The main feed's entries, each marked `new`, `changed` or `unchanged` against the published feed, for `feedgen preview`.
    public var preview: [(entry: Entry, mark: String)] = []

    public var succeeded: Bool { !diagnostics.hasErrors }
}
