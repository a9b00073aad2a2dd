import Foundation

/// The whole pipeline of `feedgen build`: posts → feed model → one writer per
/// format → validation → publishing. Nothing is published unless every
/// file about to be written is valid.
public struct SiteBuilder: Sendable {
    public var config: SiteConfig
    public var options: BuildOptions
    /// Path of the posts folder as messages print it.
    public var postsDisplayPath: String
    /// Lets a test change the entries just before they are written, to prove
    /// that validation stops an invalid feed from being published.
    var entryHook: (@Sendable (inout [Entry]) -> Void)?

    public init(config: SiteConfig, options: BuildOptions, postsDisplayPath: String) {
        self.config = config
        self.options = options
        self.postsDisplayPath = postsDisplayPath
        // _config.yml's `future: true` and `show_drafts: true` are Jekyll's --future and --drafts.
        if config.jekyll?.future == true { self.options.includeFuture = true }
        if config.jekyll?.showDrafts == true { self.options.includeDrafts = true }
    }

    /// Runs the build. Throws `BuildLock.Busy` when another build holds the output folder.
    public func build() throws -> BuildReport {
        var report = BuildReport()
        let publisher = Publisher(folder: config.outputFolder)
        // A dry run writes nothing, not even the lock file: it only reads
        // files that a running build replaces atomically.
        var lock: BuildLock?
        if !options.dryRun {
            do {
                lock = try publisher.lock(wait: options.waitForLock)
            } catch let problem as Diagnostic {
                report.diagnostics.append(problem)
                return report
            }
        }
        defer { withExtendedLifetime(lock) {} }
        report = buildLocked(publisher: publisher)
        // After publishing, still under the lock, so that overlapping builds share `HubPing`'s record.
        if !options.dryRun && options.pingHubs && !config.hubs.isEmpty {
            let changed = report.outputs.filter(\.written).map { config.feedsURL + $0.name }
            report.diagnostics += HubPing(hubs: config.hubs, timeout: options.pingTimeout, folder: config.outputFolder).notify(changed: changed)
        }
        return report
    }

