import ArgumentParser
import FeedGen
import Foundation

extension FeedGenCommand {
    struct Links: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the HTML <link rel=\"alternate\"> tags that let browsers and readers discover the feeds.",
            discussion: "Put them in the <head> of the site's pages. Exit codes: 0 printed; 1 the config is invalid; 64 usage."
        )

        @Option(name: .long, help: ArgumentHelp("The site's config file (default: config.json, else the Jekyll site's _config.yml, else a Hugo site's hugo.toml or config.*, translated as init does).", valueName: "path"))
        var config: String?

        func run() throws {
            let site: SiteConfig
            do {
                site = try ConfigDiscovery.load(explicit: config, in: URL(fileURLWithPath: "."))
            } catch {
                Console.report(error.diagnostics, quiet: false)
                throw ExitStatus.invalid
            }
            for line in AutodiscoveryLinks.html(for: site) { Console.out(line) }
        }
    }
}
