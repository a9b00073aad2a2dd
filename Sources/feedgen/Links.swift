import ArgumentParser
import FeedGen
import Foundation

extension FeedGenCommand {
    struct Links: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the HTML <link rel=\"alternate\"> tags that let browsers and readers discover the feeds.",
            discussion: "Put them in the <head> of the site's pages. Exit codes: 0 printed; 1 the config is invalid; 64 usage."
        )

        @OptionGroup var site: ConfigOption

        func run() throws {
            let site = try self.site.load(quiet: false)
            for line in AutodiscoveryLinks.html(for: site) { Console.out(line) }
        }
    }
}
