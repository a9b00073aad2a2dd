import Foundation

/// A moment as a wall clock in some time zone shows it, computed with
/// integer arithmetic (Howard Hinnant's civil_from_days) rather than
/// `Calendar`, which is far slower and is called for every post.
package struct CivilTime {
    package var year, month, day, hour, minute, second: Int
    /// 0 for Sunday … 6 for Saturday.
    package var weekday: Int
    /// 1 for 1 January.
    package var dayOfYear: Int
    /// Offset from UTC in seconds at that moment.
    package var offset: Int

    package init(_ date: Date, in zone: TimeZone) {
        // Offsets are written to the minute; historic ones with seconds
        // (Berlin before 1893: +00:53:28) are cut to the minute, and the wall
        // clock follows, so that the written date still names the same instant.
        offset = zone.secondsFromGMT(for: date) / 60 * 60
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + offset
        let days = seconds.floorDivided(by: 86_400)
        let secondOfDay = seconds - days * 86_400
        let z = days + 719_468
        let era = z.floorDivided(by: 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let marchDay = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * marchDay + 2) / 153
        day = marchDay - (153 * monthIndex + 2) / 5 + 1
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        hour = secondOfDay / 3600
        minute = secondOfDay % 3600 / 60
        second = secondOfDay % 60
        weekday = (days + 4).floorModulo(7)
        dayOfYear = days - Self.daysSinceEpoch(year: year, month: 1, day: 1) + 1
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    package static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// ISO 8601 week number and its year, as Ruby's `%V` and `%G`.
    package var isoWeek: (week: Int, year: Int) {
        let isoWeekday = weekday == 0 ? 7 : weekday
        let week = (dayOfYear - isoWeekday + 10) / 7
        if week < 1 {
            return (Self.isoWeeks(in: year - 1), year - 1)
        }
        if week > Self.isoWeeks(in: year) { return (1, year + 1) }
        return (week, year)
    }

    private static func isoWeeks(in year: Int) -> Int {
        func p(_ y: Int) -> Int { (y + y / 4 - y / 100 + y / 400) % 7 }
        return p(year) == 4 || p(year - 1) == 3 ? 53 : 52
    }
}

extension Int {
    package func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor < 0) ? quotient - 1 : quotient
    }

    package func floorModulo(_ divisor: Int) -> Int {
        let remainder = self % divisor
        return remainder < 0 ? remainder + divisor : remainder
    }
}
