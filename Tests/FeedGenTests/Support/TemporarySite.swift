import Foundation
import FeedGen
@testable import SiteLoading

/// A site in a fresh temporary folder: config.json, posts/ and feeds/.
/// Removed when the value is released.
final class TemporarySite {
    let root: URL

    init(config: String = TemporarySite.defaultConfig, posts: [String: String] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("feedgen-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("posts"), withIntermediateDirectories: true)
        try write("config.json", config)
        for (name, text) in posts { try write("posts/" + name, text) }
    }

    deinit {
        // Undo chmods a test may have made, so everything can be removed.
        _ = try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root.appendingPathComponent("feeds").path)
        _ = try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root.appendingPathComponent("posts").path)
        try? FileManager.default.removeItem(at: root)
    }

    static let defaultConfig = """
        {"title": "Test Site", "url": "https://example.org", "author": {"name": "Ann Author"}}
        """

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func write(_ path: String, _ text: String) throws {
        try write(path, bytes: Array(text.utf8))
    }

    func write(_ path: String, bytes: [UInt8]) throws {
        let file = url(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: url(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: url(path).path)
    }

    func modificationDate(_ path: String) throws -> Date {
        try FileManager.default.attributesOfItem(atPath: url(path).path)[.modificationDate] as! Date
    }

    func config() throws -> SiteConfig {
        try ConfigLoader.load(from: url("config.json"))
    }

    /// The files in feeds/, name to bytes, to compare before and after a build.
    func publishedFeeds() throws -> [String: Data] {
        let folder = url("feeds")
        guard FileManager.default.fileExists(atPath: folder.path) else { return [:] }
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where !name.hasPrefix(".") {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }
}
