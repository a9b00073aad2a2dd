import ArgumentParser
import FeedGen
import Foundation

extension FeedGenCommand {
    struct Preview: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write one HTML page that shows the feed as a reader would, each entry marked new, changed or unchanged against the published feed.",
            discussion: """
                Builds as `build --dry-run` does (nothing is published, nothing in the output \
                folder changes) and writes the page, self-contained (inline CSS, no script), \
                into a new temporary folder it prints, or to --output. It never writes into \
                the output folder. Exit codes: 0 the page was written; 1 the posts or the \
                config are invalid; 64 usage.
                """
        )

        @OptionGroup var selection: SiteSelection

        @Option(name: .long, help: ArgumentHelp("Write the page to this file instead of a new temporary folder.", valueName: "file"))
        var output: String?

        func run() throws {
            var (site, options) = try selection.load(quiet: false)
            options.dryRun = true
            // Hostile posts are rendered under the same watchdog as in build.
            options.watchdog = MarkdownWatchdog(executable: "/proc/self/exe")
            options.pingHubs = false
            let destination = try destination(outside: site.outputFolder)
            let report = try SiteBuilder(config: site, options: options, postsDisplayPath: DisplayPath.of(site.postsFolder)).build()
            Console.report(report.diagnostics, quiet: false)
            guard let compared = report.changes.first else {
                let errors = report.diagnostics.filter { $0.severity == .error }.count
                Console.error("feedgen: \(errors) error\(errors == 1 ? "" : "s"); no preview was written")
                throw ExitStatus.invalid
            }
            let page = PreviewPage(siteTitle: site.title, siteDescription: site.description, timeZone: site.timeZone, comparedWith: compared.path,
                                   entries: report.preview, refusals: report.refusals.map(\.description))
            do {
                try Data(page.html.utf8).write(to: destination)
            } catch {
                Console.error("\(DisplayPath.of(destination)): \(BuildReason.failedWithReason(.write, error.localizedDescription).message)")
                throw ExitStatus.invalid
            }
            let counts = ["new", "changed", "unchanged"].map { mark in "\(report.preview.count { $0.mark == mark }) \(mark)" }.joined(separator: ", ")
            Console.out("\(DisplayPath.of(destination)): preview of \(report.preview.count) entr\(report.preview.count == 1 ? "y" : "ies") (\(counts))")
        }

        /// `--output`, refused inside the live output folder; else `preview.html` in a new temporary folder.
        private func destination(outside live: URL) throws -> URL {
            if let output {
                let file = URL(fileURLWithPath: output).standardizedFileURL
                let folder = live.standardizedFileURL.resolvingSymlinksInPath().path + "/"
                if file.deletingLastPathComponent().resolvingSymlinksInPath().path.appending("/").hasPrefix(folder) {
                    throw ValidationError("--output \(output) is inside the output folder \(DisplayPath.of(live)), which only build writes.")
                }
                return file
            }
            var template = Array((FileManager.default.temporaryDirectory.path + "/feedgen-preview-XXXXXX").utf8CString)
            guard let made = mkdtemp(&template) else {
                Console.error("feedgen: cannot create a temporary folder: \(String(cString: strerror(errno)))")
                throw ExitStatus.invalid
            }
            return URL(fileURLWithPath: String(cString: made)).appendingPathComponent("preview.html")
        }
    }
}
