/// A date as written in front matter, a file name or `--now`, split into its
/// parts before any calendar or time zone is applied: the subset of Ruby's
/// `Date._parse` grammar that Jekyll sites use (Jekyll reads every `date`
/// with `Time.parse`).
///
/// - `2024-05-01`, `2024-5-1`, `2024/05/01`, with a time after `T` or spaces:
///   `10:30`, `10:30:15`, `10:30:15.250` (or `,250`), `10:30 pm`;
/// - `Sun, 29 Jan 2023 18:30:22 -0800` (RFC 2822), `29 Jan 2023`, `29-Jan-2023`,
///   `January 29, 2023 10:00 am`, `Sun Jan 29 18:30:22 PST 2023` (`date`'s output);
/// - a zone directly after the time: `Z`, `±HH`, `±HHMM`, `±HH:MM`, `±HH:MM:SS`,
///   a name (`UTC`, `PST`, `CEST`), or one in parentheses (`(PST)`);
/// - a year repeated after the time (`2023-01-29 18:30:22 2023 -0800`). Ruby
///   only takes a zone that follows the time, so a zone after the repeated
///   year is read and ignored, as Jekyll ignores it.
struct WrittenDate: Equatable {
    enum Zone: Equatable {
        /// No zone: a wall-clock time.
        case none
        /// `Z`, or digits after a sign, as written (`-0800`, `+05:30`, `-8`).
        case numeric(sign: Int, digits: String)
        /// A zone name, upper-cased (`UTC`, `PST`, `CEST`).
        case name(String)
    }

    var year: Int
    var month: Int
    var day: Int
    var hour = 0
    var minute = 0
    var second = 0
    /// Fraction of a second, 0 ≤ fraction < 1.
    var fraction = 0.0
    var hasTime = false
    var zone = Zone.none

    /// The parts of `text`, or `nil` when it is not written in one of the forms above.
    init?(_ text: String) {
        var reader = DateReader(Array(text.utf8))
        reader.skipSpaces()
        guard let parts = reader.readDate() else { return nil }
        (year, month, day) = parts.date
        if let time = parts.time {
            (hour, minute, second, fraction) = time
            hasTime = true
            zone = parts.zone
        }
        reader.skipSpaces()
        guard reader.atEnd else { return nil }
    }
}

/// A cursor over the ASCII bytes of a written date.
private struct DateReader {
    let bytes: [UInt8]
    var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { index == bytes.count }

    typealias Time = (hour: Int, minute: Int, second: Int, fraction: Double)

    mutating func readDate() -> (date: (Int, Int, Int), time: Time?, zone: WrittenDate.Zone)? {
        if let weekday = peekWord(), Self.weekdays.contains(weekday) {
            _ = word()
            _ = skip(",")
            skipSpaces()
        }
        var date: (Int, Int, Int)
        var yearAfterTime = false
        let start = index
        if let first = number(digits: 1...9) {
            if index - start >= 4 {
                // 2024-05-01, 2024/5/1; a year of more than four digits is refused later, by range.
                guard skip("-") || skip("/") else { return nil }
                let separator = bytes[index - 1]
                guard let month = number(digits: 1...2), skip(separator), let day = number(digits: 1...2) else { return nil }
                date = (first, month, day)
            } else {
                // 29 Jan 2023, 29-Jan-2023
                guard index - start <= 2, skip("-") || skipSpaces(), let month = monthName(), skip("-") || skipSpaces(),
                      let year = number(digits: 4...9)
                else { return nil }
                date = (year, month, first)
            }
        } else if let month = monthName() {
            // Jan 29, 2023 · Sun Jan 29 18:30:22 PST 2023
            guard skipSpaces(), let day = number(digits: 1...2) else { return nil }
            let afterDay = index
            _ = skip(",")
            if skipSpaces(), let year = number(digits: 4...9) {
                date = (year, month, day)
            } else {
                index = afterDay
                date = (0, month, day)
                yearAfterTime = true
            }
        } else {
            return nil
        }

        let beforeTime = index
        var time: Time?
        var zone = WrittenDate.Zone.none
        if skip("T") || skip("t") || skipSpaces() {
            if let clock = readTime() {
                time = clock
                let beforeZone = index
                skipSpaces()
                if let found = readZone() { zone = found } else { index = beforeZone }
            } else {
                index = beforeTime
            }
        }
        // A year after the time: `date`'s output, or a repeated one. What
        // follows it is not the time's zone; Ruby ignores it.
        let beforeYear = index
        if skipSpaces(), let year = number(digits: 4...9) {
            if yearAfterTime { date.0 = year }
            let beforeIgnored = index
            skipSpaces()
            if readZone() == nil { index = beforeIgnored }
            yearAfterTime = false
        } else {
            index = beforeYear
        }
        guard !yearAfterTime else { return nil }
        return (date, time, zone)
    }

