import FeedModel
import FeedSupport
import FeedWriters
import Foundation
import SiteLoading

/// What publishing the new documents would do to the output folder, decided
/// before anything is written: each file's change for subscribers, what the
/// publish guard refuses, which files are not feedgen's to replace, and
/// which files feedgen published earlier and no longer makes.
struct PublishPlan {
    /// One per document, in the documents' order.
    var changes: [FeedChange]
    /// Whether each document's bytes differ from the file's.
    var rewrites: [Bool]
    /// The guard's refusals, each naming its feed file.
    var refusals: [Diagnostic] = []
    /// Files in the way that feedgen did not publish: nothing is published while they are.
    var foreign: [Diagnostic] = []
    /// Names below the output folder that feedgen published and no longer makes: feeds no longer configured,
    var removals: [String] = []
    /// and archive pages no longer made (fewer pages, a format or `"archives"` gone).
    var archiveRemovals: [String] = []
    /// The record as it was, and as it will be once the documents are published.
    var previousRecord: PublishedFiles?
    var record: PublishedFiles

    /// `replacesHugosRSS`: on a Hugo site, the RSS file Hugo wrote where the
    /// feed goes is the feed feedgen takes over (`hugo && feedgen build`).
    /// `archivePages`: the archive pages this build makes (`ArchivePages` checks
    /// whose they are when it writes them); `lastBuildsArchivePages`: those the
    /// last build's cache says it made and that are as it left them, which a
    /// record of version 1 does not name.
    init(_ documents: [SiteBuilder.Document], archivePages: [String] = [], lastBuildsArchivePages: [String] = [], folder: URL, postsDisplayPath: String,
         displayPost: @escaping (String) -> String, limit: Int, fingerprints: Bool, replacesHugosRSS: Bool = false, jekyllSite: URL? = nil) {
        let previous = PublishedFiles.read(in: folder)
        previousRecord = previous
        let postsOfIDs = previous?.posts ?? [:]
        var changes: [FeedChange] = []
        var rewrites: [Bool] = []
        var record = PublishedFiles()
        for document in documents {
            let url = folder.appendingPathComponent(document.name)
            let path = DisplayPath.of(url)
            let found = OutputFolder.existing(document.name, in: folder)
            var existing: [UInt8]?
            if case .file(let bytes) = found { existing = bytes }
            let live = existing.flatMap { PublishedFeed.read($0, as: document.format, fingerprints: fingerprints) }
            if existing != nil, !Self.isFeedgens(document.name, format: document.format, live: live, record: previous),
               !(replacesHugosRSS && document.format == .rss && Self.isHugos(live)),
               !(jekyllSite.map { Self.isJekyllFeeds(document.name, format: document.format, live: live, site: $0) } ?? false) {
                // On a Jekyll site, the file is most likely what the site's own feed template made.
                if let site = jekyllSite, let source = ExistingFeeds.find(in: site, siteURL: "", base: "").handWritten.first(where: { ($0.path as NSString).lastPathComponent == document.name }) {
                    foreign.append(.error(SourceLocation(path: path), BuildReason.madeByJekyll(source: source.file)))
                } else {
                    foreign.append(.error(SourceLocation(path: path), BuildReason.notFeedgens))
                }
            }
            // A document that is the live file byte for byte reads the same: most of
            // a site's feeds on a build after one post changed, so read them once.
            let unchanged = existing == document.bytes
            // Any other is read from the tree the validator parsed it into.
            let newFeed = unchanged ? live : document.parsed.flatMap { PublishedFeed.read($0, as: document.format, fingerprints: fingerprints) }
                ?? PublishedFeed.read(document.bytes, as: document.format, fingerprints: fingerprints)
            let newItems = newFeed?.items ?? []
            let new = zip(newItems, document.posts).map { FeedChange.NewItem(item: $0, post: $1) }
            let change = FeedChange(name: document.name, published: live, new: new, postsOfIDs: postsOfIDs)
            refusals += PublishGuard(feedPath: path, postsDisplayPath: postsDisplayPath, displayPost: displayPost,
                                     hasRoom: document.entryCount < limit && (document.fitting?.leftOut ?? 0) == 0).refusals(change)
            changes.append(change)
            rewrites.append(!unchanged)
            record.files.append(document.name)
            for item in new { record.posts[item.item.id] = item.post }
        }
        record.files += archivePages
        let made = Set(record.files)
        var lastOnes = previous?.files ?? []
        let recorded = Set(lastOnes)
        lastOnes += lastBuildsArchivePages.filter { !recorded.contains($0) }
        for name in lastOnes where !made.contains(name) {
            guard case .file = OutputFolder.existing(name, in: folder) else { continue }
            if ArchivePlan.page(ofFileName: name) != nil { archiveRemovals.append(name) } else { removals.append(name) }
        }
        record.files.sort()
        self.changes = changes
        self.rewrites = rewrites
        self.record = record
    }

    /// What a file in the way that feedgen did not publish makes the build say.
    /// Whether the file already at `name` is one feedgen published: the
    /// record names it; or, in a folder without a record (published by a
    /// feedgen from before the record), it is a feed that says feedgen made
    /// it: its generator (Atom, RSS), or, for JSON Feed, which has no
    /// generator field, a `feed_url` naming this file.
    static func isFeedgens(_ name: String, format: FeedFormat, live: PublishedFeed?, record: PublishedFiles?) -> Bool {
        if let record { return record.files.contains(name) }
        guard let live else { return false }
        switch format {
        case .atom, .rss: return live.generator.map { $0 == FeedGenerator.name || $0.hasPrefix(FeedGenerator.name + " ") } ?? false
        case .json: return live.selfURL?.hasSuffix("/" + name) ?? false
        }
    }

    /// Whether a feed is the one jekyll-feed made on a Jekyll site (`jekyll
    /// build && feedgen build` in the same `_site`): an Atom file whose
    /// generator is Jekyll, where the site's source has no feed of that name
    /// of its own (a hand-written feed is the site's, and never replaced).
    /// Only asked when such a file is in the way, so the source is looked at rarely.
    private static func isJekyllFeeds(_ name: String, format: FeedFormat, live: PublishedFeed?, site: URL) -> Bool {
        guard format == .atom, live?.generator == "Jekyll" else { return false }
        return !ExistingFeeds.find(in: site, siteURL: "", base: "").handWritten.contains { ($0.path as NSString).lastPathComponent == name }
    }

    /// Whether a feed is one Hugo made: its generator is Hugo's (`Hugo --
    /// gohugo.io` in Hugo's own template, `Hugo 0.111.3` and the like in others).
    private static func isHugos(_ live: PublishedFeed?) -> Bool {
        live?.generator.map { $0 == "Hugo" || $0.hasPrefix("Hugo ") } ?? false
    }

    /// The record to keep while the documents are being published: the old
    /// files and the new, so that a crash leaves none of them unclaimed.
    var recordWhilePublishing: PublishedFiles {
        var union = record
        union.files = Array(Set(record.files + (previousRecord?.files ?? []))).sorted()
        union.posts = (previousRecord?.posts ?? [:]).merging(record.posts) { $1 }
        return union
    }
}
