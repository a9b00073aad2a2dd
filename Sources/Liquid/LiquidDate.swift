import Foundation

/// A Ruby `Time`: an instant and the UTC offset it is shown in, which
/// `date`, `date_to_xmlschema` and printing (`2024-05-01 10:00:00 +0200`) use.
public struct LiquidDate: Sendable, Equatable {
    public var date: Date
    /// Seconds east of UTC.
    public var utcOffset: Int

    public init(date: Date, utcOffset: Int) {
        self.date = date
        self.utcOffset = utcOffset
    }

    public init(date: Date, timeZone: TimeZone) {
        self.init(date: date, utcOffset: timeZone.secondsFromGMT(for: date))
    }

    /// The civil fields in the date's own offset.
    var components: DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: utcOffset) ?? TimeZone(identifier: "UTC")!
        return calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday, .nanosecond], from: date)
    }

    /// Ruby's `Time#to_s`.
    var text: String { RubyTime.format(self, "%Y-%m-%d %H:%M:%S %z") }
}