    /// The build, once the output folder is locked.
    private func buildLocked(publisher: Publisher) -> BuildReport {
        var report = BuildReport()
        let scan: PostFolderScan
        do {
            if let jekyll = config.jekyll, config.readsJekyllFolders {
                // From the site folder: paths are then Jekyll's own (`notes/_posts/…`), as messages print them.
                let siteDisplay = (postsDisplayPath as NSString).deletingLastPathComponent
                scan = try PostFolderScan.read(config.siteFolder, displayBase: siteDisplay, threads: options.threads, stamped: options.useCache,
                                               boundary: SiteBoundary(siteFolder: config.siteFolder, postsFolder: config.postsFolder),
                                               layout: .jekyll(drafts: options.includeDrafts, excluded: jekyll.exclude))
            } else {
                scan = try PostFolderScan.read(config.postsFolder, displayBase: postsDisplayPath, threads: options.threads, stamped: options.useCache,
                                               boundary: SiteBoundary(siteFolder: config.siteFolder, postsFolder: config.postsFolder),
                                               layout: config.hugo == nil ? .posts : .hugo)
            }
        } catch {
            report.diagnostics.append(error)
            return report
        }
        report.diagnostics += scan.problems
        report.postCount = scan.count
        var previous: BuildCache?
        // Said after the posts' own problems, which a repeated build says again.
        var cacheWarning: Diagnostic?
        if options.useCache {
            let (cache, warning) = BuildCache.read(in: config.outputFolder, configFingerprint: config.fingerprint)
            if let cache, !options.dryRun, let repeated = repeatedReport(of: cache, scan: scan, publisher: publisher) { return repeated }
            previous = cache
            cacheWarning = warning
        }

        // A Hugo site is one more way of loading posts: its regular pages are the posts.
        let listing = config.hugo.map { HugoContent.pages(of: PostListing(scan), site: $0) } ?? PostListing(scan)
        var matches = BuildCache.Matches(facts: [], isComplete: false)
        switch previous?.facts(matching: listing) {
        case .success(let found): matches = found
        case .failure(let warning):
            cacheWarning = warning
            previous = nil
        case nil: break
        }
        let loader = PostLoader(config: config)
        let loaded = loader.load(listing, cached: matches.facts, threads: options.threads)
        report.diagnostics += loaded.diagnostics
        report.parsedCount = loaded.parsedCount
        var selection = select(loaded.facts, diagnostics: &report.diagnostics)
        selection.archives?.settledBefore = scan.startedAt - options.settlingTime
        report.entries = selection.chosen[0].map { ($0.file.displayPath, config.url + $0.permalinkPath) }
        if !options.dryRun { publisher.removeLeftovers(besides: selection.fileNames) }

        let inputs = report.diagnostics.hasErrors ? "" : Self.fingerprint(of: selection.everyPost, archivePages: selection.archives?.pages.count, options: options,
                                                                          liquidFiles: LiquidSite.inputFiles(of: config))
        let beforeRendering = Set(report.diagnostics)
        let (published, archivePages) = publishFeeds(selection, site: LiquidSite(config: config, posts: loaded.facts, options: options), inputs: inputs,
                                                     previous: previous, publisher: publisher, loader: loader, report: &report)
        report.outputs = published.map(\.output)
        let postsReport = report.diagnostics
        if let cacheWarning { report.diagnostics.append(cacheWarning) }
        guard options.useCache, !options.dryRun, !published.isEmpty else { return report }

        var cache = BuildCache(configFingerprint: config.fingerprint)
        cache.archivePages = archivePages
        let settled = scan.startedAt - options.settlingTime
        cache.posts = loaded.cacheable.filter { ($0.stamp?.changed ?? .max) <= settled }
        cache.entries = selection.chosen[0].map { ($0.file.relativePath, config.url + $0.permalinkPath) }
        // Skipping the rendering next time is only right when it found nothing to say this time,
        // and when the posts it rendered cannot change again unseen (see `settlingTime`).
        let rendersAgainTheSame = report.diagnostics.allSatisfy(beforeRendering.contains) && !report.diagnostics.hasErrors
            && selection.everyPost.allSatisfy { ($0.stamp?.changed ?? .max) <= settled }
        cache.inputsFingerprint = rendersAgainTheSame ? inputs : ""
        cache.outputs = published.compactMap { name, output in
            publisher.stamp(of: name).map { .init(name: name, format: output.format, entryCount: output.entryCount, stamp: $0, fitting: output.fitting) }
        }
        if !report.diagnostics.hasErrors && cache.outputs.count == published.count && scan.newestChange <= settled {
            cache.quiet = .init(listing: scan.fingerprint, includeDrafts: options.includeDrafts, includeFuture: options.includeFuture,
                                due: dueWindow(loaded.facts), postsDisplayPath: postsDisplayPath, warnings: postsReport)
        }
        let postsUnchanged = previous != nil && matches.isComplete && cache.posts.count == matches.facts.count(where: { $0 != nil })
        if !postsUnchanged || cache.head != previous?.head {
            // Only a cache: the next build reads every post again, and publishes the same.
            do { try cache.write(in: config.outputFolder) } catch { report.diagnostics.append(.warning(error.location, error.message + "; the next build reads every post again")) }
        }
        return report
    }

    /// Renders, validates and publishes the feeds; or leaves the files as they
    /// are when nothing that reaches them changed since the last build, which
    /// left them so and rendered them without a word. Returns the files
    /// published, by name below the output folder.
    private func publishFeeds(_ selection: Selection, site: LiquidSite, inputs: String, previous: BuildCache?, publisher: Publisher, loader: PostLoader,
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
                               displayPost: displayPost, limit: config.limit, fingerprints: options.dryRun, replacesHugosRSS: config.hugo != nil)
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

    private func displayPost(_ key: String) -> String {
        PublishedFiles.displayPath(ofPost: key, site: config.siteFolder)
    }

