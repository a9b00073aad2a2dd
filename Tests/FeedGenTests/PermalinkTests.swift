import Foundation
import Testing
import FeedGen
@testable import SiteLoading

/// `PermalinkPattern`: Jekyll's placeholders, filled in for the site's
/// time zone, with Jekyll's slug rules and path escaping.
@Suite struct PermalinkTests {
    /// 2024-05-01 10:30:15 in UTC, a Wednesday, day 122 of a leap year.
    private let mayDay = TestDates.instant("2024-05-01T10:30:15Z")

    private func path(_ template: String, slug: String = "my-first-post", categories: [String] = [],
                      date: Date? = nil, zone: TimeZone = TestDates.utc) -> String {
        PermalinkPattern(template: template).path(for: .init(
            date: date ?? mayDay, timeZone: zone, slug: slug, fileStem: "2024-05-01-" + slug, categories: categories
        ))
    }

    @Test func defaultPattern() {
        #expect(path("/:year/:month/:day/:slug/") == "/2024/05/01/my-first-post/")
    }

    @Test func jekyllDateStyleWithCategories() {
        #expect(path("/:categories/:year/:month/:day/:title:output_ext", categories: ["Travel", "food"])
            == "/travel/food/2024/05/01/my-first-post.html")
    }

    @Test func titleKeepsCaseAndSlugLowercases() {
        #expect(path("/:title/", slug: "Hello-World") == "/Hello-World/")
        #expect(path("/:slug/", slug: "Hello-World") == "/hello-world/")
    }

    @Test func nameIsTheWholeFileStemSlugified() {
        // Jekyll's URLDrop#name: slugify(basename_without_ext), the date included.
        #expect(path("/:name/", slug: "My-First-Post") == "/2024-05-01-my-first-post/")
    }

    @Test func monthAndDayWithoutLeadingZeros() {
        #expect(path("/:year/:i_month/:i_day/:title.html") == "/2024/5/1/my-first-post.html")
    }

    @Test func shortYear() {
        #expect(path("/:short_year/:month/:slug/") == "/24/05/my-first-post/")
    }

    @Test func shortYearOfTheFirstYearsOfACentury() {
        #expect(path("/:short_year/:slug/", date: TestDates.instant("2005-03-01T00:00:00Z")) == "/05/my-first-post/")
    }

    @Test func dayOfYear() {
        // 31 + 29 + 31 + 30 + 1 = 122 in the leap year 2024.
        #expect(path("/:year/:y_day/:slug/") == "/2024/122/my-first-post/")
    }

    @Test func dayOfYearIsPaddedToThreeDigits() {
        #expect(path("/:y_day/", date: TestDates.instant("2024-01-09T12:00:00Z")) == "/009/")
    }

    @Test func timeAndNamePlaceholders() {
        #expect(path("/:hour/:minute/:second/:short_month/:long_month/:short_day/:long_day/")
            == "/10/30/15/May/May/Wed/Wednesday/")
    }

    /// Jekyll's `:week` and `:w_year` are Ruby's `%V` and `%G`: the ISO 8601
    /// week and its year (checked with GNU date).
    @Test(arguments: [
        ("2024-05-01T12:00:00Z", "/2024/W18/Wed/"),
        ("2021-01-01T12:00:00Z", "/2020/W53/Fri/"),
        ("2024-12-30T12:00:00Z", "/2025/W01/Mon/"),
    ])
    func isoWeekAndItsYear(_ instant: String, _ expected: String) {
        #expect(path("/:w_year/W:week/:short_day/", date: TestDates.instant(instant)) == expected)
    }

    @Test func weekdateStyle() {
        #expect(path("/:categories/:year/W:week/:short_day/:title:output_ext", categories: ["Notes"]) == "/notes/2024/W18/Wed/my-first-post.html")
    }

    @Test func placeholdersUseTheSiteTimeZone() {
        // 23:30 UTC on 30 April is 01:30 on 1 May in Berlin.
        let date = TestDates.instant("2024-04-30T23:30:00Z")
        #expect(path("/:year/:month/:day/:hour/", date: date, zone: TestDates.berlin) == "/2024/05/01/01/")
        #expect(path("/:year/:month/:day/:hour/", date: date, zone: TestDates.utc) == "/2024/04/30/23/")
    }

    @Test func nonASCIISlugIsPercentEncoded() {
        // Letters are kept (Jekyll's slugify keeps [[:alnum:]]); the URL escapes them as UTF-8.
        #expect(path("/:year/:slug/", slug: "café-crème") == "/2024/caf%C3%A9-cr%C3%A8me/")
    }

    @Test func punctuationInTheSlugBecomesOneHyphen() {
        #expect(path("/:slug/", slug: "What's new?! (2024)") == "/what-s-new-2024/")
    }

    @Test func categoryWithASpaceIsEscaped() {
        #expect(path("/:categories/:slug/", categories: ["Big Ideas"]) == "/big%20ideas/my-first-post/")
    }

    @Test func emptyCategoriesCollapseTheDoubleSlash() {
        #expect(path("/:categories/:year/:month/:day/:title:output_ext") == "/2024/05/01/my-first-post.html")
    }

    @Test func emptyCategoriesInTheMiddleCollapse() {
        #expect(path("/blog/:categories/:slug/") == "/blog/my-first-post/")
    }

    @Test func templateWithoutPlaceholdersIsKept() {
        #expect(path("/podcast/episode-1/") == "/podcast/episode-1/")
    }

    @Test func unknownPlaceholderIsLeftAsWritten() {
        #expect(path("/:nope/:slug/") == "/:nope/my-first-post/")
    }

    @Test func noTrailingSlashIsKeptThatWay() {
        #expect(path("/:year/:slug") == "/2024/my-first-post")
    }
}
