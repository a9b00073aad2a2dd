import Benchmark
import FeedGen
// The loading steps measured here are @_spi(Benchmarks), not public API.
@_spi(Benchmarks) import SiteLoading
import Foundation

// Micro-benchmarks of the steps a build repeats per post or per feed. Each
// benchmark's setup runs the code once and stops the run if the result is not
// what a real build would accept, so that a fast number can never come from
// work that failed early (a missing file, an unparsed date, an empty feed).

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
        maxDuration: .seconds(2)
    )

    // One folder per process: the plugin runs this executable once per benchmark.
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("feedgen-bench-\(ProcessInfo.processInfo.processIdentifier)")
    let load = BenchmarkSteps.LoadPost(fileName: Sample.fileName, in: folder)

    Benchmark("front matter: one post") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(load.run())
        }
    } setup: {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Sample.post.write(toFile: file.path, atomically: true, encoding: .utf8)
        let (title, problems) = load.run()
        check(title == "Release 2.4: faster feeds" && problems.isEmpty, "the sample post did not load cleanly: \(problems)")
    } teardown: {
        try? FileManager.default.removeItem(at: folder)
    }

    let utc = TimeZone(identifier: "UTC")!
    let dates = ["2024-05-01", "2024-05-01 10:30:00 +0200", "2024-05-01T10:30:00Z"]
    // Scaled by 1,000: one parse is too short to time on its own; each scaled
    // iteration parses all three forms.
    Benchmark("date: parse", configuration: .init(scalingFactor: .kilo)) { benchmark in
        for _ in benchmark.scaledIterations {
            for text in dates {
                blackHole(BenchmarkSteps.parseDate(text, in: utc))
            }
        }
    } setup: {
        for text in dates {
            check(BenchmarkSteps.parseDate(text, in: utc) != nil, "\(text) did not parse")
        }
    }

    // The same 20-entry feed for every writer, so their numbers compare.
    let feed = Sample.feed(entries: 20)
    let writers: [(name: String, write: @Sendable (Feed) -> String, entryTag: String)] = [
        ("Atom", AtomWriter.write, "<entry>"),
        ("RSS", RSSWriter.write, "<item>"),
        ("JSON Feed", JSONFeedWriter.write, "\"content_html\""),
    ]
    for writer in writers {
        Benchmark("writer: \(writer.name), 20 entries") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(writer.write(feed))
            }
        } setup: {
            let output = writer.write(feed)
            let entries = output.components(separatedBy: writer.entryTag).count - 1
            check(entries == 20, "\(writer.name) wrote \(entries) entries, not 20")
        }
    }

    Benchmark("markdown: render one post") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(BenchmarkSteps.renderMarkdown(Sample.body))
        }
    } setup: {
        let (html, excerpt) = BenchmarkSteps.renderMarkdown(Sample.body)
        check(html.contains("<table>") && !excerpt.isEmpty, "the sample body rendered without its table or excerpt")
    }
}

/// Stops the benchmark run: a result that a build would reject makes its timing meaningless.
func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("benchmark setup: \(message())") }
}

/// A realistic post: the front matter keys real themes write, and a body of
/// 2.4 KB of Markdown (3 KB of HTML) with the blocks that cost most to render:
/// a table, code, a list, a quote.
enum Sample {
    static let fileName = "2024-05-01-release-2-4.md"

    static let frontMatter = """
        ---
        title: "Release 2.4: faster feeds"
        date: 2024-05-01 10:30:00 +0200
        author: Zoë Müller
        categories: [blog, releases]
        tags:
          - "performance"
          - "atom"
          - "json feed"
          - "release notes"
        image: /images/2024/release-2-4.png
        ---

        """

    static let body: String = {
        let paragraph = """
            Release 2.4 is out. Feeds are now written in a **single pass** over the posts, and a \
            repeated build with nothing changed reads only the cache. Thanks to everyone who sent \
            timings from their own sites — the [issue tracker](https://example.org/issues) has the \
            details, and the *changelog* lists every fix.
            """
        let table = """
            | site | posts | before | after |
            | --- | ---: | ---: | ---: |
            | small blog | 120 | 0.21 s | 0.04 s |
            | docs site | 1,800 | 1.9 s | 0.31 s |
            | news archive | 24,000 | 22 s | 3.4 s |
            """
        let code = """
            ```sh
            feedgen build --config config.json --formats atom,rss,json
            ```
            """
        let list = """
            - Atom, RSS and JSON Feed share one model, so they can no longer disagree.
            - Dates without a time zone use the site's `timezone`.
            - Broken front matter names the file and line.
            """
        let quote = "> Our nightly build went from four minutes to forty seconds, and the feed validator is finally quiet."
        return [paragraph, "## What changed", paragraph, table, paragraph, quote, "## Upgrading", code, list, paragraph, paragraph, paragraph]
            .joined(separator: "\n\n") + "\n"
    }()

    static let post = frontMatter + body

    /// A feed of `count` entries, each with the sample post's HTML as content.
    static func feed(entries count: Int) -> Feed {
        let html = MarkdownRenderer.render(body, excerptSeparator: nil)
        let start = Date(timeIntervalSince1970: 1_714_552_200)
        let author = Person(name: "Zoë Müller", email: "zoe@example.org")
        let entries = (0..<count).map { index in
            let date = start.addingTimeInterval(Double(-index) * 86_400)
            return Entry(
                id: "https://example.org/2024/05/post-\(index)/", title: "Post \(index): faster feeds & more",
                url: "https://example.org/2024/05/post-\(index)/", published: date, updated: date,
                authors: [author], categories: ["blog", "releases"], summaryHTML: html.excerptHTML,
                summaryText: "Release 2.4 is out.", contentHTML: html.html,
                image: EntryImage(url: "https://example.org/images/2024/release-2-4.png")
            )
        }
        return Feed(
            title: "Benchmark Site", description: "Release notes and posts", siteURL: "https://example.org/",
            language: "en", authors: [author], iconURL: nil, logoURL: nil,
            selfURLs: [.atom: "https://example.org/atom.xml", .rss: "https://example.org/rss.xml", .json: "https://example.org/feed.json"],
            timeZone: TimeZone(identifier: "UTC")!, entries: entries
        )
    }
}