    /// `10:30`, `10:30:15.25`, `10:30 pm`, `6pm`.
    private mutating func readTime() -> Time? {
        let start = index
        guard var hour = number(digits: 1...2) else { return nil }
        var minute = 0, second = 0, fraction = 0.0
        if skip(":") {
            guard let value = number(digits: 2...2) else { index = start; return nil }
            minute = value
            if skip(":") {
                guard let value = number(digits: 2...2) else { index = start; return nil }
                second = value
                if skip(".") || skip(",") {
                    guard let value = self.fraction() else { index = start; return nil }
                    fraction = value
                }
            }
            let beforeMeridian = index
            skipSpaces()
            if let meridian = meridian() { hour = Self.apply(meridian, to: hour) } else { index = beforeMeridian }
        } else if let meridian = meridian() {
            hour = Self.apply(meridian, to: hour)
        } else {
            index = start
            return nil
        }
        return (hour, minute, second, fraction)
    }

    /// 12 am is midnight, 12 pm noon; an hour over 12 is kept as written, and refused later.
    private static func apply(_ pm: Bool, to hour: Int) -> Int {
        guard hour >= 1 && hour <= 12 else { return hour + 100 }
        return hour % 12 + (pm ? 12 : 0)
    }

    private mutating func meridian() -> Bool? {
        let start = index
        guard let word = word() else { return nil }
        switch word {
        case "am", "a.m.": return false
        case "pm", "p.m.": return true
        default:
            index = start
            return nil
        }
    }

    private mutating func readZone() -> WrittenDate.Zone? {
        let start = index
        if skip("Z") || skip("z") {
            if index < bytes.count, Self.isLetter(bytes[index]) { index = start } else { return .numeric(sign: 1, digits: "") }
        }
        if skip("+") || skip("-") {
            let sign = bytes[index - 1] == UInt8(ascii: "-") ? -1 : 1
            let digitsStart = index
            while index < bytes.count, Self.isDigit(bytes[index]) || bytes[index] == UInt8(ascii: ":") { index += 1 }
            guard index > digitsStart, Self.isDigit(bytes[digitsStart]) else { index = start; return nil }
            return .numeric(sign: sign, digits: String(decoding: bytes[digitsStart..<index], as: UTF8.self))
        }
        let parenthesised = skip("(")
        let nameStart = index
        while index < bytes.count, Self.isLetter(bytes[index]) { index += 1 }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
        // Zone names are short capitals (or UTC/GMT in any case); a longer word is not a zone.
        guard (1...5).contains(name.count), name == name.uppercased() || ["utc", "gmt"].contains(name.lowercased()),
              !parenthesised || skip(")")
        else {
            index = start
            return nil
        }
        return .name(name.uppercased())
    }

    private mutating func monthName() -> Int? {
        let start = index
        guard let word = word() else { return nil }
        let trimmed = word.hasSuffix(".") ? String(word.dropLast()) : word
        if let month = Self.months.firstIndex(where: { trimmed == $0 || (trimmed.count >= 3 && $0.hasPrefix(trimmed) && trimmed.count == 3) }) {
            return month + 1
        }
        index = start
        return nil
    }

    private func peekWord() -> String? {
        var copy = self
        return copy.word()
    }

    /// Letters (and dots), lower-cased.
    private mutating func word() -> String? {
        let start = index
        while index < bytes.count, Self.isLetter(bytes[index]) || bytes[index] == UInt8(ascii: ".") { index += 1 }
        guard index > start else { return nil }
        return String(decoding: bytes[start..<index], as: UTF8.self).lowercased()
    }

    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
    static let weekdays: Set<String> = [
        "sun", "mon", "tue", "wed", "thu", "fri", "sat", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    ]

    mutating func skip(_ character: Character) -> Bool { skip(character.asciiValue!) }

    mutating func skip(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    @discardableResult
    mutating func skipSpaces() -> Bool {
        let start = index
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
        return index > start
    }

    /// A run of digits whose length is in `digits`.
    private mutating func number(digits: ClosedRange<Int>) -> Int? {
        let start = index
        var value = 0
        while index < bytes.count, Self.isDigit(bytes[index]) {
            // Wrapping: a run longer than `digits` is refused below, whatever its value (fuzzing found 20 digits trapping).
            value = value &* 10 &+ Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
        }
        guard digits.contains(index - start) else {
            index = start
            return nil
        }
        return value
    }

    private mutating func fraction() -> Double? {
        var value = 0.0
        var scale = 0.1
        let start = index
        while index < bytes.count, Self.isDigit(bytes[index]) {
            value += Double(bytes[index] - UInt8(ascii: "0")) * scale
            scale /= 10
            index += 1
        }
        return index > start ? value : nil
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }
}
