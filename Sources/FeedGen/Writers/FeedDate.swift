import Foundation

/// Dates as each format writes them, in the site's time zone, to the second.
enum FeedDate {
    /// RFC 3339, for Atom and JSON Feed: `2024-05-01T10:00:00+02:00`, `Z` for UTC.
    static func rfc3339(_ date: Date, in zone: TimeZone) -> String {
        let (civil, offset) = parts(of: date, in: zone)
        return "\(pad(civil.year, 4))-\(pad(civil.month))-\(pad(civil.day))T\(pad(civil.hour)):\(pad(civil.minute)):\(pad(civil.second))"
            + (offset == 0 ? "Z" : offsetText(offset, separator: ":"))
    }

    /// RFC 822 with a four-digit year (RFC 1123), for RSS: `Wed, 01 May 2024 10:00:00 +0200`.
    static func rfc822(_ date: Date, in zone: TimeZone) -> String {
        let (civil, offset) = parts(of: date, in: zone)
        let weekday = weekdays[civil.weekday]
        let month = months[civil.month - 1]
        return "\(weekday), \(pad(civil.day)) \(month) \(pad(civil.year, 4)) \(pad(civil.hour)):\(pad(civil.minute)):\(pad(civil.second)) "
            + offsetText(offset, separator: "")
    }

    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    private struct Civil {
        var year, month, day, hour, minute, second, weekday: Int
    }

    private static func parts(of date: Date, in zone: TimeZone) -> (Civil, Int) {
        let offset = zone.secondsFromGMT(for: date)
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + offset
        let days = seconds.floorDivided(by: 86_400)
        let secondOfDay = seconds - days * 86_400
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = z.floorDivided(by: 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        let weekday = (days + 4).floorModulo(7)
        let civil = Civil(year: year, month: month, day: day, hour: secondOfDay / 3600,
                          minute: secondOfDay % 3600 / 60, second: secondOfDay % 60, weekday: weekday)
        return (civil, offset)
    }

    private static func offsetText(_ offset: Int, separator: String) -> String {
        let minutes = abs(offset) / 60
        return (offset < 0 ? "-" : "+") + pad(minutes / 60) + separator + pad(minutes % 60)
    }

    private static func pad(_ number: Int, _ width: Int = 2) -> String {
        let digits = String(number)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

private extension Int {
    func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor < 0) ? quotient - 1 : quotient
    }

    func floorModulo(_ divisor: Int) -> Int {
        let remainder = self % divisor
        return remainder < 0 ? remainder + divisor : remainder
    }
}
