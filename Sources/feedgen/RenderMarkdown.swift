import Foundation
import ArgumentParser
import FeedGen

extension FeedGenCommand {
    /// Not for people: `build` runs itself with this to render a large post
    /// in a process it can stop (see `MarkdownWatchdog`).
    struct RenderMarkdown: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "render-markdown", shouldDisplay: false)

        @Option(name: .long)
        var dialect: String = "gfm"

        /// The site's `DialectRenderer.Options` as JSON (the dialect's defaults without it).
        @Option(name: .long)
        var options: String?

        func run() throws {
            guard let dialect = SiteConfig.MarkdownDialect(rawValue: dialect) else { throw ValidationError("unknown dialect \(dialect)") }
            var decoded = DialectRenderer.Options()
            if let options {
                guard let read = try? JSONDecoder().decode(DialectRenderer.Options.self, from: Data(options.utf8)) else {
                    throw ValidationError("unreadable options \(options)")
                }
                decoded = read
            }
            MarkdownWatchdog.serve(dialect: dialect, options: decoded)
        }
    }
}
