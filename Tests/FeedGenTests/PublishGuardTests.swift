import Foundation
import Testing

/// The publish guard, `--accept-changes` and `--dry-run`, through the real
/// binary: a refused build changes no byte, no mtime and no file in the
/// output folder; normal changes publish; an accepted change publishes once.
@Suite struct PublishGuardTests {
    static let now = "2024-06-01T00:00:00Z"
    static let files = ["atom.xml", "rss.xml", "feed.json"]

    static func post(_ day: Int) -> String {
        "---\ntitle: Post \(day)\ndate: 2024-05-\(String(format: "%02d", day)) 10:00:00 +00:00\n---\n\nBody \(day).\n"
    }

    static func name(_ day: Int) -> String { "2024-05-\(String(format: "%02d", day))-post-\(day).md" }

    /// Six posts, published once.
    private func publishedSite(config: String = TemporarySite.defaultConfig) throws -> TemporarySite {
        let site = try TemporarySite(config: config, posts: Dictionary(uniqueKeysWithValues: (1...6).map { (Self.name($0), Self.post($0)) }))
        let first = try build(site)
        #expect(first.status == 0, "\(first.stderr)")
        return site
    }

    private func build(_ site: TemporarySite, _ extra: [String] = []) throws -> FeedgenProcess.Result {
        try FeedgenProcess.run(["build", "--now", Self.now] + extra, in: site.root)
    }

    private func snapshot(_ site: TemporarySite) throws -> FolderSnapshot { try FolderSnapshot(site.url("feeds")) }

    /// The same line for each of the three files.
    private func each(_ line: (String) -> String) -> String {
        Self.files.map { file in
            let text = line("feeds/" + file)
            return text.hasSuffix("\n") ? text : text + "\n"
        }.joined()
    }

    private func link(_ day: Int, base: String = "https://example.org") -> String {
        "\(base)/2024/05/\(String(format: "%02d", day))/post-\(day)/"
    }

    /// Refused, then shown by a dry run, then published with --accept-changes, then left alone.
    private func expectRefused(_ site: TemporarySite, stderr: String, dryRun: String, entriesAfter: Int) throws {
        let before = try snapshot(site)
        Thread.sleep(forTimeInterval: 0.01)
        let refused = try build(site)
        #expect(refused.status == 1)
        #expect(refused.stdout == "")
        #expect(refused.stderr == stderr + "feedgen: \(stderr.split(separator: "\n").count) errors; nothing was published; if the change is meant, build --accept-changes publishes it\n")
        // Every build, refused or not, writes its process id into the lock file; nothing else changed.
        #expect(try snapshot(site).withoutLock == before.withoutLock)
        #expect(try snapshot(site).names == before.names)
        let afterRefusal = try snapshot(site)

        let dry = try build(site, ["--dry-run"])
        #expect(dry.status == 1)
        #expect(dry.stdout == dryRun + "dry run: nothing was written\n")
        #expect(dry.stderr == stderr + "feedgen: the build would not publish; --accept-changes would publish it\n")
        #expect(try snapshot(site) == afterRefusal)

        let accepted = try build(site, ["--accept-changes"])
        #expect(accepted.status == 0, "\(accepted.stderr)")
        let count = "\(entriesAfter) entr\(entriesAfter == 1 ? "y" : "ies")"
        #expect(accepted.stdout == each { "\($0): written, \(count)" })
        // Accepted once: the next build compares with what was just published.
        let again = try build(site)
        #expect(again.status == 0)
        #expect(again.stdout == each { "\($0): unchanged, \(count)" })
    }

    @Test func emptiedPostsFolderIsRefused() throws {
        let site = try publishedSite()
        for day in 1...6 { try FileManager.default.removeItem(at: site.url("posts/" + Self.name(day))) }
        let removed = (1...6).reversed().map { "  removed: \"Post \($0)\" \(link($0)) (posts/\(Self.name($0)))\n" }.joined()
        try expectRefused(site,
            stderr: each { "\($0): refused: the new feed would have no entries, the published one has 6 (is posts the right posts folder?)" },
            dryRun: each { "\($0): would be written, 0 entries (0 added, 6 removed, 0 changed)\n" + removed },
            entriesAfter: 0)
    }

