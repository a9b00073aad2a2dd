import Foundation
import Testing
import FeedGen
@testable import SiteLoading

/// `PostDate.parse`: the date forms of front matter and file names.
/// Expected instants are worked out by hand from the offsets in force
/// (Europe/Berlin: CET +01:00 in winter, CEST +02:00 from the last Sunday
/// of March 01:00 UTC to the last Sunday of October 01:00 UTC).
@Suite struct PostDateTests {
    private func parse(_ text: String, _ zone: TimeZone = TestDates.utc) -> Date? {
        PostDate.parse(text, in: zone)
    }

    // MARK: - Date only

    @Test func dateOnlyInUTCIsMidnightUTC() {
        #expect(parse("2024-05-01") == TestDates.instant("2024-05-01T00:00:00Z"))
    }

    @Test func dateOnlyInBerlinIsMidnightLocalTime() {
        // Midnight CEST (+02:00) is 22:00 UTC the day before.
        #expect(parse("2024-05-01", TestDates.berlin) == TestDates.instant("2024-04-30T22:00:00Z"))
    }

    @Test func dateOnlyInBerlinWinterIsOneHourAheadOfUTC() {
        #expect(parse("2024-01-15", TestDates.berlin) == TestDates.instant("2024-01-14T23:00:00Z"))
    }

    @Test func dateOnlyEpochSeconds() {
        // 19,844 days after 1970-01-01.
        #expect(parse("2024-05-01")?.timeIntervalSince1970 == 1_714_521_600)
    }

    @Test func leapDayIsAccepted() {
        #expect(parse("2024-02-29") == TestDates.instant("2024-02-29T00:00:00Z"))
    }

    // MARK: - Date and time

    @Test func hoursAndMinutesWithoutOffsetInUTC() {
        #expect(parse("2024-05-01 10:30") == TestDates.instant("2024-05-01T10:30:00Z"))
    }

    @Test func hoursAndMinutesWithoutOffsetUseTheSiteZone() {
        #expect(parse("2024-05-01 10:30", TestDates.berlin) == TestDates.instant("2024-05-01T08:30:00Z"))
    }

    @Test func secondsWithColonOffset() {
        #expect(parse("2024-05-01 10:30:15 +02:00") == TestDates.instant("2024-05-01T08:30:15Z"))
    }

    @Test func explicitOffsetWinsOverTheSiteZone() {
        #expect(parse("2024-05-01 10:30:15 +02:00", TestDates.newYork) == TestDates.instant("2024-05-01T08:30:15Z"))
    }

    @Test func rfc3339Zulu() {
        #expect(parse("2024-05-01T10:30:15Z", TestDates.berlin) == TestDates.instant("2024-05-01T10:30:15Z"))
    }

    @Test func rfc3339FractionalSecondsAndNegativeOffset() {
        // 10:30:15.250 at -05:00 is 15:30:15.250 UTC.
        let date = parse("2024-05-01T10:30:15.250-05:00")
        #expect(date?.timeIntervalSince1970 == 1_714_577_415.25)
        #expect(date == TestDates.instant("2024-05-01T15:30:15.250Z"))
    }

    @Test func offsetWithoutColon() {
        // +0530 is India: 10:30:15 local is 05:00:15 UTC.
        #expect(parse("2024-05-01 10:30:15 +0530") == TestDates.instant("2024-05-01T05:00:15Z"))
    }

    @Test func lowercaseTAndZAreAccepted() {
        #expect(parse("2024-05-01t10:30:15z") == TestDates.instant("2024-05-01T10:30:15Z"))
    }

    @Test func surroundingSpacesAreIgnored() {
        #expect(parse("  2024-05-01 10:30  ") == TestDates.instant("2024-05-01T10:30:00Z"))
    }

    // MARK: - Daylight saving time in Europe/Berlin

    @Test func wallClockJustBeforeSpringForwardIsCET() {
        #expect(parse("2024-03-31 01:30", TestDates.berlin) == TestDates.instant("2024-03-31T00:30:00Z"))
    }

    @Test func wallClockJustAfterSpringForwardIsCEST() {
        #expect(parse("2024-03-31 03:30", TestDates.berlin) == TestDates.instant("2024-03-31T01:30:00Z"))
    }

    @Test func nonexistentWallClockInSpringGapIsRefused() {
        // 02:30 does not exist on 2024-03-31: clocks jump from 02:00 CET to 03:00 CEST.
        #expect(parse("2024-03-31 02:30", TestDates.berlin) == nil)
    }

    @Test func ambiguousWallClockInAutumnOverlapIsTheEarlierOfItsTwoInstants() {
        // 02:30 happens twice on 2024-10-27: 00:30Z (CEST) and 01:30Z (CET).
        #expect(parse("2024-10-27 02:30", TestDates.berlin) == TestDates.instant("2024-10-27T00:30:00Z"))
    }

    @Test func wallClockAfterAutumnOverlapIsCET() {
        #expect(parse("2024-10-27 03:30", TestDates.berlin) == TestDates.instant("2024-10-27T02:30:00Z"))
    }

    @Test func wallClockBeforeAutumnOverlapIsCEST() {
        #expect(parse("2024-10-27 01:30", TestDates.berlin) == TestDates.instant("2024-10-26T23:30:00Z"))
    }

    // MARK: - Not dates

    @Test(arguments: [
        "soon",
        "",
        "2024-02-30",
        "2023-02-29",
        "2024-13-01",
        "2024-00-10",
        "2024-05-00",
        "2024-05-01 25:00",
        "2024-05-01 10:60",
        "2024-05-01 10:30 tomorrow",
        "24-05-01",
    ])
    func notADate(_ text: String) {
        #expect(parse(text) == nil)
    }
}
