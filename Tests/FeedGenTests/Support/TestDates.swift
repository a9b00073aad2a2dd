import Foundation

/// Instants and zones written the way the specs write them, so that
/// expected values in tests read like the documents they describe.
enum TestDates {
    /// An RFC 3339 instant such as `2024-04-30T22:00:00Z`, parsed by
    /// Foundation's ISO 8601 parser (independent of feedgen's own code).
    static func instant(_ text: String) -> Date {
        if let date = try? Date(text, strategy: .iso8601) { return date }
        let fractional = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        return try! fractional.parse(text)
    }

    static func zone(_ identifier: String) -> TimeZone {
        TimeZone(identifier: identifier)!
    }

    static let utc = zone("UTC")
    static let berlin = zone("Europe/Berlin")
    static let newYork = zone("America/New_York")
    static let kolkata = zone("Asia/Kolkata")
}
