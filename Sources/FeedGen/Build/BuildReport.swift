/// What a build did, for the command line to print.
public struct BuildReport: Sendable {
    public struct Output: Sendable, Equatable {
        public var format: FeedFormat
        public var path: String
        public var entryCount: Int
        public var written: Bool
        /// What `"max_bytes"` made the build leave out; `nil` when the feed fitted whole.
        public var fitting: SizeFitting?
    }

    /// Every warning and error, in the order the pipeline found them.
    public var diagnostics: [Diagnostic] = []
    /// The files published (or left unchanged); empty when nothing was published.
    public var outputs: [Output] = []
    /// Each post that reached the feed, newest first, with its permalink, for `--verbose`.
    public var entries: [(path: String, url: String)] = []
    /// How many posts there are.
    public var postCount = 0
    /// How many posts had their front matter parsed; the others came from the build cache.
    public var parsedCount = 0
    /// How many posts had their body read and rendered: only those that reach the feed.
    public var renderedCount = 0

    public var succeeded: Bool { !diagnostics.hasErrors }
}
