/// Why a written date names no instant a feed can carry; each message says
/// what is wrong with this date, not which forms exist (`notADate` alone
/// is about the form, and the caller gives the advice).
package enum DateProblem: Error, Equatable, Sendable {
    /// Not written in any form Jekyll and feedgen read.
    case notADate
    case noSuchMonth(year: Int, month: Int)
    case noSuchDay(year: Int, month: Int, day: Int)
    case notATimeOfDay(hour: Int, minute: Int, second: Int)
    /// Outside years 1-9999 as written (`zone` nil), or once in the site's time zone.
    case yearOutOfRange(Int, zone: String?)
    /// A wall-clock time that the clocks skip when they go forward.
    case skippedByClocks(written: String, zone: String, from: String, to: String)

    /// The reason, for `text` written as a date.
    package func message(for text: String) -> String {
        switch self {
        case .notADate:
            return "\"\(text)\" is not a date; write YYYY-MM-DD, YYYY-MM-DD HH:MM:SS +HH:MM or RFC 3339"
        case .noSuchMonth(let year, let month):
            return "\(text.trimmed) is not a date: there is no month \(month) in \(year) or any year"
        case .noSuchDay(let year, let month, let day):
            return "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2)) is not a day of \(Self.monthNames[month - 1]) \(year)"
        case .notATimeOfDay(let hour, let minute, let second):
            let shown = hour >= 100 ? "\(hour - 100) am/pm" : "\(Self.pad(hour, 2)):\(Self.pad(minute, 2)):\(Self.pad(second, 2))"
            return "\(shown) is not a time of day"
        case .yearOutOfRange(let year, let zone):
            let place = zone.map { "is in year \(year) in \($0)" } ?? "is in year \(year)"
            return "\(text.trimmed) \(place); feeds carry dates of the years 1 to 9999 only"
        case .skippedByClocks(let written, let zone, let from, let to):
            return "\(written) does not exist in \(zone): the clocks went from \(from) straight to \(to); write the time with its offset, or a time that exists"
        }
    }

    private static func pad(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]
}
