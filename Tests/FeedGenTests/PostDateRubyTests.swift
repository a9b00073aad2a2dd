import Foundation
import Testing
import FeedGen
@testable import SiteLoading

/// The date forms of real Jekyll front matter, each read by feedgen and by
/// Ruby as Jekyll reads it (`Time.parse`, after Psych for an unquoted YAML
/// value), in the site's zone: the instants must be the same, and the ones
/// written here.
@Suite struct PostDateRubyTests {
    struct Row: CustomTestStringConvertible, Sendable {
        var zone: String
        var text: String
        /// Unquoted in YAML, so that YAML may read it as a timestamp first.
        var plain: Bool
        var expected: String
        var testDescription: String { "\(text) (\(plain ? "plain" : "quoted"), \(zone))" }
    }

    static func row(_ text: String, _ expected: String, zone: String = "Europe/Berlin", plain: Bool = false) -> Row {
        Row(zone: zone, text: text, plain: plain, expected: expected)
    }

    static let rows: [Row] = [
        row("2023-01-29", "2023-01-28T23:00:00Z"),
        row("2023-01-29", "2023-01-28T23:00:00Z", plain: true),
        row("2023-1-5 9:05", "2023-01-05T08:05:00Z"),
        row("2023/01/29 10:00", "2023-01-29T09:00:00Z"),
        row("2023-01-29 18:30", "2023-01-29T17:30:00Z"),
        row("2023-01-29 18:30", "2023-01-29T17:30:00Z", plain: true),
        row("2023-01-29 18:30:22", "2023-01-29T17:30:22Z"),
        // Psych reads an unquoted time with seconds and no offset as UTC.
        row("2023-01-29 18:30:22", "2023-01-29T18:30:22Z", plain: true),
        row("2023-01-29T18:30:22", "2023-01-29T18:30:22Z", plain: true),
        row("2023-01-29T18:30Z", "2023-01-29T18:30:00Z"),
        row("2023-01-29T18:30:22.5+05", "2023-01-29T13:30:22.5Z"),
        row("2023-01-29T18:30:22.5+05:00", "2023-01-29T13:30:22Z", plain: true),
        row("2023-01-29 18:30:22 -08", "2023-01-30T02:30:22Z"),
        row("2023-01-29 18:30:22 -0800", "2023-01-30T02:30:22Z"),
        row("2023-01-29 18:30:22 -0800", "2023-01-30T02:30:22Z", plain: true),
        row("2023-01-29 18:30:22 +05:30", "2023-01-29T13:00:22Z"),
        row("2023-01-29 18:30:22 +0530", "2023-01-29T13:00:22Z"),
        row("2023-01-29 18:30:22 +01:00:30", "2023-01-29T17:29:52Z"),
        // Psych takes -8 as -08:00; Time.parse ignores it (the site's wall clock).
        row("2023-01-29 18:30:22 -8", "2023-01-30T02:30:22Z", plain: true),
        row("2023-01-29 18:30:22 -8", "2023-01-29T17:30:22Z"),
        row("2023-01-29 18:30:22 UTC", "2023-01-29T18:30:22Z"),
        row("2023-01-29 18:30:22 GMT", "2023-01-29T18:30:22Z"),
        row("2023-01-29 18:30:22 Z", "2023-01-29T18:30:22Z"),
        row("2023-07-29 18:30:22 EST", "2023-07-29T23:30:22Z"),
        row("2023-07-29 18:30:22 EDT", "2023-07-29T22:30:22Z"),
        row("2023-01-29 18:30:22 CST", "2023-01-30T00:30:22Z"),
        row("2023-01-29 18:30:22 CDT", "2023-01-29T23:30:22Z"),
        row("2023-01-29 18:30:22 MST", "2023-01-30T01:30:22Z"),
        row("2023-01-29 18:30:22 MDT", "2023-01-30T00:30:22Z"),
        row("2023-01-29 18:30 PDT", "2023-01-30T01:30:00Z"),
        row("2023-01-29 18:30:22 (PST)", "2023-01-30T02:30:22Z"),
        // The site zone's own names, with the offset of 1 January or 1 July.
        row("2023-01-29 18:30:22 CET", "2023-01-29T17:30:22Z"),
        row("2023-01-29 18:30:22 CEST", "2023-01-29T16:30:22Z"),
        row("2023-07-29 18:30:22 BST", "2023-07-29T16:30:22Z"),
        row("2023-07-29 18:30:22 BST", "2023-07-29T17:30:22Z", zone: "Europe/London"),
        row("2023-01-29 18:30:22 IST", "2023-01-29T17:30:22Z"),
        row("2023-01-29 18:30:22 IST", "2023-01-29T13:00:22Z", zone: "Asia/Kolkata"),
        row("2023-01-29 18:30:22 EET", "2023-01-29T17:30:22Z"),
        // A repeated year ends the date: Ruby ignores the zone after it.
        row("2023-01-29 18:30:22 2023 -0800", "2023-01-29T17:30:22Z"),
        row("2023-01-29 18:30:22 2023 -0800", "2023-01-29T17:30:22Z", plain: true),
        row("2023-01-29 18:30:22 -0800 2023", "2023-01-30T02:30:22Z"),
        row("Sun, 29 Jan 2023 18:30:22 -0800", "2023-01-30T02:30:22Z"),
        row("Sun, 29 Jan 2023 18:30:22 -0800", "2023-01-30T02:30:22Z", plain: true),
        row("Sun Jan 29 18:30:22 PST 2023", "2023-01-30T02:30:22Z"),
        row("29 Jan 2023", "2023-01-28T23:00:00Z"),
        row("29-Jan-2023", "2023-01-28T23:00:00Z"),
        row("Jan 29, 2023", "2023-01-28T23:00:00Z"),
        row("Sunday, January 29, 2023", "2023-01-28T23:00:00Z"),
        row("January 29, 2023 10:00 am", "2023-01-29T09:00:00Z"),
        row("2023-01-29 6pm", "2023-01-29T17:00:00Z"),
        row("2023-01-29 12:30am", "2023-01-28T23:30:00Z"),
        row("2023-01-29 12:30 pm", "2023-01-29T11:30:00Z"),
        row("2023-01-29 24:00", "2023-01-29T23:00:00Z"),
        row("2023-01-29 18:30:22 +2359", "2023-01-28T18:31:22Z"),
        row("2024-10-27 01:30", "2024-10-26T23:30:00Z"),
        row("2024-03-31 03:30", "2024-03-31T01:30:00Z"),
        row("2024-05-01 10:30:15 +02:00", "2024-05-01T08:30:15Z", zone: "America/New_York"),
    ]

