import Foundation

/// The archive pages' stage of a build (`ArchivePlan`): a page whose
/// fingerprint and files are as the last build left them is not read at
/// all; the others are rendered, a few pages at a time, written in every
/// format, validated and staged. Nothing is put in place until every page and
/// every feed is valid.
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

    /// Stages every page that changed; `nil` when a page is invalid or a post
    /// is broken (unless `--keep-going`), with the problems in the report.
    /// `known` are entries already made for the subscription feed.
    func stage(previous: BuildCache?, known: [String: Entry], site: LiquidSite, loader: PostLoader, publisher: Publisher,
               report: inout BuildReport) -> Staged? {
        AtomicFile.removeLeftovers(in: publisher.folder, subfolder: ArchivePlan.folder)
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
                    guard !invalid else { continue }
                    do {
                        let written = try files.stage(bytes, as: name)
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
        guard !invalid, builder.options.keepGoing || !report.diagnostics.hasErrors else {
            files.discard()
            return nil
        }
        return Staged(files: files, planned: planned.flatMap { $0 })
    }

    /// Puts the staged pages in place, removes the pages the last build made
    /// and this one does not, and reports them; the pages as the cache keeps them.
    static func publish(_ staged: inout Staged, previous: BuildCache?, publisher: Publisher, report: inout BuildReport) -> [BuildCache.ArchivePage]? {
        do { try staged.files.commit() } catch {
            report.diagnostics.append(error)
            return nil
        }
        let names = Set(staged.planned.map(\.name))
        for page in previous?.archivePages ?? [] where !names.contains(page.name) {
            unlink(publisher.folder.appendingPathComponent(page.name).path)
        }
        report.archives = summary(staged.planned.map { ($0.name, $0.format, $0.entryCount, $0.written) }, publisher: publisher)
        return staged.planned.compactMap { planned in
            publisher.stamp(of: planned.name).map {
                BuildCache.ArchivePage(name: planned.name, format: planned.format, entryCount: planned.entryCount, stamp: $0, fingerprint: planned.fingerprint)
            }
        }
    }

    /// One line's worth per format: how many pages, how many written, how many entries.
    static func summary(_ pages: [(name: String, format: FeedFormat, entryCount: Int, written: Bool)], publisher: Publisher) -> [BuildReport.ArchiveOutput] {
        FeedFormat.allCases.compactMap { format in
            let ofFormat = pages.filter { $0.format == format }
            guard let first = ofFormat.first, let last = ofFormat.last else { return nil }
            return BuildReport.ArchiveOutput(format: format, firstPath: publisher.path(of: first.name), lastPath: publisher.path(of: last.name),
                                             pageCount: ofFormat.count, writtenCount: ofFormat.count { $0.written },
                                             entryCount: ofFormat.reduce(0) { $0 + $1.entryCount })
        }
    }
}
