import FeedModel
import FeedSupport
import FeedValidation
import Foundation
import SiteLoading

/// The archive pages' stage of a build (`ArchivePlan`): a page whose
/// fingerprint and files are as the last build left them is not read at
/// all; the others are rendered, a few pages at a time, written in every
/// format, validated and staged (in a dry run only compared with the files).
/// Nothing is put in place until every page and every feed is valid, and a
/// file feedgen did not publish is never replaced. The pages are published
/// files like the feeds: `.feedgen-published` names them, and `PublishPlan`
/// removes those no longer made.
struct ArchivePages {
    var builder: SiteBuilder
    var plan: ArchivePlan
    /// The main feed, whose pages these are.
    var spec: FeedSpec

    /// One page file of this build.
    struct Planned {
        var name: String
        var format: FeedFormat
        var entryCount: Int
        var fingerprint: String
        var written: Bool
    }

    /// The pages staged, ready to be put in place.
    struct Staged {
        var files: StagedFiles
        var planned: [Planned]
    }

    /// Pages rendered together: enough posts to keep both threads busy, few
    /// enough that a cold build of 100,000 posts holds little in memory.
    static let pagesPerBatch = 32

    /// Stages every page that changed; `nil` when a page is invalid, a post
    /// is broken (unless `--keep-going`) or a file in a page's place is not
    /// feedgen's, with the problems in the report. `known` are entries already
    /// made for the subscription feed. A dry run stages nothing: its pages
    /// only say whether they would be written.
    func stage(previous: BuildCache?, known: [String: Entry], site: LiquidSite, loader: PostLoader, publisher: Publisher, dryRun: Bool,
               report: inout BuildReport) -> Staged? {
        if !dryRun { AtomicFile.removeLeftovers(in: publisher.folder, subfolder: ArchivePlan.folder) }
        var ownership = Ownership(folder: publisher.folder)
        let cached = Dictionary((previous?.archivePages ?? []).map { ($0.name, $0) }) { first, _ in first }
        var files = StagedFiles(folder: publisher.folder)
        // By page, so that the list is in page order whichever pages are rendered.
        var planned = [[Planned]](repeating: [], count: plan.pages.count)
        var stale: [ArchivePlan.Page] = []
        for page in plan.pages {
            let names = plan.formats.map { ArchivePlan.fileName(page: page.number, format: $0) }
            let kept = names.compactMap { name in
                cached[name].flatMap { $0.fingerprint == page.fingerprint && publisher.stamp(of: name) == $0.stamp ? $0 : nil }
            }
            if kept.count == names.count {
                planned[page.number - 1] = kept.map { Planned(name: $0.name, format: $0.format, entryCount: $0.entryCount, fingerprint: $0.fingerprint, written: false) }
            } else {
                stale.append(page)
            }
        }
        let validator = FeedValidator()
        var invalid = false
        var foreign = false
        for start in stride(from: 0, to: stale.count, by: Self.pagesPerBatch) {
            let batch = stale[start..<min(start + Self.pagesPerBatch, stale.count)]
            var entries = known
            let rendered = report.renderedCount
            let missing = batch.flatMap(\.posts).filter { known[$0.file.relativePath] == nil }
            let said = report.diagnostics.count
            entries.merge(builder.makeEntries(missing, site: site, loader: loader, report: &report)) { first, _ in first }
            report.renderedCount += rendered
            // A page whose posts had something to say is rendered again next time, so it is said again.
            let warned = Set(report.diagnostics[said...].map(\.location.path))
            guard builder.options.keepGoing || !report.diagnostics.hasErrors else { break }
            for page in batch {
                var feed = builder.makeFeed(spec, page.posts.reversed().compactMap { entries[$0.file.relativePath] })
                (feed.selfURLs, feed.history) = plan.links(of: page, current: feed.selfURLs)
                if let updated = page.updated { feed.updated = updated }
                for format in plan.formats {
                    let name = ArchivePlan.fileName(page: page.number, format: format)
                    let bytes = Array(SiteBuilder.write(feed, as: format).utf8)
                    let problems = builder.validate(bytes, as: format, name: name, of: feed, with: validator)
                    report.diagnostics += problems
                    invalid = invalid || !problems.isEmpty
                    let existing = OutputFolder.existing(name, in: publisher.folder)
                    if case .file(let old) = existing, old != bytes, !ownership.isFeedgens(name, format: format, bytes: old) {
                        report.diagnostics.append(.error(SourceLocation(path: publisher.path(of: name)), BuildReason.notFeedgens))
                        foreign = true
                    }
                    guard !invalid, !foreign else { continue }
                    do {
                        var written = true
                        if case .file(let old) = existing, old == bytes {
                            written = false
                        } else if !dryRun {
                            try files.stage(bytes, as: name)
                        }
                        // An unsettled page is rendered again next time.
                        let trusted = page.newestChange <= plan.settledBefore && !page.posts.contains { warned.contains($0.file.displayPath) }
                        let fingerprint = trusted ? page.fingerprint : ""
                        planned[page.number - 1].append(Planned(name: name, format: format, entryCount: feed.entries.count, fingerprint: fingerprint, written: written))
                    } catch {
                        report.diagnostics.append(error)
                        invalid = true
                    }
                }
            }
        }
        guard !invalid, !foreign, builder.options.keepGoing || !report.diagnostics.hasErrors else {
            files.discard()
            return nil
        }
        return Staged(files: files, planned: planned.flatMap { $0 })
    }

