import ArgumentParser
import FeedGen

extension FeedGenCommand {
    /// Not for people: `build` runs itself with this to render a large post
    /// in a process it can stop (see `MarkdownWatchdog`).
    struct RenderMarkdown: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "render-markdown", shouldDisplay: false)

        @Option(name: .long)
        var dialect: String = "gfm"

        func run() throws {
            guard let dialect = SiteConfig.MarkdownDialect(rawValue: dialect) else { throw ValidationError("unknown dialect \(dialect)") }
            MarkdownWatchdog.serve(dialect: dialect)
        }
    }
}
