import FeedModel
import Foundation

/// Dates as each format writes them, in the site's time zone, to the second.
package enum FeedDate {
    /// RFC 3339, for Atom and JSON Feed: `2024-05-01T10:00:00+02:00`, `Z` for UTC.
    package static func rfc3339(_ date: Date, in zone: TimeZone) -> String {
        let civil = CivilTime(date, in: zone)
        return "\(pad(civil.year, 4))-\(pad(civil.month))-\(pad(civil.day))T\(pad(civil.hour)):\(pad(civil.minute)):\(pad(civil.second))"
            + (civil.offset == 0 ? "Z" : offsetText(civil.offset, separator: ":"))
    }

    /// RFC 822 with a four-digit year (RFC 1123), for RSS: `Wed, 01 May 2024 10:00:00 +0200`.
    package static func rfc822(_ date: Date, in zone: TimeZone) -> String {
        let civil = CivilTime(date, in: zone)
        let weekday = weekdays[civil.weekday]
        let month = months[civil.month - 1]
        return "\(weekday), \(pad(civil.day)) \(month) \(pad(civil.year, 4)) \(pad(civil.hour)):\(pad(civil.minute)):\(pad(civil.second)) "
            + offsetText(civil.offset, separator: "")
    }

    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    private static func offsetText(_ offset: Int, separator: String) -> String {
        let minutes = abs(offset) / 60
        return (offset < 0 ? "-" : "+") + pad(minutes / 60) + separator + pad(minutes % 60)
    }

    private static func pad(_ number: Int, _ width: Int = 2) -> String {
        let digits = String(number)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