    /// One file's change as the report prints it.
    private func describe(_ change: FeedChange, rewrites: Bool, of document: Document, publisher: Publisher) -> BuildReport.Change {
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

    /// The last build's report, repeated without reading a post, when nothing
    /// it depended on changed: the posts' listing, the flags, which posts the
    /// clock makes due, and the published files. Its warnings are said again:
    /// the same posts give the same warnings.
    private func repeatedReport(of cache: BuildCache, scan: PostFolderScan, publisher: Publisher) -> BuildReport? {
        guard let quiet = cache.quiet, quiet.listing == scan.fingerprint, quiet.due.contains(options.now),
              quiet.includeDrafts == options.includeDrafts, quiet.includeFuture == options.includeFuture,
              quiet.postsDisplayPath == postsDisplayPath, Self.untouched(cache.outputs, in: publisher),
              cache.archivePages.allSatisfy({ publisher.stamp(of: $0.name) == $0.stamp })
        else { return nil }
        publisher.removeLeftovers(besides: cache.outputs.map(\.name))
        var report = BuildReport()
        report.diagnostics = quiet.warnings
        report.postCount = scan.count
        report.outputs = Self.leftAsTheyAre(cache.outputs, in: publisher).map(\.output)
        report.archives = ArchivePages.summary(cache.archivePages.map { ($0.name, $0.format, $0.entryCount, false) }, publisher: publisher)
        report.entries = cache.entries.map { (postsDisplayPath + "/" + $0.relativePath, $0.url) }
        return report
    }

    /// Whether every file the last build published is still as it left it.
    private static func untouched(_ outputs: [BuildCache.Output], in publisher: Publisher) -> Bool {
        outputs.allSatisfy { publisher.stamp(of: $0.name) == $0.stamp }
    }

    /// The last build's files, reported as not written this time.
    private static func leftAsTheyAre(_ outputs: [BuildCache.Output], in publisher: Publisher) -> [(name: String, output: BuildReport.Output)] {
        outputs.map { ($0.name, .init(name: $0.name, format: $0.format, path: publisher.path(of: $0.name), entryCount: $0.entryCount, written: false, fitting: $0.fitting)) }
    }

    /// How far the clock may move without making a post due, or no longer
    /// due: from the newest post date up to now to the oldest one after it.
    private func dueWindow(_ facts: [PostFacts]) -> Range<Date> {
        var window = Date.distantPast..<Date.distantFuture
        func narrow(by moment: Date) {
            if moment <= options.now {
                window = max(window.lowerBound, moment)..<window.upperBound
            } else {
                window = window.lowerBound..<min(window.upperBound, moment)
            }
        }
        for post in facts {
            if !options.includeFuture { narrow(by: post.publishDate ?? post.date) }
            if let expiry = post.expiryDate { narrow(by: expiry) }
        }
        return window
    }

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

    private func select(_ facts: [PostFacts], diagnostics: inout [Diagnostic]) -> Selection {
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

    /// Each chosen post read in full, rendered and made an entry once, on
    /// every thread; by path below the posts folder.
    func makeEntries(_ chosen: [PostFacts], site: LiquidSite, loader: PostLoader, report: inout BuildReport) -> [String: Entry] {
        let renderer = PostRenderer(config: config, site: site, watchdog: options.watchdog)
        let builder = EntryBuilder(config: config)
        let made = chosen.concurrentMap(threads: options.threads) { facts -> (Post, Entry?, [Diagnostic])? in
            guard let post = loader.load(facts.file).0 else { return nil }
            let (rendered, problems) = renderer.render(post)
            guard let rendered else { return (post, nil, problems) }
            do throws(Diagnostic) {
                return (post, try builder.entry(for: post, rendered: rendered), problems)
            } catch {
                return (post, nil, problems + [error])
            }
        }
        report.renderedCount = made.count { $0 != nil }
        var entries: [String: Entry] = [:]
        for case let (post, entry, problems)? in made {
            report.diagnostics += problems
            entries[post.file.relativePath] = entry
        }
        return entries
    }

    /// Every feed in every format, validated; `nil` when any of them is invalid.
    /// With `--keep-going`, a post whose entry makes a feed invalid is left
    /// out (its errors said) and the feeds are written again without it.
    private func writeDocuments(_ selection: Selection, entries: [String: Entry], diagnostics: inout [Diagnostic]) -> [Document]? {
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

    private func writeDocuments(_ selection: Selection, entries: [String: Entry], validator: FeedValidator, diagnostics: inout [Diagnostic],
                                culprits: inout Culprits) -> [Document]? {
        var documents: [Document] = []
        var invalid = false
        for (spec, chosen) in zip(selection.specs, selection.chosen) {
            var feedEntries = chosen.compactMap { entries[$0.file.relativePath] }
            entryHook?(&feedEntries)
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
                    diagnostics.append(.error(SourceLocation(path: path), "even its newest entry as a summary is more than \"max_bytes\" \(config.maxBytes ?? 0) bytes"))
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

    /// Identifies what the published feeds were made from: which posts, in
    /// which versions, with which flags. Config and feedgen version are in the cache's header.
    private static func fingerprint(of chosen: [PostFacts], archivePages: Int?, options: BuildOptions, liquidFiles: [String]) -> String {
        var hash = StableHash()
        // What Liquid reads besides the posts: an include, a data file or `_config.yml` changing renders the posts again.
        for line in liquidFiles { hash.add(line) }
        // The subscription feed links to the newest archive page.
        hash.add(Int64(archivePages ?? -1))
        hash.add(options.includeDrafts ? "drafts" : "")
        hash.add(options.includeFuture ? "future" : "")
        for facts in chosen {
            hash.add(facts.file.path)
            hash.add(facts.stamp?.size ?? -1)
            hash.add(facts.stamp?.modified ?? -1)
            hash.add(facts.stamp?.changed ?? -1)
        }
        return hash.hex
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
            var message = problem.message
            if let index = problem.entryIndex, feed.entries.indices.contains(index) {
                let entry = feed.entries[index]
                message += " (entry \"\(entry.id)\" \"\(entry.title)\" from \(entry.sourcePath))"
                culprits.sources.insert(entry.sourcePath)
            } else {
                culprits.unattributed = true
            }
            return .error(SourceLocation(path: path, line: problem.line, column: problem.column), message)
        }, parsed)
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
                diagnostics.append(.error(location, clash.message))
            } else {
                diagnostics.append(.warning(location, clash.message + "; this post is left out"))
            }
        }
        return chosen.map { posts[$0] }
    }

    /// An empty feed has no newest entry to date it: it is dated when it was
    /// first published empty (the date it carries, if the published file is
    /// an empty feed too), else by the build's clock. So an empty feed keeps
    /// its bytes from build to build, and never says 1970 (or, west of
    /// Greenwich, 1969).
    private func emptyFeedDate(_ spec: FeedSpec) -> Date {
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
        Feed(
            title: spec.title, description: config.description, siteURL: config.url + "/",
            language: config.language, authors: config.author.map { [$0] } ?? [],
            iconURL: config.iconURL, logoURL: config.logoURL,
            selfURLs: spec.files.mapValues { config.feedsURL + $0 },
            timeZone: config.timeZone, entries: entries
        )
    }

    static func write(_ feed: Feed, as format: FeedFormat) -> String {
        switch format {
        case .atom: AtomWriter.write(feed)
        case .rss: RSSWriter.write(feed)
        case .json: JSONFeedWriter.write(feed)
        }
    }

    /// Each document published, until the first that cannot be.
    /// Each document published; one that cannot be written (a full disk, a
    /// planted link) is reported and the others are still tried, each on its own.
    private func publish(_ documents: [Document], with publisher: Publisher, report: inout BuildReport) -> [(name: String, output: BuildReport.Output)] {
        var published: [(name: String, output: BuildReport.Output)] = []
        for (index, document) in documents.enumerated() {
            let outcome: AtomicFile.Outcome
            do {
                // Test seams: a pause that lets tests kill the build mid-way, and a disk that fills.
                if let delay = options.publishDelay { Thread.sleep(forTimeInterval: delay) }
                if let failing = options.failingWrite, index >= failing {
                    throw Diagnostic.error(SourceLocation(path: publisher.path(of: document.name)), "cannot write: \(String(cString: strerror(ENOSPC)))")
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
}
