/// Why a written date names no instant a feed can carry; each message says
/// what is wrong with this date, not which forms exist (`notADate` alone
/// is about the form, and the caller gives the advice).
package enum DateProblem: Error, Equatable, Sendable {
    /// Not written in any form Jekyll and feedgen read.
    case notADate
    case noSuchMonth(year: Int, month: Int)
    case noSuchDay(year: Int, month: Int, day: Int)
    case notATimeOfDay(hour: Int, minute: Int, second: Int)
    /// Outside years 1-9999 as written (`zone` nil), or once in the site's time zone.
    case yearOutOfRange(Int, zone: String?)
    /// A wall-clock time that the clocks skip when they go forward.
    case skippedByClocks(written: String, zone: String, from: String, to: String)

    /// The reason, for `text` written as a date (`PostReason.describe`).
    package func message(for text: String) -> String {
        PostReason.describe(self, written: text)
    }
}
