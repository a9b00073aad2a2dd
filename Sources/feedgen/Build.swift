import ArgumentParser
import FeedGen
import Foundation

extension FeedGenCommand {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build the feeds from the posts and publish them into the output folder.",
            discussion: """
                Prints one line per feed (written or unchanged, with its entry count). \
                Problems go to stderr as path:line: message, all of them in one run. \
                Exit codes: 0 success; 1 invalid input or output, nothing published \
                (with --keep-going the valid posts are published); 64 usage; 75 busy.
                """
        )

        @Option(name: .long, help: ArgumentHelp("The site's config file (default: config.json, else a Hugo site's hugo.toml or config.*, translated as init does).", valueName: "path"))
        var config: String?

        @Flag(name: .long, help: "Include posts with `draft: true` or `published: false`.")
        var drafts = false

        @Flag(name: .long, help: "Include posts dated in the future.")
        var future = false

        @Option(name: .long, help: ArgumentHelp("Build as if the time were this date, written as a post's date may be (decides which scheduled posts are due).", valueName: "date"))
        var now: String?

        @Flag(name: .long, help: "Publish the valid posts even when others are broken; still exits 1.")
        var keepGoing = false

        @Flag(name: .long, help: "Wait for another running build instead of exiting with 75.")
        var wait = false

        @Flag(name: .long, help: "Neither read nor write the build cache (feeds/.feedgen-cache).")
        var noCache = false

        @Flag(name: .shortAndLong, help: "Print nothing on success, and no warnings.")
        var quiet = false

        @Flag(name: .shortAndLong, help: "Also print one line per post in the feed, and how many posts were read and rendered.")
        var verbose = false

        func validate() throws {
            if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together.") }
        }

        func run() throws {
            let site: SiteConfig
            do {
                site = try ConfigDiscovery.load(explicit: config, in: URL(fileURLWithPath: "."))
            } catch {
                Console.report(error.diagnostics, quiet: quiet)
                throw ExitStatus.invalid
            }
            var options = BuildOptions()
            options.includeDrafts = drafts
            options.includeFuture = future
            options.keepGoing = keepGoing
            options.waitForLock = wait
            options.useCache = !noCache
            if let now {
                // The same reading as a post's `date`: a time without an offset is in the site's zone.
                do {
                    options.now = try PostDate.read(now, in: site.timeZone)
                } catch {
                    throw ValidationError("--now \(error.message(for: now))")
                }
            }

            let builder = SiteBuilder(config: site, options: options, postsDisplayPath: DisplayPath.of(site.postsFolder))
            let report: BuildReport
            do {
                report = try builder.build()
            } catch let busy as BuildLock.Busy {
                let holder = busy.holder.map { " (process \($0))" } ?? ""
                Console.error("\(busy.lockPath): another feedgen build\(holder) holds the lock; try again later or use --wait")
                throw ExitStatus.busy
            }
            Console.report(report.diagnostics, quiet: quiet)
            if !quiet {
                if verbose {
                    for entry in report.entries { Console.out("\(entry.path): \(entry.url)") }
                    Console.out("\(report.postCount) posts: \(report.parsedCount) read, \(report.postCount - report.parsedCount) from the cache, \(report.renderedCount) rendered")
                }
                for output in report.outputs {
                    let count = "\(output.entryCount) entr\(output.entryCount == 1 ? "y" : "ies")"
                    Console.out("\(output.path): \(output.written ? "written" : "unchanged"), \(count)\(Self.describe(output.fitting))")
                }
                if report.outputs.isEmpty && !report.succeeded {
                    let errors = report.diagnostics.filter { $0.severity == .error }.count
                    Console.error("feedgen: \(errors) error\(errors == 1 ? "" : "s"); nothing was published")
                }
            }
            if !report.succeeded { throw ExitStatus.invalid }
        }

        /// What `"max_bytes"` did to a file, for its report line.
        private static func describe(_ fitting: SizeFitting?) -> String {
            guard let fitting else { return "" }
            let leftOut = fitting.leftOut == 0 ? "" : "\(fitting.leftOut) oldest left out"
            return " (" + (fitting.summariesOnly ? "summaries only" + (leftOut.isEmpty ? "" : ", ") : "") + leftOut + ", to fit max_bytes)"
        }

    }
}
