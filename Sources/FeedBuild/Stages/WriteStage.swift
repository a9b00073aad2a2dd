import FeedModel
import FeedSupport
import FeedValidation
import FeedWriters
import Foundation

/// Write and validate: each feed in each format written from the model,
/// fitted to `max_bytes`, and validated; nothing goes on unless every
/// document is valid (with `--keep-going`, without the posts that are not).
extension SiteBuilder {
    /// Every feed in every format, validated; `nil` when any of them is invalid.
    /// With `--keep-going`, a post whose entry makes a feed invalid is left
    /// out (its errors said) and the feeds are written again without it.
    func writeDocuments(_ selection: Selection, entries: [String: Entry], diagnostics: inout [Diagnostic]) -> [Document]? {
        // One validator for every document, so each schema is compiled once.
        let validator = FeedValidator()
        var entries = entries
        while true {
            var found: [Diagnostic] = []
            var culprits = Culprits()
            let documents = writeDocuments(selection, entries: entries, validator: validator, diagnostics: &found, culprits: &culprits)
            guard documents == nil, options.keepGoing, !culprits.unattributed, !culprits.sources.isEmpty else {
                diagnostics += found
                return documents
            }
            diagnostics += found.filter { $0.severity == .error }
            entries = entries.filter { !culprits.sources.contains($0.value.sourcePath) }
        }
    }

    /// The posts (by source path) whose entries the validator found wrong,
    /// and whether some problem was in no entry.
    struct Culprits {
        var sources: Set<String> = []
        var unattributed = false
    }

    func writeDocuments(_ selection: Selection, entries: [String: Entry], validator: FeedValidator, diagnostics: inout [Diagnostic],
                                culprits: inout Culprits) -> [Document]? {
        var documents: [Document] = []
        var invalid = false
        for (spec, chosen) in zip(selection.specs, selection.chosen) {
            var feedEntries = chosen.compactMap { entries[$0.file.relativePath] }
            options.editEntries?(&feedEntries)
            var feed = makeFeed(spec, feedEntries)
            if feed.entries.isEmpty { feed.updated = emptyFeedDate(spec) }
            if spec.scope == .all { feed.history = selection.archives?.subscriptionHistory() }
            feed.hubs = config.hubs
            for format in config.formats {
                guard let name = spec.files[format] else { continue }
                let path = DisplayPath.of(config.outputFolder.appendingPathComponent(name))
                guard let fitted = SizeBudget(maxBytes: config.maxBytes).fit(feed, write: { Self.write($0, as: format) }) else {
                    invalid = true
                    culprits.unattributed = true
                    diagnostics.append(.error(SourceLocation(path: path), FeedReason.budgetTooSmall(maxBytes: config.maxBytes ?? 0)))
                    continue
                }
                let (problems, parsed) = validate(fitted.bytes, as: format, name: name, of: fitted.feed, with: validator, culprits: &culprits)
                invalid = invalid || !problems.isEmpty
                diagnostics += problems
                if let warning = SizeBudget.readerWarning(size: fitted.bytes.count, path: path) { diagnostics.append(warning) }
                // The size budget leaves out the oldest entries: the posts of those it kept.
                let posts = chosen.filter { entries[$0.file.relativePath] != nil }.prefix(fitted.feed.entries.count)
                    .map { PublishedFiles.key(ofPost: $0.file.path, site: config.siteFolder) }
                documents.append(Document(name: name, format: format, bytes: fitted.bytes, entryCount: fitted.feed.entries.count, fitting: fitted.fitting,
                                          entries: fitted.feed.entries, posts: posts, parsed: parsed))
            }
        }
        return invalid ? nil : documents
    }

    /// A file ready to publish.
    struct Document {
        var name: String
        var format: FeedFormat
        var bytes: [UInt8]
        var entryCount: Int
        var fitting: SizeFitting?
        var entries: [Entry]
        /// The post of each entry, as the record of published files names it.
        var posts: [String]
        /// `bytes` as the validator parsed them: the publish plan reads the new feed from it.
        var parsed: ParsedFeed?
    }

    /// Every problem in a document about to be published, each naming the
    /// file, the entry and the post it came from.
    func validate(_ bytes: [UInt8], as format: FeedFormat, name: String, of feed: Feed, with validator: FeedValidator) -> [Diagnostic] {
        var culprits = Culprits()
        return validate(bytes, as: format, name: name, of: feed, with: validator, culprits: &culprits).problems
    }

    /// The same, noting in `culprits` the posts whose entries have problems.
    func validate(_ bytes: [UInt8], as format: FeedFormat, name: String, of feed: Feed, with validator: FeedValidator,
                  culprits: inout Culprits) -> (problems: [Diagnostic], parsed: ParsedFeed?) {
        let path = DisplayPath.of(config.outputFolder.appendingPathComponent(name))
        let (problems, parsed) = validator.check(bytes, as: format)
        return (problems.map { problem in
            let problem = problem.inFile(path)
            guard let index = problem.location.entryIndex, feed.entries.indices.contains(index) else {
                culprits.unattributed = true
                return problem
            }
            let entry = feed.entries[index]
            culprits.sources.insert(entry.sourcePath)
            return .error(SourceLocation(path: path, line: problem.location.line, column: problem.location.column),
                          FeedReason.inEntry(problem.message, id: entry.id, title: entry.title, source: entry.sourcePath))
        }, parsed)
    }

    /// An empty feed has no newest entry to date it: it is dated when it was
    /// first published empty (the date it carries, if the published file is
    /// an empty feed too), else by the build's clock. So an empty feed keeps
    /// its bytes from build to build, and never says 1970 (or, west of
    /// Greenwich, 1969).
    func emptyFeedDate(_ spec: FeedSpec) -> Date {
        for format in [FeedFormat.atom, .rss] {
            guard let name = spec.files[format],
                  let live = PublishedFeed.read(name, in: config.outputFolder, as: format),
                  live.items.isEmpty, let updated = live.updated
            else { continue }
            return updated
        }
        return Date(timeIntervalSince1970: options.now.timeIntervalSince1970.rounded(.down))
    }

    func makeFeed(_ spec: FeedSpec, _ entries: [Entry]) -> Feed {
        var feed = Feed(
            title: spec.title, description: config.description, siteURL: config.url + "/",
            language: config.language, authors: config.author.map { [$0] } ?? [],
            iconURL: config.iconURL, logoURL: config.logoURL,
            selfURLs: spec.files.mapValues { config.feedsURL + $0 },
            timeZone: config.timeZone, entries: entries
        )
        // jekyll-feed's subscribers read its Atom feed, which named one author per entry.
        feed.atomNamesFirstAuthorOnly = config.ids == .jekyllFeed
        return feed
    }

    static func write(_ feed: Feed, as format: FeedFormat) -> String {
        switch format {
        case .atom: AtomWriter.write(feed)
        case .rss: RSSWriter.write(feed)
        case .json: JSONFeedWriter.write(feed)
        }
    }
}