    @Test(arguments: rows)
    func readAsWritten(_ row: Row) throws {
        let date = try PostDate.read(row.text, in: TestDates.zone(row.zone), isPlainYAML: row.plain)
        #expect(date == TestDates.instant(row.expected))
    }

    /// Every row read by Ruby, in one process, as Jekyll reads front matter.
    @Test func rubyReadsEveryRowTheSame() throws {
        let script = """
            require "time"; require "psych"; require "date"
            STDIN.each_line do |line|
              zone, plain, text = line.chomp.split("\\t", 3)
              ENV["TZ"] = zone
              value = plain == "plain" ? Psych.safe_load("date: #{text}", permitted_classes: [Date, Time])["date"].to_s : text
              puts format("%.3f", Time.parse(value).to_r.to_f)
            end
            """
        let ruby = Process()
        ruby.executableURL = URL(fileURLWithPath: "/usr/bin/ruby")
        ruby.arguments = ["-e", script]
        let input = Pipe(), output = Pipe()
        ruby.standardInput = input
        ruby.standardOutput = output
        try ruby.run()
        input.fileHandleForWriting.write(Data(Self.rows.map { "\($0.zone)\t\($0.plain ? "plain" : "quoted")\t\($0.text)\n" }.joined().utf8))
        try input.fileHandleForWriting.close()
        let lines = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n")
        let rubyStatus = ruby.waitForExit()
        #expect(rubyStatus == 0)
        try #require(lines.count == Self.rows.count)
        for (row, line) in zip(Self.rows, lines) {
            #expect(String(format: "%.3f", TestDates.instant(row.expected).timeIntervalSince1970) == String(line), "\(row.testDescription)")
        }
    }

