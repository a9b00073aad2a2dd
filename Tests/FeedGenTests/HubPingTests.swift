import Foundation
import Testing
import FeedGen
@testable import FeedBuild

/// WebSub through the binary, against a real hub on 127.0.0.1
/// (Tests/hub/record_hub.py, Python's http.server) that records every request.
@Suite(.serialized) struct HubPingTests {
    struct Request: Decodable, Equatable {
        var method: String
        var path: String
        var content_type: String?
        var body: String
    }

    /// A running hub and the log of what it received.
    final class Hub {
        let process = Process()
        let log: URL
        let port: Int

        init(log: URL, port: Int = 0, status: Int = 204) throws {
            self.log = log
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", SampleSite.root.appendingPathComponent("Tests/hub/record_hub.py").path, log.path, String(port), String(status)]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            // The first line, once the server listens.
            var line = Data()
            while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) { line += byte }
            self.port = Int(String(decoding: line, as: UTF8.self))!
        }

        private var stopped = false

        func stop() {
            guard !stopped else { return }
            stopped = true
            // SIGKILL: the test runner's threads block SIGTERM, and the child inherits the mask.
            kill(process.processIdentifier, SIGKILL)
            process.waitForExit()
        }

        deinit { stop() }

        var requests: [Request] {
            guard let data = FileManager.default.contents(atPath: log.path) else { return [] }
            return String(decoding: data, as: UTF8.self).split(separator: "\n").map { try! JSONDecoder().decode(Request.self, from: Data($0.utf8)) }
        }
    }

    static func ping(_ feed: String, path: String = "/hub") -> Request {
        Request(method: "POST", path: path, content_type: "application/x-www-form-urlencoded",
                body: "hub.mode=publish&hub.url=https%3A%2F%2Fexample.org%2Ffeeds%2F" + feed)
    }

    static func site(hubs: [String]) throws -> TemporarySite {
        let list = hubs.map { "\"\($0)\"" }.joined(separator: ", ")
        return try TemporarySite(config: #"{"title": "T", "url": "https://example.org", "author": "A", "hubs": [\#(list)]}"#,
                                 posts: ["2024-05-01-one.md": "---\ntitle: One\n---\nOne.\n"])
    }

    @Test func everyFeedNamesTheHubs() throws {
        let site = try Self.site(hubs: ["https://hub.example/", "http://127.0.0.1:9/"])
        #expect(try FeedgenProcess.run(["build", "--no-ping"], in: site.root).status == 0)
        #expect(try site.read("feeds/atom.xml").contains("""
              <link rel="alternate" type="text/html" href="https://example.org/"/>
              <link rel="hub" href="https://hub.example/"/>
              <link rel="hub" href="http://127.0.0.1:9/"/>

            """))
        #expect(try site.read("feeds/rss.xml").contains("""
                <atom:link href="https://example.org/feeds/rss.xml" rel="self" type="application/rss+xml"/>
                <atom:link href="https://hub.example/" rel="hub"/>
                <atom:link href="http://127.0.0.1:9/" rel="hub"/>

            """))
        #expect(try site.read("feeds/feed.json").contains("""
              "hubs": [
                {
                  "type": "WebSub",
                  "url": "https://hub.example/"
                },
                {
                  "type": "WebSub",
                  "url": "http://127.0.0.1:9/"
                }
              ],

            """))
        // --no-ping: nothing owed either.
        #expect(!site.exists("feeds/.feedgen-pings"))
        #expect(try FeedgenProcess.run(["validate", "feeds"], in: site.root).status == 0)
    }

    @Test func oneRequestPerChangedFeedAndNoneWhenNothingChanged() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("feedgen-hub-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let hub = try Hub(log: folder.appendingPathComponent("requests.jsonl"))
        let site = try Self.site(hubs: ["http://127.0.0.1:\(hub.port)/hub", "http://127.0.0.1:\(hub.port)/other?x=1"])
        let first = try FeedgenProcess.run(["build"], in: site.root)
        #expect(first.status == 0)
        #expect(first.stderr == "")
        #expect(hub.requests == ["atom.xml", "rss.xml", "feed.json"].map { Self.ping($0) } + ["atom.xml", "rss.xml", "feed.json"].map { Self.ping($0, path: "/other?x=1") })
        #expect(!site.exists("feeds/.feedgen-pings"))
        // Nothing changed: no request.
        #expect(try FeedgenProcess.run(["build"], in: site.root).status == 0)
        #expect(hub.requests.count == 6)
        // A new post changes every feed, in the same order.
        try site.write("posts/2024-05-02-two.md", "---\ntitle: Two\n---\nTwo.\n")
        #expect(try FeedgenProcess.run(["build"], in: site.root).status == 0)
        #expect(hub.requests.count == 12)
        hub.stop()
    }

    @Test func aHubThatIsDownIsAWarningAndIsPingedAgainNextTime() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("feedgen-hub-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let hub = try Hub(log: folder.appendingPathComponent("requests.jsonl"))
        let port = hub.port
        hub.stop()
        let site = try Self.site(hubs: ["http://127.0.0.1:\(port)/hub"])
        let down = try FeedgenProcess.run(["build"], in: site.root)
        // Published all the same, and only a warning.
        #expect(down.status == 0)
        #expect(down.stdout == "feeds/atom.xml: written, 1 entry\nfeeds/rss.xml: written, 1 entry\nfeeds/feed.json: written, 1 entry\n")
        #expect(down.stderr == "feeds/.feedgen-pings: warning: hub http://127.0.0.1:\(port)/hub was not notified of 3 feeds (Connection refused); the next build tries again\n")
        #expect(try site.read("feeds/.feedgen-pings") == ["atom.xml", "rss.xml", "feed.json"].map { "http://127.0.0.1:\(port)/hub\thttps://example.org/feeds/\($0)\n" }.joined())
        // --quiet says nothing; the pings stay owed.
        let quiet = try FeedgenProcess.run(["build", "--quiet"], in: site.root)
        #expect(quiet.stderr == "")
        #expect(site.exists("feeds/.feedgen-pings"))
        // The hub is back: the next build, with nothing changed, sends what was owed, once.
        let back = try Hub(log: folder.appendingPathComponent("requests.jsonl"), port: port)
        let retry = try FeedgenProcess.run(["build"], in: site.root)
        #expect(retry.stderr == "")
        #expect(back.requests == ["atom.xml", "rss.xml", "feed.json"].map { Self.ping($0) })
        #expect(!site.exists("feeds/.feedgen-pings"))
        #expect(try FeedgenProcess.run(["build"], in: site.root).status == 0)
        #expect(back.requests.count == 3)
        back.stop()
    }

    @Test func aHubThatAnswersAnErrorIsPingedAgain() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("feedgen-hub-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let hub = try Hub(log: folder.appendingPathComponent("requests.jsonl"), status: 500)
        let site = try Self.site(hubs: ["http://127.0.0.1:\(hub.port)/hub"])
        let result = try FeedgenProcess.run(["build"], in: site.root)
        #expect(result.status == 0)
        #expect(result.stderr == "feeds/.feedgen-pings: warning: hub http://127.0.0.1:\(hub.port)/hub was not notified of 3 feeds (it answered 500); the next build tries again\n")
        // It was asked once, for the first feed; the others wait with it.
        #expect(hub.requests == [Self.ping("atom.xml")])
        hub.stop()
    }

    @Test func hubsMustBeURLs() throws {
        let site = try TemporarySite(config: #"{"title": "T", "url": "https://example.org", "hubs": ["hub.example"]}"#)
        let result = try FeedgenProcess.run(["build"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stderr == "config.json:1:55: each of \"hubs\" must be an absolute http or https URL, such as \"https://pubsubhubbub.appspot.com/\"\n")
    }

    @Test func formEncoding() {
        #expect(HTTPPost.percentEncoded("https://example.org/feeds/a b.xml?x=1&y=ü") == "https%3A%2F%2Fexample.org%2Ffeeds%2Fa%20b.xml%3Fx%3D1%26y%3D%C3%BC")
    }
}
