import ArgumentParser
import FeedGen

@main
struct FeedGenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feedgen",
        abstract: "Turns a folder of Markdown posts into Atom, RSS and JSON feeds.",
        discussion: """
            Exit codes: 0 success; 1 a post, the config or a feed is invalid, or the publish \
            guard refused the change, and nothing was published; 64 usage error; 73 a valid file could not be written (the \
            others were published); 75 another build holds the output folder's lock.
            """,
        version: FeedGenerator.version,
        subcommands: [Build.self, Preview.self, Validate.self, Init.self, Links.self, RenderMarkdown.self]
    )
}
