import Foundation

/// Hugo's `[frontmatter]`: where each of a page's dates comes from, in
/// order, the first that a page has: front matter keys (lower case),
/// `:filename` (a `YYYY-MM-DD` at the start of the file or bundle name, which
/// also gives the page its slug, the rest of the name, unless it has one),
/// `:fileModTime`, and `:default` (Hugo's own list for that date). `:git`
/// needs the repository's history, which feedgen does not read: it is passed over.
package struct HugoDates: Sendable, Equatable {
    package var date = Self.defaults["date"]!
    package var publishDate = Self.defaults["publishdate"]!
    package var lastmod = Self.defaults["lastmod"]!
    package var expiryDate = Self.defaults["expirydate"]!

    /// Hugo 0.111's lists (`pagemeta`), without `:git`.
    static let defaults = [
        "date": ["date", "publishdate", "pubdate", "published", "lastmod", "modified"],
        "publishdate": ["publishdate", "pubdate", "published", "date"],
        "lastmod": ["lastmod", "modified", "date", "publishdate", "pubdate", "published"],
        "expirydate": ["expirydate", "unpublishdate"],
    ]

    package init() {}

    /// The lists of a `[frontmatter]` table (keys in lower case), `:default` expanded.
    package init(_ table: [String: [String]]) {
        func list(_ name: String) -> [String] {
            guard let given = table[name] else { return Self.defaults[name]! }
            return given.flatMap { source -> [String] in
                let source = source.lowercased()
                return source == ":default" ? Self.defaults[name]! : [source]
            }
        }
        date = list("date")
        publishDate = list("publishdate")
        lastmod = list("lastmod")
        expiryDate = list("expirydate")
    }

    /// The front matter keys the lists name beyond those feedgen always reads.
    var otherKeys: Set<String> {
        let known: Set<String> = ["date", "publishdate", "pubdate", "published", "lastmod", "modified", "expirydate", "unpublishdate"]
        return Set((date + publishDate + lastmod + expiryDate).filter { !$0.hasPrefix(":") && !known.contains($0) })
    }

    /// What a source gives a page: a written date (read on its line), a date found otherwise, or nothing.
    enum Found {
        case written(FrontMatter.DateField, key: String)
        case known(Date)
        /// `:filename`'s date, with the slug the rest of the name gives.
        case fileName(Date, slug: String)
    }

    /// The first of `sources` the page has.
    static func first(of sources: [String], in matter: FrontMatter, file: PostFile, timeZone: TimeZone) -> Found? {
        for source in sources {
            switch source {
            case "date": if let date = matter.date { return .written(date, key: "date") }
            case "publishdate", "pubdate", "published": if let date = matter.publishDate { return .written(date, key: "publishDate") }
            case "lastmod", "modified": if let date = matter.updated { return .written(date, key: "lastmod") }
            case "expirydate", "unpublishdate": if let date = matter.expiryDate { return .written(date, key: "expiryDate") }
            case ":filename": if let found = fileNameDate(of: file, timeZone: timeZone) { return found }
            case ":filemodtime":
                var status = stat()
                if stat(file.path, &status) == 0 { return .known(Date(timeIntervalSince1970: Double(status.st_mtim.tv_sec))) }
            default: if let date = matter.otherDates[source] { return .written(date, key: source) }
            }
        }
        return nil
    }

    /// Hugo's `dateAndSlugFromBaseFilename`: the name's first ten characters
    /// as a date in the site's zone, the rest (without ` -_` around it) the slug.
    private static func fileNameDate(of file: PostFile, timeZone: TimeZone) -> Found? {
        var parts = file.relativePath.split(separator: "/")
        var name = String(parts.removeLast())
        if let dot = name.lastIndex(of: ".") { name = String(name[..<dot]) }
        // A bundle's name is its folder's; a language in the name is not part of it.
        if name == "index" || name.hasPrefix("index."), let folder = parts.last { name = String(folder) }
        if let dot = name.lastIndex(of: ".") { name = String(name[..<dot]) }
        let digits = Array(name.utf8)
        guard digits.count >= 10, digits[4] == UInt8(ascii: "-"), digits[7] == UInt8(ascii: "-"),
              let year = Int(name.prefix(4)), let month = Int(name.dropFirst(5).prefix(2)), let day = Int(name.dropFirst(8).prefix(2)),
              name.prefix(10).allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(year: year, month: month, day: day)
        guard components.isValidDate(in: calendar), let date = calendar.date(from: components) else { return nil }
        return .fileName(date, slug: String(name.dropFirst(10)).trimmingCharacters(in: CharacterSet(charactersIn: " -_")))
    }
}
