import Foundation
import Testing
import FeedGen

/// `FeedDate`: RFC 3339 (Atom, JSON Feed) and RFC 822 with a four-digit
/// year (RSS 2.0). Weekdays checked against a calendar.
@Suite struct FeedDateTests {
    private let mayDay = TestDates.instant("2024-05-01T10:30:15Z")

    // MARK: - UTC

    @Test func rfc3339InUTCEndsInZ() {
        #expect(FeedDate.rfc3339(mayDay, in: TestDates.utc) == "2024-05-01T10:30:15Z")
    }

    @Test func rfc822InUTCEndsInPlusZero() {
        #expect(FeedDate.rfc822(mayDay, in: TestDates.utc) == "Wed, 01 May 2024 10:30:15 +0000")
    }

    @Test func rfc3339InGMTAliasEndsInZ() {
        #expect(FeedDate.rfc3339(mayDay, in: TestDates.zone("Etc/GMT")) == "2024-05-01T10:30:15Z")
    }

    @Test func fractionalSecondsAreTruncated() {
        let date = TestDates.instant("2024-05-01T10:30:15.999Z")
        #expect(FeedDate.rfc3339(date, in: TestDates.utc) == "2024-05-01T10:30:15Z")
        #expect(FeedDate.rfc822(date, in: TestDates.utc) == "Wed, 01 May 2024 10:30:15 +0000")
    }

    // MARK: - Europe/Berlin

    @Test func rfc3339InBerlinSummerIsPlusTwo() {
        #expect(FeedDate.rfc3339(mayDay, in: TestDates.berlin) == "2024-05-01T12:30:15+02:00")
    }

    @Test func rfc822InBerlinSummerIsPlusTwo() {
        #expect(FeedDate.rfc822(mayDay, in: TestDates.berlin) == "Wed, 01 May 2024 12:30:15 +0200")
    }

    @Test func rfc3339InBerlinWinterIsPlusOne() {
        let date = TestDates.instant("2024-01-15T07:00:00Z")
        #expect(FeedDate.rfc3339(date, in: TestDates.berlin) == "2024-01-15T08:00:00+01:00")
    }

    @Test func rfc822InBerlinWinterIsPlusOne() {
        let date = TestDates.instant("2024-01-15T07:00:00Z")
        #expect(FeedDate.rfc822(date, in: TestDates.berlin) == "Mon, 15 Jan 2024 08:00:00 +0100")
    }

    @Test func berlinLocalTimeCanBeTheNextDayAndYear() {
        let date = TestDates.instant("2023-12-31T23:30:00Z")
        #expect(FeedDate.rfc3339(date, in: TestDates.berlin) == "2024-01-01T00:30:00+01:00")
        #expect(FeedDate.rfc822(date, in: TestDates.berlin) == "Mon, 01 Jan 2024 00:30:00 +0100")
    }

    // MARK: - America/New_York

    @Test func rfc3339InNewYorkWinterIsMinusFiveAndThePreviousDay() {
        let date = TestDates.instant("2024-01-15T03:00:00Z")
        #expect(FeedDate.rfc3339(date, in: TestDates.newYork) == "2024-01-14T22:00:00-05:00")
    }

    @Test func rfc822InNewYorkWinterIsMinusFiveAndThePreviousDay() {
        let date = TestDates.instant("2024-01-15T03:00:00Z")
        #expect(FeedDate.rfc822(date, in: TestDates.newYork) == "Sun, 14 Jan 2024 22:00:00 -0500")
    }

    @Test func newYorkSummerIsMinusFour() {
        let date = TestDates.instant("2024-07-04T16:00:00Z")
        #expect(FeedDate.rfc3339(date, in: TestDates.newYork) == "2024-07-04T12:00:00-04:00")
        #expect(FeedDate.rfc822(date, in: TestDates.newYork) == "Thu, 04 Jul 2024 12:00:00 -0400")
    }

    // MARK: - Asia/Kolkata (half-hour offset)

