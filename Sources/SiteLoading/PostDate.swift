import FeedModel
import FeedSupport
import Foundation

/// Reads a post's date the way Jekyll does, into an instant.
///
/// Jekyll reads every `date` with Ruby's `Time.parse` (`Utils.parse_date`),
/// in the site's `timezone`. The one exception is a value YAML itself reads as
/// a timestamp (unquoted, with seconds: `2024-05-01 10:30:00`): Psych makes it
/// a `Time` first, and without an offset that time is UTC, not local. The
/// forms are those of `WrittenDate`; the zones are Ruby's (`Time.zone_offset`).
package enum PostDate {
    /// The instant `text` names, or `nil` for any problem (see `read`).
    package static func parse(_ text: String, in timeZone: TimeZone) -> Date? {
        try? read(text, in: timeZone)
    }

    /// The instant `text` names. `isPlainYAML` says the text was an unquoted
    /// YAML scalar, which YAML may already have read as a timestamp.
    package static func read(_ text: String, in timeZone: TimeZone, isPlainYAML: Bool = false) throws(DateProblem) -> Date {
        let trimmed = text.trimmed
        guard let written = WrittenDate(trimmed) else { throw .notADate }
        guard (1...9999).contains(written.year) else { throw .yearOutOfRange(written.year, zone: nil) }
        guard (1...12).contains(written.month) else { throw .noSuchMonth(year: written.year, month: written.month) }
        guard (1...daysIn(month: written.month, year: written.year)).contains(written.day) else {
            throw .noSuchDay(year: written.year, month: written.month, day: written.day)
        }
        // Ruby reads 24:00:00 as the next midnight and :60 as the next minute.
        guard written.hour < 24 || (written.hour == 24 && written.minute == 0 && written.second == 0 && written.fraction == 0),
              written.minute < 60, written.second <= 60
        else { throw .notATimeOfDay(hour: written.hour, minute: written.minute, second: written.second) }

        let local = CivilTime.daysSinceEpoch(year: written.year, month: written.month, day: written.day) * 86_400
            + written.hour * 3600 + written.minute * 60 + written.second
        let yamlTimestamp = isPlainYAML && isYAMLTimestamp(trimmed)
        let seconds: Int
        // Jekyll turns a YAML time back into text before `Time.parse`, which loses its fraction.
        var fraction = yamlTimestamp ? 0 : written.fraction
        if let offset = yamlTimestamp ? yamlOffset(written.zone) : rubyOffset(written.zone, year: written.year, in: timeZone) {
            seconds = local - offset
        } else {
            seconds = try instant(ofLocal: local, in: timeZone, written: trimmed)
        }
        if !written.hasTime { fraction = 0 }
        let date = Date(timeIntervalSince1970: Double(seconds) + fraction)
        // Feeds write dates in the site's zone: there the year must have four digits too.
        let year = CivilTime(date, in: timeZone).year
        guard (1...9999).contains(year) else { throw .yearOutOfRange(year, zone: timeZone.identifier) }
        return date
    }

    /// Psych's `TIME` pattern: what YAML 1.1 reads as a timestamp.
    static func isYAMLTimestamp(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        func digits(_ range: ClosedRange<Int>) -> Bool {
            let count = bytes.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
            guard range.contains(count) else { return false }
            bytes = bytes.dropFirst(count)
            return true
        }
        func literal(_ options: String) -> Bool {
            guard let first = bytes.first, options.utf8.contains(first) else { return false }
            bytes = bytes.dropFirst()
            return true
        }
        func spaces() -> Bool {
            let count = bytes.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }.count
            bytes = bytes.dropFirst(count)
            return count > 0
        }
        _ = literal("-")
        guard digits(4...4), literal("-"), digits(1...2), literal("-"), digits(1...2), literal("Tt") || spaces(),
              digits(1...2), literal(":"), digits(2...2), literal(":"), digits(2...2)
        else { return false }
        if literal(".") { _ = digits(0...99) }
        _ = spaces()
        if literal("Z") { return bytes.isEmpty }
        if literal("+-") {
            guard digits(1...2) else { return false }
            _ = literal(":")
            _ = digits(2...2)
        }
        return bytes.isEmpty
    }

    /// Psych's reading of a timestamp's zone: none is UTC; `-8`, `+05:30`, `-0830` are hours and minutes.
    private static func yamlOffset(_ zone: WrittenDate.Zone) -> Int? {
        guard case .numeric(let sign, let digits) = zone, !digits.isEmpty else { return 0 }
        let parts = digits.split(separator: ":")
        let hours = Int(parts[0].count > 2 ? parts[0].prefix(parts[0].count - 2) : parts[0]) ?? 0
        let minutes = parts.count > 1 ? Int(parts[1]) ?? 0 : (parts[0].count > 2 ? Int(parts[0].suffix(2)) ?? 0 : 0)
        return sign * (hours * 3600 + minutes * 60)
    }

    /// Ruby's `Time.zone_offset`: `±HH`, `±HHMM`, `±HH:MM`, `±HH:MM:SS`,
    /// RFC 822's names, else the site zone's own name for 1 January or 1 July
    /// of that year (with that day's offset). Anything else (`-8`, `CET` on a
    /// site in New York) is ignored: the time is the site's wall clock.
    private static func rubyOffset(_ zone: WrittenDate.Zone, year: Int, in timeZone: TimeZone) -> Int? {
        switch zone {
        case .none:
            return nil
        case .numeric(let sign, let digits):
            if digits.isEmpty { return 0 }
            // ±HH, ±HHMM, ±HHMMSS, ±HH:MM, ±HH:MM:SS: pairs of digits, all or none of them apart.
            let pairs = digits.contains(":") ? digits.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
                : stride(from: 0, to: digits.count, by: 2).map { String(digits.dropFirst($0).prefix(2)) }
            guard pairs.allSatisfy({ $0.count == 2 }), pairs.count <= 3, !(digits.contains(":") && pairs.count == 1) else { return nil }
            let values = pairs.map { Int($0)! }
            return sign * (values[0] * 3600 + (values.count > 1 ? values[1] * 60 : 0) + (values.count > 2 ? values[2] : 0))
        case .name(let name):
            if let hours = rfc822Zones[name] { return hours * 3600 }
            for month in [1, 7] {
                let local = CivilTime.daysSinceEpoch(year: year, month: month, day: 1) * 86_400
                let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(local - timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(local))))))
                if ZoneAbbreviations.of(timeZone).contains(ZoneAbbreviations.Name(abbreviation: name, offset: offset)) { return offset }
            }
            return nil
        }
    }

    /// Ruby's `Time::ZoneOffset`, in hours (its military letters other than Z are left out: no post uses them).
    static let rfc822Zones: [String: Int] = [
        "UTC": 0, "Z": 0, "UT": 0, "GMT": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    ]

    /// The instant a wall-clock time names in `zone`. A time that the clocks
    /// skip (a DST gap) is refused; one they show twice (a fold) is the
    /// earlier of the two, read with the offset in force before the change.
    private static func instant(ofLocal local: Int, in zone: TimeZone, written: String) throws(DateProblem) -> Int {
        func offset(at seconds: Int) -> Int { zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(seconds))) }
        // The offsets a day either side: no zone changes twice within two days.
        let before = offset(at: local - 86_400)
        let after = offset(at: local + 86_400)
        let candidates = [before, after].filter { offset(at: local - $0) == $0 }
        if let earliest = candidates.map({ local - $0 }).min() { return earliest }
        // In a gap: find the change (at `high`), to say what the clocks showed.
        var low = local - 86_400, high = local - before
        while high - low > 1 {
            let middle = low + (high - low) / 2
            if offset(at: middle) == before { low = middle } else { high = middle }
        }
        throw .skippedByClocks(written: written, zone: zone.identifier,
                               from: clock(high + before), to: clock(high + offset(at: high)))
    }

    private static func clock(_ local: Int) -> String {
        let secondOfDay = local.floorModulo(86_400)
        return String(format: "%02d:%02d", secondOfDay / 3600, secondOfDay % 3600 / 60)
    }

    /// The offset a date was written with (`Z`, `+02:00`, `EST`), if any: Hugo
    /// keeps it, and places a page by its date in that offset.
    package static func writtenOffset(of text: String) -> Int? {
        guard let written = WrittenDate(text.trimmed) else { return nil }
        if case .none = written.zone { return nil }
        return rubyOffset(written.zone, year: written.year, in: TimeZone(secondsFromGMT: 0)!)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
