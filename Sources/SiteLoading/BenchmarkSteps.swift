import Foundation

/// The loading steps the micro-benchmarks (`Benchmarks/`, a package of their
/// own, which `package` access does not reach) measure, each behind plain
/// values, so that the steps themselves stay `package` and none of them is API.
@_spi(Benchmarks) public enum BenchmarkSteps {
    /// One post's front matter read as every build reads every post (`PostLoader.load`).
    public struct LoadPost: Sendable {
        let loader: PostLoader
        let file: PostFile

        public init(fileName: String, in folder: URL) {
            let config = SiteConfig(title: "Benchmark Site", url: "https://example.org", postsFolder: folder, outputFolder: folder.appendingPathComponent("out"))
            loader = PostLoader(config: config)
            file = PostFile(folder: folder.path, relativePath: fileName, displayFolder: "posts")
        }

        /// The post's title, and the problems found (one line each).
        public func run() -> (title: String?, problems: [String]) {
            let (post, diagnostics) = loader.load(file)
            return (post?.title, diagnostics.map(\.description))
        }
    }

    /// A front matter date read (`PostDate.parse`).
    public static func parseDate(_ text: String, in timeZone: TimeZone) -> Date? {
        PostDate.parse(text, in: timeZone)
    }

    /// A post's Markdown rendered by cmark-gfm, with its excerpt (`MarkdownRenderer.render`).
    public static func renderMarkdown(_ markdown: String) -> (html: String, excerptHTML: String) {
        MarkdownRenderer.render(markdown, excerptSeparator: nil)
    }
}
