import ArgumentParser
import FeedGen
import Foundation

/// `--config`, which every command that reads a site shares.
struct ConfigOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site's config file (default: config.json, else the Jekyll site's _config.yml, else a Hugo site's hugo.toml or config.*, translated as init does).", valueName: "path"))
    var config: String?

    /// The site's config; its problems are printed and exit 1.
    func load(quiet: Bool) throws -> SiteConfig {
        do {
            return try ConfigDiscovery.load(explicit: config, in: URL(fileURLWithPath: "."))
        } catch {
            Console.report(error.diagnostics, quiet: quiet)
            throw ExitStatus.invalid
        }
    }
}
