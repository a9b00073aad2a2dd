import FeedSupport
import Foundation
import SiteLoading

/// Publish: what the new documents would change for subscribers (the
/// publish guard), then the files replaced atomically, the archive pages
/// first, and the record of what feedgen published.
extension SiteBuilder {
    /// Renders, validates and publishes the feeds; or leaves the files as they
    /// are when nothing that reaches them changed since the last build, which
    /// left them so and rendered them without a word. Returns the files
    /// published, by name below the output folder.
    func publishFeeds(_ selection: Selection, site: LiquidSite, inputs: String, previous: BuildCache?, publisher: Publisher, loader: PostLoader,
                              report: inout BuildReport) -> (feeds: [(name: String, output: BuildReport.Output)], archivePages: [BuildCache.ArchivePage]) {
        let unchanged = previous.map { previous in
            !options.dryRun && !inputs.isEmpty && previous.inputsFingerprint == inputs && previous.outputs.map(\.name) == selection.fileNames
                && Self.untouched(previous.outputs, in: publisher)
        } ?? false
        let entries = unchanged ? [:] : makeEntries(selection.everyPost, site: site, loader: loader, report: &report)
        // Only the archive pages whose posts changed are rendered, also when the feeds are left as they are.
        // A dry run writes nothing, not even staged pages: it says which it would write.
        var archived = selection.archives.map { plan in
            ArchivePages(builder: self, plan: plan, spec: selection.specs[0]).stage(previous: previous, known: entries, site: site, loader: loader, publisher: publisher,
                                                                                     dryRun: options.dryRun, report: &report)
        }
        // A post read twice (front matter, then body) may warn twice; each problem is said once, post by post.
        report.diagnostics = report.diagnostics.uniqued().sorted { $0.location.path < $1.location.path }
        func discardArchives() -> (feeds: [(name: String, output: BuildReport.Output)], archivePages: [BuildCache.ArchivePage]) {
            if case .some(.some(let staged)) = archived { staged.files.discard() }
            return ([], [])
        }
        func publishArchives() -> [BuildCache.ArchivePage]? {
            guard case .some(.some(var staged)) = archived else { return archived == nil ? [] : nil }
            defer { archived = nil }
            return ArchivePages.publish(&staged, publisher: publisher, report: &report)
        }
        if unchanged, let previous {
            guard let pages = publishArchives() else { return ([], []) }
            return (Self.leftAsTheyAre(previous.outputs, in: publisher), pages)
        }
        guard options.keepGoing || !report.diagnostics.hasErrors else { return discardArchives() }
        // An invalid file is never published, --keep-going or not.
        guard let documents = writeDocuments(selection, entries: entries, diagnostics: &report.diagnostics) else { return discardArchives() }
        let archivePages = selection.archives?.fileNames ?? []
        let made = Set(archivePages)
        let plan = PublishPlan(documents, archivePages: archivePages,
                               lastBuildsArchivePages: (previous?.archivePages ?? []).filter { !made.contains($0.name) && publisher.stamp(of: $0.name) == $0.stamp }.map(\.name),
                               folder: config.outputFolder, postsDisplayPath: postsDisplayPath,
                               // Which kept entries changed is only printed by a dry run (and shown by preview).
                               displayPost: displayPost, limit: config.limit, fingerprints: options.dryRun, replacesHugosRSS: config.hugo != nil,
                               jekyllSite: config.jekyll != nil ? config.siteFolder : nil)
        report.changes = zip(documents, zip(plan.changes, plan.rewrites)).map { document, change in
            describe(change.0, rewrites: change.1, of: document, publisher: publisher)
        }
        report.removals = plan.removals.map(publisher.path)
        report.archiveRemovals = ArchivePages.removals(plan.archiveRemovals, publisher: publisher)
        if options.dryRun, case .some(.some(let staged)) = archived { report.archives = ArchivePages.summary(of: staged, publisher: publisher) }
        if let main = documents.first, let change = plan.changes.first {
            report.preview = main.entries.map { ($0, change.mark(ofNewID: $0.id).rawValue) }
        }
        report.diagnostics += plan.foreign
        if !options.acceptChanges { report.diagnostics += plan.refusals }
        report.refusals = plan.refusals
        report.refusedByGuard = !options.acceptChanges && !plan.refusals.isEmpty
        guard !options.dryRun, plan.foreign.isEmpty, !report.refusedByGuard else { return discardArchives() }
        // Pages that could not be staged (invalid, or a file in a page's place that is not feedgen's, even
        // with --keep-going): nothing is published, and the record does not claim that file.
        if case .some(.none) = archived { return ([], []) }
        do {
            try plan.recordWhilePublishing.write(in: config.outputFolder)
        } catch {
            report.diagnostics.append(error)
            return discardArchives()
        }
        // The pages first: the subscription feed links to the newest.
        guard let pages = publishArchives() else { return ([], []) }
        let published = publish(documents, with: publisher, report: &report)
        guard published.count == documents.count else { return (published, pages) }
        for name in plan.removals + plan.archiveRemovals {
            do { try OutputFolder.remove(name, in: config.outputFolder) } catch { report.diagnostics.append(error) }
        }
        // Without pages left (`"archives"` off, or a complete feed), their folder goes too, if nothing else is in it.
        if !plan.archiveRemovals.isEmpty && archivePages.isEmpty {
            rmdir(config.outputFolder.appendingPathComponent(ArchivePlan.folder).path)
        }
        do { try plan.record.write(in: config.outputFolder) } catch { report.diagnostics.append(error) }
        return (published, pages)
    }

