/// Strict checks of the date syntaxes feeds must use.
enum DateSyntax {
    /// RFC 3339 `date-time`: `2024-05-01T10:00:00Z`, fraction and numeric offset allowed.
    static func isRFC3339(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        func digits(_ count: Int, max: Int) -> Bool {
            guard index + count <= bytes.count else { return false }
            var value = 0
            for byte in bytes[index..<index + count] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return false }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            index += count
            return value <= max
        }
        func literal(_ options: String) -> Bool {
            guard index < bytes.count, options.utf8.contains(bytes[index]) else { return false }
            index += 1
            return true
        }
        guard digits(4, max: 9999), literal("-"), digits(2, max: 12), literal("-"), digits(2, max: 31),
              literal("Tt"), digits(2, max: 23), literal(":"), digits(2, max: 59), literal(":"), digits(2, max: 60)
        else { return false }
        if literal(".") {
            let start = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            guard index > start else { return false }
        }
        if literal("Zz") { return index == bytes.count }
        guard literal("+-"), digits(2, max: 23), literal(":"), digits(2, max: 59) else { return false }
        return index == bytes.count
    }

    /// RFC 822 `date-time` as RSS 2.0 uses it: optional weekday, two- or
    /// four-digit year (four preferred), optional seconds, a zone name or `±HHMM`.
    static func isRFC822(_ text: String) -> Bool {
        var words = text.split(separator: " ", omittingEmptySubsequences: true)[...]
        if let first = words.first, first.hasSuffix(",") {
            guard weekdays.contains(String(first.dropLast())) else { return false }
            words = words.dropFirst()
        }
        guard words.count == 5 else { return false }
        let parts = Array(words)
        guard let day = Int(parts[0]), (1...31).contains(day), parts[0].count <= 2,
              months.contains(String(parts[1])),
              [2, 4].contains(parts[2].count), Int(parts[2]) != nil
        else { return false }
        let time = parts[3].split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(time.count), time.allSatisfy({ $0.count == 2 && Int($0) != nil }),
              Int(time[0])! < 24, Int(time[1])! < 60, time.count == 2 || Int(time[2])! <= 60
        else { return false }
        let zone = parts[4]
        if zones.contains(String(zone)) { return true }
        guard zone.count == 5, zone.first == "+" || zone.first == "-", let offset = Int(zone.dropFirst()) else { return false }
        return offset % 100 < 60
    }

    private static let weekdays: Set<String> = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    private static let months: Set<String> = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    /// RFC 822 §5.1 zone names (single military letters included).
    private static let zones: Set<String> = Set(["UT", "GMT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT"]
        + "ABCDEFGHIKLMNOPQRSTUVWXYZ".map(String.init))
}