    @Test func postsPointedAtAnotherFolderIsRefused() throws {
        let site = try publishedSite()
        try site.write("config.json", #"{"title": "Test Site", "url": "https://example.org", "author": {"name": "Ann Author"}, "posts": "drafts"}"#)
        try site.write("drafts/2024-05-20-idea.md", "---\ntitle: Idea\n---\n\nMaybe.\n")
        let removed = (1...6).reversed().map { "  removed: \"Post \($0)\" \(link($0)) (posts/\(Self.name($0)))\n" }.joined()
        try expectRefused(site,
            stderr: each { "\($0): refused: 6 of the 6 published entries would vanish at once, and the new feed has room for them" },
            dryRun: each { "\($0): would be written, 1 entry (1 added, 6 removed, 0 changed)\n  added: \"Idea\" https://example.org/2024/05/20/idea/ (drafts/2024-05-20-idea.md)\n" + removed },
            entriesAfter: 1)
    }

    /// Every entry keeps its post but gets a new id: each is listed, old → new, with its post.
    private func idChangeLines(_ newID: (Int) -> String, newLink: (Int) -> String) -> (stderr: String, dryRun: String) {
        let days = Array((1...6).reversed())
        let stderr = Self.files.flatMap { file in
            days.map { "feeds/\(file): refused: an entry's id would change: \(link($0)) → \(newID($0)) (posts/\(Self.name($0)))\n" }
        }.joined()
        let changed = days.map { "  changed: \"Post \($0)\" \(newLink($0)) (posts/\(Self.name($0))), id \(link($0)) → \(newID($0))\n" }.joined()
        return (stderr, Self.files.map { "feeds/\($0): would be written, 6 entries (0 added, 0 removed, 6 changed)\n" + changed }.joined())
    }

    @Test func permalinkChangeIsRefused() throws {
        let site = try publishedSite()
        try site.write("config.json", #"{"title": "Test Site", "url": "https://example.org", "author": {"name": "Ann Author"}, "permalink": "/:slug/"}"#)
        let lines = idChangeLines({ "https://example.org/post-\($0)/" }, newLink: { "https://example.org/post-\($0)/" })
        try expectRefused(site, stderr: lines.stderr, dryRun: lines.dryRun, entriesAfter: 6)
    }

    @Test func idsChangeIsRefused() throws {
        let site = try publishedSite()
        try site.write("config.json", #"{"title": "Test Site", "url": "https://example.org", "author": {"name": "Ann Author"}, "ids": "jekyll-feed"}"#)
        let lines = idChangeLines({ String(link($0).dropLast()) }, newLink: { link($0) })
        try expectRefused(site, stderr: lines.stderr, dryRun: lines.dryRun, entriesAfter: 6)
    }

    @Test func urlChangeIsRefused() throws {
        let site = try publishedSite()
        try site.write("config.json", #"{"title": "Test Site", "url": "https://www.example.org", "author": {"name": "Ann Author"}}"#)
        let lines = idChangeLines({ link($0, base: "https://www.example.org") }, newLink: { link($0, base: "https://www.example.org") })
        try expectRefused(site, stderr: lines.stderr, dryRun: lines.dryRun, entriesAfter: 6)
    }

    /// Without the record of which post each id came from (a folder published
    /// by an older feedgen), every entry looks removed and another added.
    @Test func urlChangeIsRefusedWithoutTheRecord() throws {
        let site = try publishedSite()
        try FileManager.default.removeItem(at: site.url("feeds/.feedgen-published"))
        try site.write("config.json", #"{"title": "Test Site", "url": "https://www.example.org", "author": {"name": "Ann Author"}}"#)
        let result = try build(site)
        #expect(result.status == 1)
        #expect(result.stderr == each { "\($0): refused: 5 of the 5 published entries newer than the new feed's oldest would vanish at once" }
            + "feedgen: 3 errors; nothing was published; if the change is meant, build --accept-changes publishes it\n")
    }

    /// A renamed post file is a new link and a new post: one removed, one added.
    @Test func renamingAPostPublishes() throws {
        let site = try publishedSite()
        try FileManager.default.moveItem(at: site.url("posts/" + Self.name(6)), to: site.url("posts/2024-05-06-renamed.md"))
        let result = try build(site)
        #expect(result.status == 0)
        #expect(result.stdout == each { "\($0): written, 6 entries" })
    }

    @Test func halfThePostsDeletedIsRefused() throws {
        let site = try publishedSite()
        for day in 4...6 { try FileManager.default.removeItem(at: site.url("posts/" + Self.name(day))) }
        let removed = (4...6).reversed().map { "  removed: \"Post \($0)\" \(link($0)) (posts/\(Self.name($0)))\n" }.joined()
        try expectRefused(site,
            stderr: each { "\($0): refused: 3 of the 5 published entries newer than the new feed's oldest would vanish at once" },
            dryRun: each { "\($0): would be written, 3 entries (0 added, 3 removed, 0 changed)\n" + removed },
            entriesAfter: 3)
    }

    // MARK: - Normal changes publish

    @Test func deletingOnePostPublishes() throws {
        let site = try publishedSite()
        try FileManager.default.removeItem(at: site.url("posts/" + Self.name(6)))
        let before = try snapshot(site)
        let dry = try build(site, ["--dry-run"])
        #expect(dry.status == 0)
        #expect(dry.stdout == each { "\($0): would be written, 5 entries (0 added, 1 removed, 0 changed)\n  removed: \"Post 6\" \(link(6)) (posts/\(Self.name(6)))" }
            + "dry run: nothing was written\n")
        #expect(dry.stderr == "")
        #expect(try snapshot(site) == before)
        let result = try build(site)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == each { "\($0): written, 5 entries" })
    }

    @Test func deletingTheOnlyPostOfTwoPublishes() throws {
        let site = try TemporarySite(posts: [Self.name(1): Self.post(1), Self.name(2): Self.post(2)])
        #expect(try build(site).status == 0)
        try FileManager.default.removeItem(at: site.url("posts/" + Self.name(2)))
        let result = try build(site)
        #expect(result.status == 0)
        #expect(result.stdout == each { "\($0): written, 1 entry" })
    }

    @Test func addingPostsPublishes() throws {
        let site = try publishedSite()
        for day in 7...9 { try site.write("posts/" + Self.name(day), Self.post(day)) }
        let before = try snapshot(site)
        let dry = try build(site, ["--dry-run"])
        #expect(dry.status == 0)
        let added = (7...9).reversed().map { "  added: \"Post \($0)\" \(link($0)) (posts/\(Self.name($0)))\n" }.joined()
        #expect(dry.stdout == Self.files.map { "feeds/\($0): would be written, 9 entries (3 added, 0 removed, 0 changed)\n" + added }.joined()
            + "dry run: nothing was written\n")
        #expect(try snapshot(site) == before)
        let result = try build(site)
        #expect(result.status == 0)
        #expect(result.stdout == each { "\($0): written, 9 entries" })
    }

    @Test func postsScrollingOutOfTheWindowPublish() throws {
        let site = try publishedSite(config: #"{"title": "Test Site", "url": "https://example.org", "author": {"name": "Ann Author"}, "limit": 3}"#)
        for day in 7...9 { try site.write("posts/" + Self.name(day), Self.post(day)) }
        let result = try build(site)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == each { "\($0): written, 3 entries" })
    }

    @Test func editedPostIsShownChangedByADryRun() throws {
        let site = try publishedSite()
        try site.write("posts/" + Self.name(3), Self.post(3).replacingOccurrences(of: "Body 3.", with: "Body 3, corrected."))
        let dry = try build(site, ["--dry-run"])
        #expect(dry.status == 0)
        #expect(dry.stdout == each { "\($0): would be written, 6 entries (0 added, 0 removed, 1 changed)\n  changed: \"Post 3\" \(link(3)) (posts/\(Self.name(3)))" }
            + "dry run: nothing was written\n")
    }

