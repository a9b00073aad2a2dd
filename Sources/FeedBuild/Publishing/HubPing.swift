import FeedSupport
import Foundation

/// WebSub's publish ping (W3C WebSub; the form public hubs accept:
/// `hub.mode=publish&hub.url=<feed URL>`, form-encoded POST): after a build
/// that changed a feed, each hub is told of each changed feed. A hub that does
/// not answer 2xx within the timeout is a warning, never a failure: the pings
/// it is owed are kept in `.feedgen-pings` in the output folder (one
/// `hub<TAB>feed URL` line each, replaced atomically) and sent again by the
/// next build, whether or not that one changes anything.
struct HubPing {
    static let fileName = ".feedgen-pings"

    var hubs: [String]
    var timeout: Double
    var folder: URL

    private var path: String { DisplayPath.of(folder.appendingPathComponent(Self.fileName)) }

    /// Pings every hub for the feeds at `changed` (their URLs) and for what
    /// earlier builds still owe; a warning per hub that did not take them.
    func notify(changed: [String]) -> [Diagnostic] {
        var owed = Self.read(folder.appendingPathComponent(Self.fileName)).filter { hubs.contains($0.hub) }
        for hub in hubs {
            for feed in changed { owed.append((hub, feed)) }
        }
        owed = owed.uniqued { $0.hub + "\t" + $0.feed }
        guard !owed.isEmpty || FileManager.default.fileExists(atPath: folder.appendingPathComponent(Self.fileName).path) else { return [] }
        var stillOwed: [(hub: String, feed: String)] = []
        var warnings: [Diagnostic] = []
        for hub in hubs {
            let feeds = owed.filter { $0.hub == hub }.map(\.feed)
            for (index, feed) in feeds.enumerated() {
                let answer = HTTPPost.send(hub, form: [("hub.mode", "publish"), ("hub.url", feed)], timeout: timeout)
                let trouble: BuildReason.HubTrouble? = switch answer {
                case .success(let status) where (200..<300).contains(status): nil
                case .success(let status): .answered(status)
                case .failure(let failure): failure
                }
                guard let trouble else { continue }
                // A hub that is down is not asked again for the other feeds in this build.
                let left = feeds[index...]
                stillOwed += left.map { (hub, $0) }
                warnings.append(.warning(SourceLocation(path: path), BuildReason.hubNotNotified(hub, feeds: left.count, trouble)))
                break
            }
        }
        do {
            if stillOwed.isEmpty {
                unlink(folder.appendingPathComponent(Self.fileName).path)
            } else {
                let text = stillOwed.map { $0.hub + "\t" + $0.feed + "\n" }.joined()
                _ = try AtomicFile.write(Array(text.utf8), named: Self.fileName, in: folder, durable: false)
            }
        } catch {
            warnings.append(error.asWarning)
        }
        return warnings
    }

    private static func read(_ url: URL) -> [(hub: String, feed: String)] {
        guard let data = FileManager.default.contents(atPath: url.path) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return fields.count == 2 ? (String(fields[0]), String(fields[1])) : nil
        }
    }
}
