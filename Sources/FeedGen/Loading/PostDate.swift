import Foundation

/// Parses the date forms Jekyll accepts in front matter and file names:
/// `YYYY-MM-DD`, `YYYY-MM-DD HH:MM[:SS[.fff]] [±HH:MM]`, RFC 3339 and YAML
/// timestamps. A date without an offset is read in the site's time zone.
public enum PostDate {
    public static func parse(_ text: String, in timeZone: TimeZone) -> Date? {
        var reader = DigitReader(Array(text.trimmed.utf8))
        guard let year = reader.number(digits: 4), reader.skip("-"),
              let month = reader.number(digits: 1...2), reader.skip("-"),
              let day = reader.number(digits: 1...2),
              (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day)
        else { return nil }
        var time = (hour: 0, minute: 0, second: 0.0)
        if reader.skip("T") || reader.skip("t") || reader.skipSpaces() {
            if !reader.atEnd {
                guard let hour = reader.number(digits: 1...2), reader.skip(":"),
                      let minute = reader.number(digits: 2), hour < 24, minute < 60
                else { return nil }
                time = (hour, minute, 0)
                if reader.skip(":") {
                    guard let second = reader.number(digits: 2), second < 61 else { return nil }
                    time.second = Double(second)
                    if reader.skip(".") || reader.skip(",") {
                        guard let fraction = reader.fraction() else { return nil }
                        time.second += fraction
                    }
                }
            }
        }
        reader.skipSpaces()
        var offset: Int?
        if reader.skip("Z") || reader.skip("z") {
            offset = 0
        } else if let sign = reader.sign() {
            guard let hours = reader.number(digits: 1...2), hours <= 14 else { return nil }
            var minutes = 0
            if reader.skip(":") {
                guard let value = reader.number(digits: 2) else { return nil }
                minutes = value
            } else if let value = reader.number(digits: 2) {
                minutes = value
            }
            guard minutes < 60 else { return nil }
            offset = sign * (hours * 3600 + minutes * 60)
        }
        reader.skipSpaces()
        guard reader.atEnd else { return nil }

        let local = Double(daysSinceEpoch(year: year, month: month, day: day) * 86_400
            + time.hour * 3600 + time.minute * 60) + time.second
        if let offset { return Date(timeIntervalSince1970: local - Double(offset)) }
        return Date(timeIntervalSince1970: local - Double(offsetOf(timeZone, atLocal: local)))
    }

    /// The zone's offset for a wall-clock time, found from a first guess and
    /// corrected once, which settles on the right side of DST changes.
    private static func offsetOf(_ zone: TimeZone, atLocal local: Double) -> Int {
        let guess = zone.secondsFromGMT(for: Date(timeIntervalSince1970: local))
        return zone.secondsFromGMT(for: Date(timeIntervalSince1970: local - Double(guess)))
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// A cursor over ASCII bytes for the date grammar.
private struct DigitReader {
    let bytes: [UInt8]
    var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { index == bytes.count }

    mutating func skip(_ character: Character) -> Bool {
        guard index < bytes.count, bytes[index] == character.asciiValue else { return false }
        index += 1
        return true
    }

    @discardableResult
    mutating func skipSpaces() -> Bool {
        let start = index
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
        return index > start
    }

    mutating func sign() -> Int? {
        if skip("+") { return 1 }
        if skip("-") { return -1 }
        return nil
    }

    mutating func number(digits: Int) -> Int? { number(digits: digits...digits) }

    mutating func number(digits: ClosedRange<Int>) -> Int? {
        var value = 0
        var count = 0
        while index < bytes.count, count < digits.upperBound, let digit = digitValue(bytes[index]) {
            value = value * 10 + digit
            count += 1
            index += 1
        }
        return digits.contains(count) ? value : nil
    }

    mutating func fraction() -> Double? {
        var value = 0.0
        var scale = 0.1
        let start = index
        while index < bytes.count, let digit = digitValue(bytes[index]) {
            value += Double(digit) * scale
            scale /= 10
            index += 1
        }
        return index > start ? value : nil
    }

    private func digitValue(_ byte: UInt8) -> Int? {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int(byte - UInt8(ascii: "0")) : nil
    }
}