    /// One file's change as the report prints it.
    func describe(_ change: FeedChange, rewrites: Bool, of document: Document, publisher: Publisher) -> BuildReport.Change {
        func line(_ item: PublishedFeed.Item, post: String?) -> String {
            "\"\(item.title)\" \(item.link ?? item.id)" + (post.map { " (\(displayPost($0)))" } ?? "")
        }
        return BuildReport.Change(
            path: publisher.path(of: document.name), entryCount: document.entryCount, rewrites: rewrites,
            added: change.added.map { line($0.item, post: $0.post) },
            removed: change.removed.map { line($0.item, post: $0.post) },
            changed: change.kept.filter(\.isChanged).map { kept in
                line(kept.new.item, post: kept.new.post) + (kept.old.id == kept.new.item.id ? "" : ", id \(kept.old.id) → \(kept.new.item.id)")
            }
        )
    }

    /// Each document published, until the first that cannot be.
    /// Each document published; one that cannot be written (a full disk, a
    /// planted link) is reported and the others are still tried, each on its own.
    func publish(_ documents: [Document], with publisher: Publisher, report: inout BuildReport) -> [(name: String, output: BuildReport.Output)] {
        var published: [(name: String, output: BuildReport.Output)] = []
        for (index, document) in documents.enumerated() {
            let outcome: AtomicFile.Outcome
            do {
                // Test seams: a pause that lets tests kill the build mid-way, and a disk that fills.
                if let delay = options.publishDelay { Thread.sleep(forTimeInterval: delay) }
                if let failing = options.failingWrite, index >= failing {
                    throw Diagnostic.error(SourceLocation(path: publisher.path(of: document.name)), BuildReason.failed(.write, code: ENOSPC))
                }
                outcome = try publisher.publish(document.bytes, as: document.name)
            } catch {
                report.diagnostics.append(error as! Diagnostic)
                report.unwritten.append(publisher.path(of: document.name))
                continue
            }
            let output = BuildReport.Output(name: document.name, format: document.format, path: publisher.path(of: document.name), entryCount: document.entryCount,
                                            written: outcome == .written, fitting: document.fitting)
            published.append((document.name, output))
        }
        return published
    }

    /// A post as the record names it, as messages print it.
    func displayPost(_ key: String) -> String {
        PublishedFiles.displayPath(ofPost: key, site: config.siteFolder)
    }
}
