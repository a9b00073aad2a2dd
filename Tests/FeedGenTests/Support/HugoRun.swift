import Foundation
import Testing
import FeedGen
@testable import FeedValidation

/// The real Hugo (Debian's `hugo`, 0.111) run on a site, and what subscribers
/// of an RSS feed compare: each item's guid, link, date and title.
enum HugoRun {
    struct Item: Equatable, CustomStringConvertible {
        var guid: String
        var link: String
        var date: Date
        var title: String

        var description: String { "\(title) | \(link) | \(guid) | \(date.formatted(.iso8601))" }
    }

    /// Builds `site` with `hugo` into `public/`.
    static func build(_ site: URL) throws {
        let hugo = Process()
        hugo.executableURL = URL(fileURLWithPath: "/usr/bin/hugo")
        hugo.arguments = ["--quiet", "--source", site.path, "--destination", site.appendingPathComponent("public").path]
        hugo.currentDirectoryURL = site
        hugo.standardError = Pipe()
        try hugo.run()
        let hugoStatus = hugo.waitForExit()
        #expect(hugoStatus == 0, "hugo: \(String(decoding: (hugo.standardError as! Pipe).fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))")
    }

    /// The items of an RSS 2.0 file, in order.
    static func items(ofRSS url: URL) throws -> [Item] {
        let (root, _) = XMLDocumentParser(relaxNG: RSSSchema.relaxNG).check(Array(try Data(contentsOf: url)))
        let document = try #require(root)
        let channel = try #require(document.child("channel", in: ""))
        return try channel.children("item", in: "").map { item in
            let pubDate = try #require(item.child("pubDate", in: "")?.text)
            return Item(guid: item.child("guid", in: "")?.text ?? "", link: item.child("link", in: "")?.text ?? "",
                        date: try #require(RFC822.parse(pubDate)), title: item.child("title", in: "")?.text ?? "")
        }
    }
}

/// RSS dates as Hugo writes them: `Mon, 02 Jan 2006 15:04:05 -0700`.
enum RFC822 {
    static func parse(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.date(from: text)
    }
}
