import Foundation
import Testing

/// The real Jekyll (Debian's `jekyll`, 4.3, with `ruby-jekyll-feed`) run on a
/// site, and its feed compared with feedgen's as subscribers read them
/// (`Tests/compare/compare_feeds.py`: ids, links, dates, titles, images, text).
enum JekyllRun {
    static var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/jekyll") }

    /// Builds the site in `root` into `destination` (by default its `_site`).
    static func build(_ root: URL, into destination: URL? = nil) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/jekyll")
        process.arguments = ["build", "--quiet", "-s", root.path] + (destination.map { ["-d", $0.path] } ?? [])
        process.currentDirectoryURL = root
        try process.run()
        let processStatus = process.waitForExit()
        #expect(processStatus == 0)
    }

    /// What `compare_feeds.py --text` says of jekyll-feed's Atom file and feedgen's.
    static func compare(_ reference: URL, _ feedgen: URL) throws -> (reference: Int, feedgen: Int, problems: [String]) {
        let output = try PythonScript.run(SampleSite.root.appendingPathComponent("Tests/compare/compare_feeds.py"), [reference.path, feedgen.path, "--text"])
        let result = try #require(try JSONSerialization.jsonObject(with: output) as? [String: Any])
        return (result["reference"] as? Int ?? -1, result["feedgen"] as? Int ?? -1, result["problems"] as? [String] ?? ["no problems list"])
    }
}
