import FeedModel
import FeedSupport
import FeedValidation

/// `"max_bytes"`: the most bytes a published feed file may have. A feed that
/// would be larger keeps its newest entries that fit; when not even the
/// newest entry fits with its full content, every entry falls back to its
/// summary and again the newest that fit are kept. Also the warning for a
/// file larger than what common readers fetch.
struct SizeBudget {
    /// `nil`: no budget, the feed is written whole.
    var maxBytes: Int?

    struct Fitted {
        var bytes: [UInt8]
        var feed: Feed
        /// `nil` when the feed fitted as it was.
        var fitting: SizeFitting?
    }

    /// The feed written by `write`, made to fit: `nil` when even one entry
    /// with its summary alone is larger than the budget.
    func fit(_ feed: Feed, write: (Feed) -> String) -> Fitted? {
        let whole = Array(write(feed).utf8)
        guard let maxBytes, whole.count > maxBytes else { return Fitted(bytes: whole, feed: feed, fitting: nil) }
        if let fitted = newestThatFit(feed, maxBytes: maxBytes, write: write), !fitted.feed.entries.isEmpty {
            return Fitted(bytes: fitted.bytes, feed: fitted.feed, fitting: SizeFitting(leftOut: feed.entries.count - fitted.feed.entries.count, summariesOnly: false))
        }
        var summaries = feed
        summaries.entries = feed.entries.map { entry in
            var entry = entry
            entry.contentHTML = nil
            return entry
        }
        guard let fitted = newestThatFit(summaries, maxBytes: maxBytes, write: write), !fitted.feed.entries.isEmpty || feed.entries.isEmpty else {
            return nil
        }
        return Fitted(bytes: fitted.bytes, feed: fitted.feed, fitting: SizeFitting(leftOut: feed.entries.count - fitted.feed.entries.count, summariesOnly: true))
    }

    /// The feed with as many of its newest entries as fit, found by halving:
    /// a file grows with every entry, so a few writes find the count.
    private func newestThatFit(_ feed: Feed, maxBytes: Int, write: (Feed) -> String) -> (bytes: [UInt8], feed: Feed)? {
        func written(_ count: Int) -> (bytes: [UInt8], feed: Feed) {
            var shorter = feed
            shorter.entries = Array(feed.entries.prefix(count))
            // A feed that leaves entries out no longer holds the whole history.
            if count < feed.entries.count, shorter.history == .complete { shorter.history = nil }
            return (Array(write(shorter).utf8), shorter)
        }
        var best = written(0)
        guard best.bytes.count <= maxBytes else { return nil }
        var low = 1
        var high = feed.entries.count
        while low <= high {
            let middle = (low + high) / 2
            let candidate = written(middle)
            if candidate.bytes.count <= maxBytes {
                best = candidate
                low = middle + 1
            } else {
                high = middle - 1
            }
        }
        return best
    }

    /// The limits of readers and services that a feed file is commonly
    /// measured against, largest first.
    static let readerLimits: [(bytes: Int, text: String)] = [
        (15 * 1024 * 1024, "the 15 MiB Miniflux reads"),
        (5_000_000, "the 5 MB some readers read"),
        (2_000_000, "the 2 MB some readers read"),
        (512 * 1024, "the 512 KB FeedBurner reads"),
    ]

    /// A warning for a file larger than what some readers fetch.
    static func readerWarning(size: Int, path: String) -> Diagnostic? {
        guard let limit = readerLimits.first(where: { size > $0.bytes }) else { return nil }
        return .warning(SourceLocation(path: path), FeedReason.largerThanReaders(bytes: size, limit: limit.text))
    }
}

/// What `"max_bytes"` did to one file.
package struct SizeFitting: Equatable, Sendable {
    /// How many of the oldest entries were left out.
    package var leftOut: Int
    /// Whether the entries carry their summaries instead of the full content.
    package var summariesOnly: Bool
}
