import FeedSupport
import Foundation
import SiteLoading

/// The whole pipeline of `feedgen build`: posts → feed model → one writer per
/// format → validation → publishing. Nothing is published unless every
/// file about to be written is valid.
package struct SiteBuilder: Sendable {
    package var config: SiteConfig
    package var options: BuildOptions
    /// Path of the posts folder as messages print it.
    package var postsDisplayPath: String

    package init(config: SiteConfig, options: BuildOptions, postsDisplayPath: String) {
        self.config = config
        self.options = options
        self.postsDisplayPath = postsDisplayPath
        // _config.yml's `future: true` and `show_drafts: true` are Jekyll's --future and --drafts.
        if config.jekyll?.future == true { self.options.includeFuture = true }
        if config.jekyll?.showDrafts == true { self.options.includeDrafts = true }
        // Hugo's buildFuture, buildDrafts and buildExpired likewise.
        if config.hugo?.buildFuture == true { self.options.includeFuture = true }
        if config.hugo?.buildDrafts == true { self.options.includeDrafts = true }
        if config.hugo?.buildExpired == true { self.options.includeExpired = true }
    }

    /// Runs the build. Throws `BuildLock.Busy` when another build holds the output folder.
    package func build() throws -> BuildReport {
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

    /// The build, once the output folder is locked: the stages in order (each
    /// in Stages/), then what the cache keeps for the next build.
    private func buildLocked(publisher: Publisher) -> BuildReport {
        var report = BuildReport()
        let scan: PostFolderScan
        do { scan = try scanPosts() } catch {
            report.diagnostics.append(error)
            return report
        }
        report.diagnostics += scan.problems
        // _config.yml's keys written twice, and `kramdown:` options that feedgen does not apply, once per build.
        report.diagnostics += config.jekyll?.duplicateKeyWarnings ?? []
        if config.markdown == .kramdown { report.diagnostics += config.jekyll?.kramdownWarnings ?? [] }
        report.postCount = scan.count
        var previous = readCache(scan)
        if let cache = previous.cache, !options.dryRun, let repeated = repeatedReport(of: cache, scan: scan, publisher: publisher) { return repeated }
        let listing = listPosts(scan)
        previous.match(listing)
        let loader = PostLoader(config: config)
        let loaded = loader.load(listing, cached: previous.matches.facts, threads: options.threads)
        report.diagnostics += loaded.diagnostics
        report.parsedCount = loaded.parsedCount
        let selection = select(loaded.facts, scan: scan, publisher: publisher, report: &report)
        let inputs = report.diagnostics.hasErrors ? "" : Self.fingerprint(of: selection.everyPost, archivePages: selection.archives?.pages.count, options: options,
                                                                          liquidFiles: LiquidSite.inputFiles(of: config))
        let beforeRendering = Set(report.diagnostics)
        // Render, write and validate, publish: or leave the files as they are.
        let (published, archivePages) = publishFeeds(selection, site: LiquidSite(config: config, posts: loaded.facts, visibility: options.visibility), inputs: inputs,
                                                     previous: previous.cache, publisher: publisher, loader: loader, report: &report)
        report.outputs = published.map(\.output)
        let postsReport = report.diagnostics
        if let warning = previous.warning { report.diagnostics.append(warning) }
        guard options.useCache, !options.dryRun, !published.isEmpty else { return report }
        recordCache(of: Recorded(scan: scan, loaded: loaded, selection: selection, inputs: inputs, published: published, archivePages: archivePages,
                                 beforeRendering: beforeRendering, postsReport: postsReport),
                    previous: previous, publisher: publisher, report: &report)
        return report
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

}
