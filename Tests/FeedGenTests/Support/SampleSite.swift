import Foundation
import FeedGen
@testable import FeedBuild
@testable import SiteLoading

/// The repository's own sample site (config.json + posts/ at the package
/// root), built into a temporary folder with a fixed clock.
enum SampleSite {
    /// The package root, found from this file's place in Tests/FeedGenTests/Support/.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // FeedGenTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static let goldenFolder = root.appendingPathComponent("Tests/FeedGenTests/Golden")

    /// 2026-01-01T00:00:00Z: after every dated sample post except the 2099 letter.
    static let now = Date(timeIntervalSince1970: 1_767_225_600)

    static let fileNames = ["atom.xml", "rss.xml", "feed.json"]

    /// A built copy of the sample site's feeds, removed when released.
    final class Build {
        let folder: URL
        let report: BuildReport

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("feedgen-sample-\(UUID().uuidString)")
            var config = try ConfigLoader.load(from: SampleSite.root.appendingPathComponent("config.json"))
            config.outputFolder = folder
            var options = BuildOptions()
            options.now = SampleSite.now
            report = try SiteBuilder(config: config, options: options, postsDisplayPath: "posts").build()
        }

        deinit {
            try? FileManager.default.removeItem(at: folder)
        }

        func bytes(_ name: String) throws -> Data {
            try Data(contentsOf: folder.appendingPathComponent(name))
        }

        func url(_ name: String) -> URL {
            folder.appendingPathComponent(name)
        }
    }
}
