import Foundation
import Testing

/// `feedgen preview` on the sample site, looked at in a real browser:
/// headless Chromium renders the page (its images served by a real HTTP
/// server on 127.0.0.1, as the site's remote images would be), and the test
/// reads back the page's text and whether every image it shows loaded.
@Suite(.serialized) struct PreviewTests {
    static let now = "2026-01-01T00:00:00Z"

    /// The image server of Tests/preview/, on a free port; stopped when released.
    final class ImageServer {
        let process = Process()
        let port: Int

        init() throws {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
            process.arguments = [SampleSite.root.appendingPathComponent("Tests/preview/image_server.py").path]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            var line = Data()
            while !line.contains(UInt8(ascii: "\n")) {
                let chunk = output.fileHandleForReading.availableData
                guard !chunk.isEmpty else { break }
                line += chunk
            }
            port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        }

        var base: String { "http://127.0.0.1:\(port)" }

        deinit {
            kill(process.processIdentifier, SIGKILL)
            process.waitForExit()
        }
    }

    /// The sample site's config and posts, with its `url` on the image server.
    private func sampleSite(at base: String) throws -> TemporarySite {
        let config = try String(contentsOf: SampleSite.root.appendingPathComponent("config.json"), encoding: .utf8)
        let site = try TemporarySite(config: config.replacingOccurrences(of: "https://notes.example.org", with: base))
        try FileManager.default.removeItem(at: site.url("posts"))
        try FileManager.default.copyItem(at: SampleSite.root.appendingPathComponent("posts"), to: site.url("posts"))
        return site
    }

    private func chromium(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chromium")
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--virtual-time-budget=15000"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitForExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The page with a script that, once everything loaded, writes each
    /// entry's mark, title, date, authors and categories, and each image's
    /// state, into the DOM for `--dump-dom`. (The page itself runs no script:
    /// its Content Security Policy forbids them, so the copy drops it.)
    private func checkedCopy(of page: String) -> String {
        let script = """
            <pre id="feedgen-check"></pre><script>
            addEventListener('load', () => {
              const text = (node) => node ? node.textContent : '';
              const entries = [...document.querySelectorAll('article')].map(a => [text(a.querySelector('.mark')), text(a.querySelector('h2')),
                text(a.querySelector('time')), text(a.querySelector('.authors')), [...a.querySelectorAll('.categories li')].map(text).join(', ')].join(' | '));
              const images = [...document.images].map(i => (i.complete && i.naturalWidth > 0 ? 'loaded ' : 'BROKEN ') + i.currentSrc);
              document.getElementById('feedgen-check').textContent = [text(document.querySelector('.summary'))].concat(entries, images).join('\\n');
            });
            </script>
            """
        return page.replacingOccurrences(of: #"<meta http-equiv="Content-Security-Policy" content="script-src 'none'; object-src 'none'">"#, with: "")
            .replacingOccurrences(of: "</body>", with: script + "</body>")
    }

    @Test func sampleSitePreviewInChromium() throws {
        let server = try ImageServer()
        #expect(server.port > 0)
        let site = try sampleSite(at: server.base)
        #expect(try FeedgenProcess.run(["build", "--now", Self.now], in: site.root).status == 0)
        let published = try FolderSnapshot(site.url("feeds"))
        // One post edited, one added since the feeds were published.
        let tour = site.url("posts/2024-02-03-markdown-tour.md")
        try (try String(contentsOf: tour, encoding: .utf8) + "\nOne more line.\n").write(to: tour, atomically: true, encoding: .utf8)
        try site.write("posts/2025-12-24-winter-light.md", """
            ---
            title: Winter Light
            date: 2025-12-24 15:30
            author: alice
            categories: [photography]
            tags: [winter]
            image: /images/2025/winter.jpg
            ---

            The sun sets at half past three. ![The lake at four](/images/2025/lake.png)
            """)

        let result = try FeedgenProcess.run(["preview", "--now", Self.now, "--output", "preview.html"], in: site.root)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == "preview.html: preview of 6 entries (1 new, 1 changed, 4 unchanged)\n")
        #expect(try FolderSnapshot(site.url("feeds")) == published)
        let page = try site.read("preview.html")
        try site.write("check.html", checkedCopy(of: page))

        let dom = try chromium(["--dump-dom", site.url("check.html").absoluteString])
        let report = dom.range(of: "<pre id=\"feedgen-check\">").flatMap { start in
            dom[start.upperBound...].range(of: "</pre>").map { String(dom[start.upperBound..<$0.lowerBound]) }
        }
        let lines = (report ?? "").replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: server.base, with: "").split(separator: "\n").map(String.init)
        #expect(lines == [
            "6 entries: 1 new, 1 changed, 4 unchanged, against feeds/atom.xml",
            "new | Winter Light | Wednesday 24 December 2025, 15:30 +01:00 (Europe/Berlin) | Alice Example | photography, winter",
            "unchanged | Episode 1: Feeds That Readers Trust | Thursday 30 May 2024, 18:00 +02:00 (Europe/Berlin) | Alice Example | podcast",
            "unchanged | The Harbour at Dawn | Monday 22 April 2024, 06:15 +02:00 (Europe/Berlin) | Bob Beispiel | photography, open source",
            "unchanged | Ein Café in Zürich — Grüße aus der Altstadt | Sunday 10 March 2024, 00:00 +01:00 (Europe/Berlin) | Zoë Müller | travel, Café",
            "changed | Tables & <code> in a ]]> world | Saturday 3 February 2024, 09:30 +01:00 (Europe/Berlin) | Alice Example, Bob Beispiel | tutorials, markdown, gfm",
            "unchanged | Welcome to Field Notes | Monday 15 January 2024, 08:00 +01:00 (Europe/Berlin) | Alice Example | meta, welcome, jekyll",
            // The entry's image, then the images of its summary and its content (srcset: the 1x or 2x candidate Chromium picked).
            "loaded /images/2025/winter.jpg", "loaded /images/2025/lake.png", "loaded /images/2025/lake.png",
            "loaded /images/podcast/cover.png",
            "loaded /images/2024/harbour.jpg", "loaded /images/2024/harbour-2x.jpg",
            "loaded /images/2024/zurich-wide.jpg",
        ])

        let screenshot = site.url("preview.png")
        _ = try chromium(["--window-size=1000,2400", "--screenshot=\(screenshot.path)", site.url("preview.html").absoluteString])
        let png = try Data(contentsOf: screenshot)
        #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(png.count > 20_000)
        if ProcessInfo.processInfo.environment["FEEDGEN_RECORD_PREVIEW"] != nil {
            try? FileManager.default.createDirectory(at: SampleSite.root.appendingPathComponent("docs"), withIntermediateDirectories: true)
            try png.write(to: SampleSite.root.appendingPathComponent("docs/preview.png"))
            Issue.record("recorded docs/preview.png; look at it, then run again without FEEDGEN_RECORD_PREVIEW")
        }
    }
}
