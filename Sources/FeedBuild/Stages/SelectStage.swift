import FeedSupport
import Foundation
import SiteLoading

/// Select: which feeds the site has, and which posts each one shows (drafts,
/// future and expired posts, clashes of permalinks and ids, the newest
/// `limit`), and the main feed's archive pages.
extension SiteBuilder {
    /// Which feeds the site has, and which posts each one shows.
    struct Selection {
        var specs: [FeedSpec]
        /// Per spec, newest first; the main feed's first.
        var chosen: [[PostFacts]]
        /// Every post that some feed shows, each once.
        var everyPost: [PostFacts]
        /// Every file the feeds are written to, below the output folder.
        var fileNames: [String]
        /// The main feed's archive pages; `nil` without `"archives"`.
        var archives: ArchivePlan?
    }

    /// The selection, its entries reported, and stray temporary files of an
    /// interrupted build removed (they are named for the files to publish).
    func select(_ facts: [PostFacts], scan: PostFolderScan, publisher: Publisher, report: inout BuildReport) -> Selection {
        var selection = select(facts, diagnostics: &report.diagnostics)
        selection.archives?.settledBefore = scan.startedAt - options.settlingTime
        report.entries = selection.chosen[0].map { ($0.file.displayPath, config.url + $0.permalinkPath) }
        if !options.dryRun { publisher.removeLeftovers(besides: selection.fileNames) }
        return selection
    }

    func select(_ facts: [PostFacts], diagnostics: inout [Diagnostic]) -> Selection {
        let specs = FeedSpec.all(for: config, posts: facts)
        let candidates = PostCandidates(facts, options: options)
        let main = choose(facts, candidates, diagnostics: &diagnostics)
        // Each category's or tag's feed picks its newest posts among the same candidates;
        // clashes were already reported for the main feed.
        var reported: [Diagnostic] = []
        let chosen = specs.map { spec in spec.scope == .all ? main : choose(facts.filter(spec.includes), diagnostics: &reported) }
        return Selection(
            specs: specs, chosen: chosen, everyPost: chosen.joined().uniqued(by: \.file.relativePath),
            fileNames: specs.flatMap { spec in config.formats.compactMap { spec.files[$0] } },
            archives: ArchivePlan(config: config, oldestFirst: config.archivePageSize == nil ? [] : candidates.oldestFirst(facts))
        )
    }

    /// The posts that reach the feed, newest first: drafts and future posts
    /// left out unless asked for. Two posts may not share a permalink or an
    /// id: the second (in path order) is left out, and that is an error when
    /// either would reach the feed (an entry would take over the other's id),
    /// a warning otherwise, as Jekyll warns of a conflict and goes on.
    func choose(_ posts: [PostFacts], diagnostics: inout [Diagnostic]) -> [PostFacts] {
        choose(posts, PostCandidates(posts, options: options), diagnostics: &diagnostics)
    }

    func choose(_ posts: [PostFacts], _ candidates: PostCandidates, diagnostics: inout [Diagnostic]) -> [PostFacts] {
        let (visible, clashes, left) = (candidates.visible, candidates.clashes, candidates.left)
        // The feed shows the newest first.
        func newer(_ a: Int, _ b: Int) -> Bool { PostCandidates.isNewer(a, than: b, in: posts) }
        // The newest `limit` posts, kept sorted while scanning, rather than sorting every post.
        var chosen: [Int] = []
        for index in visible where !left.contains(index) {
            guard chosen.count < config.limit || newer(index, chosen[chosen.count - 1]) else { continue }
            let position = chosen.firstIndex { newer(index, $0) } ?? chosen.count
            chosen.insert(index, at: position)
            if chosen.count > config.limit { chosen.removeLast() }
        }
        let inFeed = Set(chosen)
        for clash in clashes {
            // The one left out would have reached the feed if it is newer than the oldest entry.
            let wouldReach = chosen.count < config.limit || chosen.last.map { newer(clash.index, $0) } ?? true
            let location = SourceLocation(path: posts[clash.index].file.displayPath, line: clash.line)
            if inFeed.contains(clash.first) || wouldReach {
                diagnostics.append(.error(location, clash.reason))
            } else {
                diagnostics.append(.warning(location, BuildReason.leftOut(clash.reason)))
            }
        }
        return chosen.map { posts[$0] }
    }
}