    // MARK: - Dry run and --output

    @Test func dryRunOfANewSiteCreatesNothing() throws {
        let site = try TemporarySite(posts: [Self.name(1): Self.post(1)])
        let dry = try build(site, ["--dry-run"])
        #expect(dry.status == 0)
        #expect(dry.stdout == each { "\($0): would be written, 1 entry (1 added, 0 removed, 0 changed)\n  added: \"Post 1\" \(link(1)) (posts/\(Self.name(1)))" }
            + "dry run: nothing was written\n")
        #expect(!site.exists("feeds"))
    }

    @Test func dryRunOfAnUnchangedSiteSaysSoAndTouchesNothing() throws {
        let site = try publishedSite()
        let before = try snapshot(site)
        let dry = try build(site, ["--dry-run"])
        #expect(dry.status == 0)
        #expect(dry.stdout == each { "\($0): would be unchanged, 6 entries" } + "dry run: nothing was written\n")
        #expect(try snapshot(site) == before)
    }

    @Test func outputBuildsElsewhereAndLeavesTheLiveFolderAlone() throws {
        let site = try publishedSite()
        try site.write("posts/2024-05-30-draft.md", "---\ntitle: Draft\ndraft: true\n---\n\nSoon.\n")
        let before = try snapshot(site)
        let trial = try build(site, ["--drafts", "--output", "trial"])
        #expect(trial.status == 0, "\(trial.stderr)")
        #expect(trial.stdout == Self.files.map { "trial/\($0): written, 7 entries\n" }.joined())
        #expect(try snapshot(site) == before)
        // The same self links as the live feeds: the trial is what would be published.
        #expect(try site.read("trial/atom.xml").contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://example.org/feeds/atom.xml\"/>"))
    }

    // MARK: - An empty site

    @Test func newSiteWithoutPostsPublishesEmptyFeedsDatedByTheBuild() throws {
        let site = try TemporarySite(config: #"{"title": "T", "url": "https://example.org", "timezone": "America/New_York"}"#)
        let first = try FeedgenProcess.run(["build", "--now", "2024-06-01T12:00:00Z"], in: site.root)
        #expect(first.status == 0)
        #expect(first.stdout == each { "\($0): written, 0 entries" })
        #expect(try site.read("feeds/atom.xml").contains("<updated>2024-06-01T08:00:00-04:00</updated>"))
        #expect(try site.read("feeds/rss.xml").contains("<lastBuildDate>Sat, 01 Jun 2024 08:00:00 -0400</lastBuildDate>"))
        // Still empty later: the feeds keep their bytes, and their date.
        let second = try FeedgenProcess.run(["build", "--now", "2024-07-01T12:00:00Z", "--no-cache"], in: site.root)
        #expect(second.stdout == each { "\($0): unchanged, 0 entries" })
    }
}
