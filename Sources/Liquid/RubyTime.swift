import Foundation

/// Ruby's `Time` as the date filters use it: `strftime`, and reading a value
/// as a time the way Liquid's `Utils.to_date` and `Time.parse` do.
enum RubyTime {
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    static let dayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    /// A value as a time: a time itself, seconds since 1970, `now`/`today`, or a date string; nil when it is none.
    static func date(from value: LiquidValue, timeZone: TimeZone, now: Date = Date()) -> LiquidDate? {
        switch value.resolved {
        case .date(let date): return date
        case .int(let seconds): return LiquidDate(date: Date(timeIntervalSince1970: Double(seconds)), timeZone: timeZone)
        case .double(let seconds): return LiquidDate(date: Date(timeIntervalSince1970: seconds), timeZone: timeZone)
        case .string(let string):
            let trimmed = Whitespace.stripped(string)
            if trimmed.isEmpty { return nil }
            if trimmed == "now" || trimmed == "today" { return LiquidDate(date: now, timeZone: timeZone) }
            if trimmed.allSatisfy(\.isASCIIDigit), let seconds = Int(trimmed) {
                return LiquidDate(date: Date(timeIntervalSince1970: Double(seconds)), timeZone: timeZone)
            }
            return parse(trimmed, timeZone: timeZone)
        default: return nil
        }
    }