    /// Whose the files in the pages' places are: feedgen's when the record
    /// names them, or, with a record of version 1 or none, when they say so
    /// (as `PublishPlan` tells feeds). The record is read once, when a page
    /// is about to replace a file with other bytes.
    struct Ownership {
        let folder: URL
        private var recorded: Set<String>??

        init(folder: URL) {
            self.folder = folder
        }

        mutating func isFeedgens(_ name: String, format: FeedFormat, bytes: [UInt8]) -> Bool {
            if recorded == nil {
                recorded = .some(PublishedFiles.read(in: folder).flatMap { $0.namesArchivePages ? Set($0.files) : nil })
            }
            if case .some(.some(let names)) = recorded { return names.contains(name) }
            return PublishPlan.isFeedgens(name, format: format, live: PublishedFeed.read(bytes, as: format, fingerprints: false), record: nil)
        }
    }

    /// Puts the staged pages in place and reports them; the pages as the cache keeps them.
    static func publish(_ staged: inout Staged, publisher: Publisher, report: inout BuildReport) -> [BuildCache.ArchivePage]? {
        do { try staged.files.commit() } catch {
            report.diagnostics.append(error)
            return nil
        }
        report.archives = summary(of: staged, publisher: publisher)
        return staged.planned.compactMap { planned in
            publisher.stamp(of: planned.name).map {
                BuildCache.ArchivePage(name: planned.name, format: planned.format, entryCount: planned.entryCount, stamp: $0, fingerprint: planned.fingerprint)
            }
        }
    }

    /// The staged pages' summary (a dry run's: what it would write).
    static func summary(of staged: Staged, publisher: Publisher) -> [BuildReport.ArchiveOutput] {
        summary(staged.planned.map { ($0.name, $0.format, $0.entryCount, $0.written) }, publisher: publisher)
    }

    /// One line's worth per format: how many pages, which written, how many entries.
    static func summary(_ pages: [(name: String, format: FeedFormat, entryCount: Int, written: Bool)], publisher: Publisher) -> [BuildReport.ArchiveOutput] {
        FeedFormat.allCases.compactMap { format in
            let ofFormat = pages.filter { $0.format == format }
            guard let first = ofFormat.first, let last = ofFormat.last else { return nil }
            let written = ofFormat.filter(\.written).compactMap { ArchivePlan.page(ofFileName: $0.name)?.number }
            return BuildReport.ArchiveOutput(format: format, firstPath: publisher.path(of: first.name), lastPath: publisher.path(of: last.name),
                                             pageCount: ofFormat.count, writtenCount: written.count, writtenPages: written,
                                             entryCount: ofFormat.reduce(0) { $0 + $1.entryCount })
        }
    }

    /// The pages removed (or, in a dry run, to be removed), per format, oldest first.
    static func removals(_ names: [String], publisher: Publisher) -> [BuildReport.ArchiveRemoval] {
        let pages = names.compactMap { name in ArchivePlan.page(ofFileName: name).map { (name: name, page: $0) } }
        return FeedFormat.allCases.compactMap { format in
            let ofFormat = pages.filter { $0.page.format == format }.sorted { $0.page.number < $1.page.number }
            guard let first = ofFormat.first, let last = ofFormat.last else { return nil }
            return BuildReport.ArchiveRemoval(format: format, firstPath: publisher.path(of: first.name), lastPath: publisher.path(of: last.name),
                                              pageCount: ofFormat.count)
        }
    }
}
