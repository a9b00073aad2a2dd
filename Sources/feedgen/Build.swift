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
                The publish guard refuses (exit 1, nothing published) a build that would \
                empty a published feed, give entries that stay in it new ids (a changed \
                permalink, ids or url), or make more than half of its recent entries \
                vanish at once; --accept-changes publishes such a change. \
                Exit codes: 0 success (with --dry-run: it would publish); 1 invalid input \
                or output, or refused, nothing published (with --keep-going the valid \
                posts are published); 64 usage; 73 a file could not be written (full disk, \
                a link in its place): stderr names it, the others were published; 75 busy.
                """
        )

        @OptionGroup var selection: SiteSelection

        @Option(name: .long, help: ArgumentHelp("Build into this folder instead of the config's output folder (to try --drafts or --future without touching the live feeds).", valueName: "folder"))
        var output: String?

        @Flag(name: .long, help: "Do everything but publish: write no file, print what would change for subscribers; exit 1 if the build would be refused.")
        var dryRun = false

        @Flag(name: .long, help: "Publish a change the publish guard refuses (an emptied feed, changed entry ids, many entries gone), this once.")
        var acceptChanges = false

        @Flag(name: .long, help: "Publish the valid posts even when others are broken; still exits 1.")
        var keepGoing = false

        @Flag(name: .long, help: "Wait for another running build instead of exiting with 75.")
        var wait = false

        @Flag(name: .long, help: "Neither read nor write the build cache (feeds/.feedgen-cache).")
        var noCache = false

        @Flag(name: .long, help: "Do not notify the config's WebSub hubs of changed feeds (nor retry the pings owed).")
        var noPing = false

        @Flag(name: .shortAndLong, help: "Print nothing on success, and no warnings.")
        var quiet = false

        @Flag(name: .shortAndLong, help: "Also print one line per post in the feed, and how many posts were read and rendered.")
        var verbose = false

        // Test seams (see BuildOptions), hidden from --help.
        @Option(name: .customLong("test-publish-delay"), help: .hidden)
        var testPublishDelay: Double?

        @Option(name: .customLong("test-failing-write"), help: .hidden)
        var testFailingWrite: Int?

        @Option(name: .customLong("test-render-time-limit"), help: .hidden)
        var testRenderTimeLimit: Double?

        func validate() throws {
            if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together.") }
        }

        func run() throws {
            var (site, options) = try selection.load(quiet: quiet)
            options.dryRun = dryRun
            options.acceptChanges = acceptChanges
            options.keepGoing = keepGoing
            options.waitForLock = wait
            options.useCache = !noCache
            options.pingHubs = !noPing
            // This very binary, even if it is replaced on disk during the build.
            options.watchdog = MarkdownWatchdog(executable: "/proc/self/exe")
            if let testRenderTimeLimit { options.watchdog?.timeLimit = testRenderTimeLimit }
            options.publishDelay = testPublishDelay
            options.failingWrite = testFailingWrite

            // The config's translations (other languages' feeds) after it, each
            // into its own folder; every one is built, and the first failure is the exit code.
            if let output { site.outputFolder = URL(fileURLWithPath: output) }
            var sites = [site]
            for var translation in site.translations {
                if let output { translation.config.outputFolder = URL(fileURLWithPath: output).appendingPathComponent(translation.name) }
                sites.append(translation.config)
            }
            var failure: Error?
            for site in sites {
                do {
                    try build(site, options: options)
                } catch {
                    failure = failure ?? error
                }
            }
            if let failure { throw failure }
        }

        /// One config's feeds.
        private func build(_ site: SiteConfig, options: BuildOptions) throws {
            let builder = SiteBuilder(config: site, options: options, postsDisplayPath: DisplayPath.of(site.postsFolder))
            let report: BuildReport
            do {
                report = try builder.build()
            } catch let busy as BuildLock.Busy {
                Console.error(busy.diagnostic.description)
                throw ExitStatus.busy
            }
            Console.write(report.lines(dryRun: dryRun, quiet: quiet, verbose: verbose))
            switch report.outcome {
            case .succeeded: break
            case .invalid: throw ExitStatus.invalid
            case .cannotWrite: throw ExitStatus.cannotWrite
            }
        }
    }
}