    nonisolated(unsafe) private static let isoPattern = try! NSRegularExpression(pattern:
        #"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$"#)
    nonisolated(unsafe) private static let wordsPattern = try! NSRegularExpression(pattern:
        #"^(?:[A-Za-z]{3,9},?\s+)?(?:(\d{1,2})\s+([A-Za-z]{3,9})|([A-Za-z]{3,9})\s+(\d{1,2})(?:st|nd|rd|th)?,?)\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$"#)

    /// The forms of `Time.parse` that dates in posts use: ISO 8601 / RFC 3339
    /// with or without `T`, seconds and an offset, and RFC 2822-like `1 May 2024` / `May 1, 2024`.
    static func parse(_ text: String, timeZone: TimeZone) -> LiquidDate? {
        var fields: (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, zone: String?)
        if let match = LaxMarkup.groups(isoPattern, text) {
            fields = (Int(match[1]!)!, Int(match[2]!)!, Int(match[3]!)!, match[4].flatMap { Int($0) } ?? 0, match[5].flatMap { Int($0) } ?? 0,
                      match[6].flatMap { Int($0) } ?? 0, match[8])
        } else if let match = LaxMarkup.groups(wordsPattern, text) {
            guard let monthName = match[2] ?? match[3], let month = monthNames.firstIndex(where: { $0.lowercased().hasPrefix(monthName.lowercased().prefix(3)) && monthName.count >= 3 }),
                  let day = Int(match[1] ?? match[4] ?? "") else { return nil }
            fields = (Int(match[5]!)!, month + 1, day, match[6].flatMap { Int($0) } ?? 0, match[7].flatMap { Int($0) } ?? 0, match[8].flatMap { Int($0) } ?? 0, match[9])
        } else {
            return nil
        }
        var offset: Int?
        if let zone = fields.zone {
            if zone == "Z" || zone == "UTC" || zone == "GMT" {
                offset = 0
            } else {
                let digits = zone.dropFirst().replacingOccurrences(of: ":", with: "")
                let hours = Int(digits.prefix(2)) ?? 0, minutes = Int(digits.suffix(2)) ?? 0
                offset = (zone.hasPrefix("-") ? -1 : 1) * (hours * 3600 + minutes * 60)
            }
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = offset.flatMap { TimeZone(secondsFromGMT: $0) } ?? timeZone
        let components = DateComponents(year: fields.year, month: fields.month, day: fields.day, hour: fields.hour, minute: fields.minute, second: fields.second)
        guard (1...12).contains(fields.month), (1...31).contains(fields.day), let date = calendar.date(from: components) else { return nil }
        return LiquidDate(date: date, utcOffset: offset ?? timeZone.secondsFromGMT(for: date))
    }

    /// Ruby's `strftime`, with its flags (`-` no padding, `0`, `_` spaces, `^` upper case) and widths.
    static func format(_ date: LiquidDate, _ format: String) -> String {
        let parts = date.components
        let year = parts.year!, month = parts.month!, day = parts.day!
        let hour = parts.hour!, minute = parts.minute!, second = parts.second!
        let weekday = parts.weekday! - 1
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: date.utcOffset) ?? TimeZone(identifier: "UTC")!
        let dayOfYear = calendar.ordinality(of: .day, in: .year, for: date.date) ?? 1
        var output = ""
        let scalars = Array(format.unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "%", index + 1 < scalars.count else {
                output.unicodeScalars.append(scalars[index])
                index += 1
                continue
            }
            let start = index
            index += 1
            var flags = Set<Unicode.Scalar>()
            while index < scalars.count, "-0_^#".unicodeScalars.contains(scalars[index]) {
                flags.insert(scalars[index])
                index += 1
            }
            var width: Int?
            while index < scalars.count, ("0"..."9").contains(scalars[index]) {
                width = (width ?? 0) * 10 + Int(scalars[index].value - 48)
                index += 1
            }
            var colons = 0
            while index < scalars.count, scalars[index] == ":" {
                colons += 1
                index += 1
            }
            guard index < scalars.count else {
                output += String(String.UnicodeScalarView(scalars[start...]))
                break
            }
            let directive = scalars[index]
            index += 1
            func number(_ value: Int, _ defaultWidth: Int, _ pad: Character = "0") -> String {
                let digits = String(abs(value))
                if flags.contains("-") { return (value < 0 ? "-" : "") + digits }
                let padding: Character = flags.contains("_") ? " " : flags.contains("0") ? "0" : pad
                let size = width ?? defaultWidth
                return (value < 0 ? "-" : "") + String(repeating: padding, count: max(0, size - digits.count - (value < 0 ? 1 : 0))) + digits
            }
            func text(_ value: String) -> String {
                var value = value
                if flags.contains("^") { value = value.uppercased() }
                if flags.contains("#") { value = value == value.uppercased() ? value.lowercased() : value.uppercased() }
                if let width, value.count < width { value = String(repeating: flags.contains("0") ? "0" : " ", count: width - value.count) + value }
                return value
            }
            let hour12 = hour % 12 == 0 ? 12 : hour % 12
            switch directive {
            case "Y": output += number(year, 1)
            case "C": output += number(year / 100, 2)
            case "y": output += number(year % 100, 2)
            case "m": output += number(month, 2)
            case "B": output += text(monthNames[month - 1])
            case "b", "h": output += text(String(monthNames[month - 1].prefix(3)))
            case "d": output += number(day, 2)
            case "e": output += number(day, 2, " ")
            case "j": output += number(dayOfYear, 3)
            case "H": output += number(hour, 2)
            case "k": output += number(hour, 2, " ")
            case "I": output += number(hour12, 2)
            case "l": output += number(hour12, 2, " ")
            case "M": output += number(minute, 2)
            case "S": output += number(second, 2)
            case "L": output += number((parts.nanosecond ?? 0) / 1_000_000, 3)
            case "N": output += number((parts.nanosecond ?? 0), 9)
            case "p": output += flags.contains("#") ? (hour < 12 ? "am" : "pm") : text(hour < 12 ? "AM" : "PM")
            case "P": output += hour < 12 ? "am" : "pm"
            case "A": output += text(dayNames[weekday])
            case "a": output += text(String(dayNames[weekday].prefix(3)))
            case "u": output += String(weekday == 0 ? 7 : weekday)
            case "w": output += String(weekday)
            case "s": output += String(Int(date.date.timeIntervalSince1970.rounded(.down)))
            case "z":
                let offset = date.utcOffset
                let sign = offset < 0 ? "-" : "+"
                let hours = abs(offset) / 3600, minutes = abs(offset) % 3600 / 60
                output += sign + String(format: "%02d", hours) + (colons > 0 ? ":" : "") + String(format: "%02d", minutes)
            case "Z": output += text(date.utcOffset == 0 ? "UTC" : "")
            case "n": output += "\n"
            case "t": output += "\t"
            case "%": output += "%"
            case "c": output += RubyTime.format(date, "%a %b %e %H:%M:%S %Y")
            case "D", "x": output += RubyTime.format(date, "%m/%d/%y")
            case "F": output += RubyTime.format(date, "%Y-%m-%d")
            case "T", "X": output += RubyTime.format(date, "%H:%M:%S")
            case "R": output += RubyTime.format(date, "%H:%M")
            case "r": output += RubyTime.format(date, "%I:%M:%S %p")
            case "U": output += number((dayOfYear + 6 - weekday) / 7, 2)
            case "W": output += number((dayOfYear + 6 - (weekday + 6) % 7) / 7, 2)
            case "G", "V", "g":
                var iso = Calendar(identifier: .iso8601)
                iso.timeZone = calendar.timeZone
                let isoParts = iso.dateComponents([.yearForWeekOfYear, .weekOfYear], from: date.date)
                if directive == "V" { output += number(isoParts.weekOfYear ?? 1, 2) }
                else if directive == "G" { output += number(isoParts.yearForWeekOfYear ?? year, 1) }
                else { output += number((isoParts.yearForWeekOfYear ?? year) % 100, 2) }
            default:
                output += String(String.UnicodeScalarView(scalars[start..<index]))
            }
        }
        return output
    }

    /// Ruby's `Time#xmlschema`: `2024-05-01T10:00:00+02:00`.
    static func xmlSchema(_ date: LiquidDate) -> String {
        format(date, "%Y-%m-%dT%H:%M:%S%:z")
    }

    /// Ruby's `Time#rfc2822`: `Wed, 01 May 2024 10:00:00 +0200`.
    static func rfc2822(_ date: LiquidDate) -> String {
        format(date, "%a, %d %b %Y %H:%M:%S %z")
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