    // MARK: - Where feedgen is not Ruby, on purpose

    /// Ruby takes the later offset (EST); feedgen the earlier one, the offset
    /// in force before the clocks went back (README, "Dates").
    @Test func aTimeTheClocksShowTwiceIsTheEarlierOne() throws {
        #expect(try PostDate.read("2024-11-03 01:30", in: TestDates.newYork) == TestDates.instant("2024-11-03T05:30:00Z"))
        #expect(try PostDate.read("2024-10-27 02:30", in: TestDates.berlin) == TestDates.instant("2024-10-27T00:30:00Z"))
    }

    /// Ruby moves 02:30 to 03:30; feedgen refuses a time that never happened.
    @Test func aTimeTheClocksSkipIsRefused() {
        #expect(throws: DateProblem.skippedByClocks(written: "2024-03-10 02:30", zone: "America/New_York", from: "02:00", to: "03:00")) {
            try PostDate.read("2024-03-10 02:30", in: TestDates.newYork)
        }
        #expect(throws: DateProblem.skippedByClocks(written: "2024-03-31 02:00:00", zone: "Europe/Berlin", from: "02:00", to: "03:00")) {
            try PostDate.read("2024-03-31 02:00:00", in: TestDates.berlin)
        }
        // With an offset, the time is no longer a wall clock's.
        #expect(PostDate.parse("2024-03-10 02:30 -05:00", in: TestDates.newYork) == TestDates.instant("2024-03-10T07:30:00Z"))
    }

    /// Ruby rolls 2024-02-30 over into March; feedgen says what is wrong.
    @Test(arguments: [
        ("2024-02-30", DateProblem.noSuchDay(year: 2024, month: 2, day: 30), "2024-02-30 is not a day of February 2024"),
        ("2023-02-29 10:00", .noSuchDay(year: 2023, month: 2, day: 29), "2023-02-29 is not a day of February 2023"),
        ("2024-13-01", .noSuchMonth(year: 2024, month: 13), "2024-13-01 is not a date: there is no month 13 in 2024 or any year"),
        ("2024-05-01 25:00", .notATimeOfDay(hour: 25, minute: 0, second: 0), "25:00:00 is not a time of day"),
        ("0000-01-01", .yearOutOfRange(0, zone: nil), "0000-01-01 is in year 0; feeds carry dates of the years 1 to 9999 only"),
        ("10000-01-01", .yearOutOfRange(10000, zone: nil), "10000-01-01 is in year 10000; feeds carry dates of the years 1 to 9999 only"),
        ("soon", .notADate, "\"soon\" is not a date; write YYYY-MM-DD, YYYY-MM-DD HH:MM:SS +HH:MM or RFC 3339"),
        ("2024-05-01 10:30 tomorrow", .notADate, "\"2024-05-01 10:30 tomorrow\" is not a date; write YYYY-MM-DD, YYYY-MM-DD HH:MM:SS +HH:MM or RFC 3339"),
    ])
    func problems(_ text: String, _ problem: DateProblem, _ message: String) {
        #expect(throws: problem) { try PostDate.read(text, in: TestDates.utc) }
        #expect(problem.message(for: text) == message)
    }

    /// The feeds write dates in the site's zone, where the year must still have four digits.
    @Test func aYearOutsideTheRangeInTheSiteZoneIsRefused() {
        #expect(throws: DateProblem.yearOutOfRange(10000, zone: TestDates.utc.identifier)) {
            try PostDate.read("9999-12-31 23:59:59 -14:00", in: TestDates.utc)
        }
        #expect(throws: DateProblem.yearOutOfRange(0, zone: "Asia/Kolkata")) {
            _ = try PostDate.read("0001-01-01 00:00:00 +14:00", in: TestDates.kolkata)
        }
        #expect(PostDate.parse("0001-01-01", in: TestDates.utc) == Date(timeIntervalSince1970: -62_135_596_800))
    }
}