    @Test func rfc3339InKolkataIsPlusFiveThirty() {
        #expect(FeedDate.rfc3339(mayDay, in: TestDates.kolkata) == "2024-05-01T16:00:15+05:30")
    }

    @Test func rfc822InKolkataIsPlusFiveThirty() {
        #expect(FeedDate.rfc822(mayDay, in: TestDates.kolkata) == "Wed, 01 May 2024 16:00:15 +0530")
    }

    // MARK: - Before 1970

    @Test func moonLandingBefore1970() {
        let date = TestDates.instant("1969-07-20T20:17:40Z")
        #expect(FeedDate.rfc3339(date, in: TestDates.utc) == "1969-07-20T20:17:40Z")
        #expect(FeedDate.rfc822(date, in: TestDates.utc) == "Sun, 20 Jul 1969 20:17:40 +0000")
    }

    @Test func halfASecondBeforeTheEpochIsTheLastSecondOf1969() {
        let date = Date(timeIntervalSince1970: -0.5)
        #expect(FeedDate.rfc3339(date, in: TestDates.utc) == "1969-12-31T23:59:59Z")
        #expect(FeedDate.rfc822(date, in: TestDates.utc) == "Wed, 31 Dec 1969 23:59:59 +0000")
    }

    @Test func firstDayOf1900() {
        let date = TestDates.instant("1900-01-01T00:00:00Z")
        #expect(FeedDate.rfc3339(date, in: TestDates.utc) == "1900-01-01T00:00:00Z")
        #expect(FeedDate.rfc822(date, in: TestDates.utc) == "Mon, 01 Jan 1900 00:00:00 +0000")
    }

    @Test func theEpochInNewYork() {
        let date = Date(timeIntervalSince1970: 0)
        #expect(FeedDate.rfc3339(date, in: TestDates.newYork) == "1969-12-31T19:00:00-05:00")
        #expect(FeedDate.rfc822(date, in: TestDates.newYork) == "Wed, 31 Dec 1969 19:00:00 -0500")
    }

    /// Before 1893 Berlin kept local mean time, +00:53:28. RFC 3339 offsets
    /// have no seconds, so the written time and offset must still name the
    /// same instant (here: midnight UTC, written in UTC or with whole minutes).
    @Test func offsetWithSecondsStillNamesTheSameInstant() throws {
        let date = TestDates.instant("1850-01-01T00:00:00Z")
        let written = FeedDate.rfc3339(date, in: TestDates.berlin)
        #expect(try Date(written, strategy: .iso8601) == date, "\(written)")
    }

    // MARK: - Weekday and month names

    @Test(arguments: [
        ("2000-01-01T12:00:00Z", "Sat, 01 Jan 2000 12:00:00 +0000"),
        ("2024-02-29T12:00:00Z", "Thu, 29 Feb 2024 12:00:00 +0000"),
        ("2024-03-05T12:00:00Z", "Tue, 05 Mar 2024 12:00:00 +0000"),
        ("2024-03-08T12:00:00Z", "Fri, 08 Mar 2024 12:00:00 +0000"),
        ("2023-10-01T12:00:00Z", "Sun, 01 Oct 2023 12:00:00 +0000"),
        ("2024-12-25T12:00:00Z", "Wed, 25 Dec 2024 12:00:00 +0000"),
        ("2024-06-17T12:00:00Z", "Mon, 17 Jun 2024 12:00:00 +0000"),
        ("2024-08-10T12:00:00Z", "Sat, 10 Aug 2024 12:00:00 +0000"),
        ("2024-09-19T12:00:00Z", "Thu, 19 Sep 2024 12:00:00 +0000"),
        ("2024-11-05T12:00:00Z", "Tue, 05 Nov 2024 12:00:00 +0000"),
        ("2024-04-12T12:00:00Z", "Fri, 12 Apr 2024 12:00:00 +0000"),
    ])
    func weekdayAndMonthNames(_ instant: String, _ expected: String) {
        #expect(FeedDate.rfc822(TestDates.instant(instant), in: TestDates.utc) == expected)
    }
}
