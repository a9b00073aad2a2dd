import FeedModel
import FeedWriters
import Foundation

/// One self-contained HTML page that shows a feed as a reader shows it: per
/// entry its title, date in the site's time zone, authors, categories,
/// image, summary and full content, each marked new, changed or unchanged
/// against the published feed. Inline CSS, no script (a Content Security
/// Policy forbids any, as readers strip them from content), nothing fetched
/// but the images the entries show.
package struct PreviewPage: Sendable {
    package var siteTitle: String
    package var siteDescription: String
    package var timeZone: TimeZone
    /// The published file the marks compare with, as messages print it.
    package var comparedWith: String
    /// The main feed's entries, newest first, each marked `new`, `changed` or `unchanged`.
    package var entries: [(entry: Entry, mark: String)]
    /// The publish guard's reasons, when it would refuse this build.
    package var refusals: [String]

    package init(siteTitle: String, siteDescription: String, timeZone: TimeZone, comparedWith: String,
                entries: [(entry: Entry, mark: String)], refusals: [String]) {
        self.siteTitle = siteTitle
        self.siteDescription = siteDescription
        self.timeZone = timeZone
        self.comparedWith = comparedWith
        self.entries = entries
        self.refusals = refusals
    }

    package var html: String {
        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="script-src 'none'; object-src 'none'">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Self.text("Preview: " + siteTitle))</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <header>
            <h1>\(Self.text(siteTitle))</h1>

            """
        if !siteDescription.isEmpty { page += "<p class=\"description\">\(Self.text(siteDescription))</p>\n" }
        let counts = ["new", "changed", "unchanged"].map { mark in "\(entries.count { $0.mark == mark }) \(mark)" }.joined(separator: ", ")
        page += "<p class=\"summary\">\(entries.count) entr\(entries.count == 1 ? "y" : "ies"): \(counts), against \(Self.text(comparedWith))</p>\n"
        if !refusals.isEmpty {
            page += "<div class=\"refused\"><p>The publish guard would refuse this build:</p><ul>\n"
            page += refusals.map { "<li>\(Self.text($0))</li>\n" }.joined()
            page += "</ul></div>\n"
        }
        page += "</header>\n<main>\n"
        for (entry, mark) in entries { page += article(entry, mark: mark) }
        if entries.isEmpty { page += "<p class=\"empty\">The feed has no entries.</p>\n" }
        page += "</main>\n</body>\n</html>\n"
        return page
    }

    private func article(_ entry: Entry, mark: String) -> String {
        var html = "<article class=\"entry \(mark)\">\n"
        html += "<p class=\"mark\">\(mark)</p>\n"
        html += "<h2><a href=\"\(Self.attribute(entry.url))\">\(Self.text(entry.title))</a></h2>\n"
        var meta = "<time datetime=\"\(FeedDate.rfc3339(entry.published, in: timeZone))\">\(Self.text(date(entry.published)))</time>"
        if entry.updated != entry.published { meta += " · updated \(Self.text(date(entry.updated)))" }
        if !entry.authors.isEmpty { meta += " · by <span class=\"authors\">\(Self.text(entry.authors.map(\.name).joined(separator: ", ")))</span>" }
        html += "<p class=\"meta\">\(meta)</p>\n"
        if !entry.categories.isEmpty {
            html += "<ul class=\"categories\">" + entry.categories.map { "<li>\(Self.text($0))</li>" }.joined() + "</ul>\n"
        }
        if let image = entry.image {
            html += "<figure class=\"image\"><img src=\"\(Self.attribute(image.url))\" alt=\"\(Self.attribute(image.alt ?? ""))\"></figure>\n"
        }
        if !entry.summaryHTML.isEmpty {
            html += "<section class=\"summary-html\"><h3>Summary</h3>\n\(entry.summaryHTML)</section>\n"
        }
        if let content = entry.contentHTML {
            html += "<section class=\"content\"><h3>Full content</h3>\n\(content)</section>\n"
        }
        if !entry.enclosures.isEmpty {
            html += "<ul class=\"enclosures\">" + entry.enclosures.map { "<li><a href=\"\(Self.attribute($0.url))\">\(Self.text($0.title ?? $0.url))</a> (\(Self.text($0.type)))</li>" }.joined() + "</ul>\n"
        }
        html += "<p class=\"id\">id \(Self.text(entry.id)) · \(Self.text(entry.sourcePath))</p>\n"
        return html + "</article>\n"
    }

    /// `Monday 22 April 2024, 07:30 +02:00 (Europe/Berlin)`: the wall clock a reader in the site's zone sees.
    func date(_ date: Date) -> String {
        let civil = CivilTime(date, in: timeZone)
        let minutes = abs(civil.offset) / 60
        let offset = (civil.offset < 0 ? "-" : "+") + Self.two(minutes / 60) + ":" + Self.two(minutes % 60)
        return "\(Self.weekdays[civil.weekday]) \(civil.day) \(Self.months[civil.month - 1]) \(civil.year), \(Self.two(civil.hour)):\(Self.two(civil.minute)) \(offset) (\(timeZone.identifier))"
    }

    private static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    private static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    private static func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
    private static func text(_ string: String) -> String { XMLEscaping.text(string) }
    private static func attribute(_ string: String) -> String { XMLEscaping.attribute(string) }

    private static let style = """
        body{margin:0;background:#f4f2ee;color:#222;font:16px/1.55 Georgia,"DejaVu Serif",serif}
        header,main{max-width:46rem;margin:0 auto;padding:1rem 1.5rem}
        header{border-bottom:1px solid #d8d2c8}
        h1{font:600 1.8rem/1.2 "DejaVu Sans",Arial,sans-serif;margin:.5rem 0}
        .description,.summary,.meta,.id{font-family:"DejaVu Sans",Arial,sans-serif;color:#555}
        .summary{font-size:.9rem}
        .refused{background:#fde8e6;border:1px solid #d9534f;border-radius:6px;padding:.2rem 1rem;font:.9rem "DejaVu Sans",Arial,sans-serif}
        article{background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.12);margin:1.2rem 0;padding:1rem 1.5rem;position:relative}
        article h2{font:600 1.35rem/1.3 "DejaVu Sans",Arial,sans-serif;margin:.2rem 0}
        article h2 a{color:#1a4f8b;text-decoration:none}
        article h3{font:600 .75rem "DejaVu Sans",Arial,sans-serif;text-transform:uppercase;letter-spacing:.08em;color:#888;margin:1rem 0 .3rem}
        .mark{position:absolute;top:.8rem;right:1rem;margin:0;font:700 .7rem "DejaVu Sans",Arial,sans-serif;text-transform:uppercase;letter-spacing:.08em;padding:.15rem .5rem;border-radius:4px}
        .new .mark{background:#dff3e3;color:#1e7b34}
        .changed .mark{background:#fff1cc;color:#8a6100}
        .unchanged .mark{background:#eceae6;color:#777}
        .meta{font-size:.85rem;margin:.2rem 0}
        .categories{list-style:none;padding:0;margin:.4rem 0}
        .categories li{display:inline-block;font:.75rem "DejaVu Sans",Arial,sans-serif;background:#eef3f9;color:#1a4f8b;border-radius:10px;padding:.05rem .6rem;margin:0 .3rem .3rem 0}
        img{max-width:100%;height:auto;border-radius:4px}
        figure{margin:.6rem 0}
        .summary-html img{display:block;max-height:10rem;width:auto;margin:.4rem 0}
        pre{overflow:auto;background:#f6f6f6;padding:.6rem}
        .id{font-size:.75rem;color:#999;word-break:break-all}
        """
}
