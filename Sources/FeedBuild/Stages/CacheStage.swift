import FeedSupport
import Foundation
import SiteLoading

/// What the last build's cache lets this one skip: the whole build, when
/// nothing it depended on changed (its report repeated); and which files are
/// still as the last build left them.
/// The last build as its cache tells it, and which of its posts' facts still hold.
struct PreviousBuild {
    var cache: BuildCache?
    /// Said after the posts' own problems, which a repeated build says again.
    var warning: Diagnostic?
    var matches = BuildCache.Matches(facts: [], isComplete: false)

    /// Which posts' facts still hold for `listing`; a cache that cannot say
    /// is dropped, with a warning.
    mutating func match(_ listing: PostListing) {
        switch cache?.facts(matching: listing) {
        case .success(let found): matches = found
        case .failure(let problem):
            warning = problem
            cache = nil
        case nil: break
        }
        if let problem = cache?.readArchivePages() {
            warning = problem
            cache = nil
            matches = BuildCache.Matches(facts: [], isComplete: false)
        }
    }
}

/// What a build that published something leaves for the cache to record.
struct Recorded {
    var scan: PostFolderScan
    var loaded: PostLoader.Result
    var selection: SiteBuilder.Selection
    /// The fingerprint of what the feeds were rendered from; empty after errors.
    var inputs: String
    var published: [(name: String, output: BuildReport.Output)]
    var archivePages: [BuildCache.ArchivePage]
    /// The diagnostics before rendering, and before the cache's own warning.
    var beforeRendering: Set<Diagnostic>
    var postsReport: [Diagnostic]
}

extension SiteBuilder {
    /// What the cache is only trusted for: the config; on a Hugo site also
    /// its sections' `_index` files, whose `cascade` is part of the posts'
    /// front matter, and whose being there makes a folder a section.
    func cacheFingerprint(_ scan: PostFolderScan) -> String {
        guard let hugo = config.hugo else { return config.fingerprint }
        var hash = StableHash()
        hash.add(config.fingerprint)
        let content = hugo.section.isEmpty ? config.postsFolder : config.postsFolder.deletingLastPathComponent()
        let indexes = scan.sectionIndexes.map { config.postsFolder.appendingPathComponent($0).path }
            + (hugo.section.isEmpty ? [] : HugoContent.indexNames.map { content.appendingPathComponent($0).path })
        for path in indexes.sorted() {
            var status = stat()
            guard stat(path, &status) == 0 else { continue }
            hash.add(path)
            hash.add(Int64(status.st_size))
            hash.add(Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec))
            hash.add(Int64(status.st_ctim.tv_sec) * 1_000_000_000 + Int64(status.st_ctim.tv_nsec))
        }
        return hash.hex
    }

    func readCache(_ scan: PostFolderScan) -> PreviousBuild {
        guard options.useCache else { return PreviousBuild() }
        let (cache, warning) = BuildCache.read(in: config.outputFolder, configFingerprint: cacheFingerprint(scan))
        return PreviousBuild(cache: cache, warning: warning)
    }

    /// Writes the cache of this build: the posts' facts that have settled,
    /// the published files' stamps, whether the rendering can be skipped next
    /// time, and whether the whole report can be repeated. Rewritten only
    /// when something in it changed.
    func recordCache(of build: Recorded, previous: PreviousBuild, publisher: Publisher, report: inout BuildReport) {
        var cache = BuildCache(configFingerprint: cacheFingerprint(build.scan))
        cache.archivePages = build.archivePages
        cache.archiveFolder = build.archivePages.isEmpty ? nil : publisher.stamp(of: ArchivePlan.folder)
        let settled = build.scan.startedAt - options.settlingTime
        cache.posts = build.loaded.cacheable.filter { ($0.stamp?.changed ?? .max) <= settled }
        cache.entries = build.selection.chosen[0].map { ($0.file.relativePath, config.url + $0.permalinkPath) }
        // Skipping the rendering next time is only right when it found nothing to say this time,
        // and when the posts it rendered cannot change again unseen (see `settlingTime`).
        let rendersAgainTheSame = report.diagnostics.allSatisfy(build.beforeRendering.contains) && !report.diagnostics.hasErrors
            && build.selection.everyPost.allSatisfy { ($0.stamp?.changed ?? .max) <= settled }
        cache.inputsFingerprint = rendersAgainTheSame ? build.inputs : ""
        cache.outputs = build.published.compactMap { name, output in
            publisher.stamp(of: name).map { .init(name: name, format: output.format, entryCount: output.entryCount, stamp: $0, fitting: output.fitting) }
        }
        if !report.diagnostics.hasErrors && cache.outputs.count == build.published.count && build.scan.newestChange <= settled {
            cache.quiet = .init(listing: build.scan.fingerprint, includeDrafts: options.includeDrafts, includeFuture: options.includeFuture,
                                due: dueWindow(build.loaded.facts), postsDisplayPath: postsDisplayPath, warnings: build.postsReport)
        }
        let postsUnchanged = previous.cache != nil && previous.matches.isComplete
            && cache.posts.count == previous.matches.facts.count(where: { $0 != nil })
        if !postsUnchanged || cache.head != previous.cache?.head {
            // Only a cache: the next build reads every post again, and publishes the same.
            do { try cache.write(in: config.outputFolder) } catch { report.diagnostics.append(.warning(error.location, BuildReason.cacheNotWritten(error.message))) }
        }
    }

    /// The last build's report, repeated without reading a post, when nothing
    /// it depended on changed: the posts' listing, the flags, which posts the
    /// clock makes due, and the published files. Its warnings are said again:
    /// the same posts give the same warnings.
    func repeatedReport(of cache: BuildCache, scan: PostFolderScan, publisher: Publisher) -> BuildReport? {
        guard let quiet = cache.quiet, quiet.listing == scan.fingerprint, quiet.due.contains(options.now),
              quiet.includeDrafts == options.includeDrafts, quiet.includeFuture == options.includeFuture,
              quiet.postsDisplayPath == postsDisplayPath, Self.untouched(cache.outputs, in: publisher),
              let archives = cache.untouchedArchives(in: publisher)
        else { return nil }
        publisher.removeLeftovers(besides: cache.outputs.map(\.name))
        var report = BuildReport()
        report.diagnostics = quiet.warnings
        report.postCount = scan.count
        report.outputs = Self.leftAsTheyAre(cache.outputs, in: publisher).map(\.output)
        report.archives = archives
        report.entries = cache.entries.map { (postsDisplayPath + "/" + $0.relativePath, $0.url) }
        return report
    }

    /// Whether every file the last build published is still as it left it.
    static func untouched(_ outputs: [BuildCache.Output], in publisher: Publisher) -> Bool {
        outputs.allSatisfy { publisher.stamp(of: $0.name) == $0.stamp }
    }

    /// The last build's files, reported as not written this time.
    static func leftAsTheyAre(_ outputs: [BuildCache.Output], in publisher: Publisher) -> [(name: String, output: BuildReport.Output)] {
        outputs.map { ($0.name, .init(name: $0.name, format: $0.format, path: publisher.path(of: $0.name), entryCount: $0.entryCount, written: false, fitting: $0.fitting)) }
    }

    /// How far the clock may move without making a post due, or no longer
    /// due: from the newest post date up to now to the oldest one after it.
    func dueWindow(_ facts: [PostFacts]) -> Range<Date> {
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
}
