import FeedModel
import Foundation

/// A Hugo page's path below the site, as Hugo 0.111 makes it: front matter
/// `url` as written; else the section's pattern from `permalinks` with its
/// tokens; else the content path (folders, then `slug` or the file or bundle
/// name), each made a path segment the way Hugo does it. Checked against the
/// real `hugo` in `HugoPermalinkTests`.
struct HugoPermalink {
    /// What a page contributes.
    struct Page {
        /// Folders below `content/`, the section first; a leaf bundle's own folder is not one of them.
        var folders: [String]
        /// The file name without its extension, or a leaf bundle's folder name.
        var name: String
        /// How many of `folders` are sections (the first, and nested ones with an `_index.md`).
        var sectionDepth: Int
        var title: String
        var slug: String?
        var url: String?
        var date: Date
        /// The zone the date was written in (Hugo keeps a date's own offset), else the site's.
        var timeZone: TimeZone
    }

    var site: SiteConfig.HugoSite

    /// The page's path: a front matter `url` as written (Hugo adds no
    /// language to it), any other below the language's `/de` when it has one.
    func path(for page: Page) -> String {
        if let url = page.url, !url.isEmpty { return Self.explicit(url) }
        return site.languagePrefix + placedPath(for: page)
    }

    private func placedPath(for page: Page) -> String {
        let rules = site.pathRules
        let ugly = site.isUgly(section: page.folders.first ?? "")
        if let section = page.folders.first, let pattern = site.permalinks[section.lowercased()] {
            var path = expand(pattern, page)
            if ugly, path.hasSuffix("/"), path != "/" { path = String(path.dropLast()) + ".html" }
            return path
        }
        let leaf = HugoPath.segment(page.slug ?? page.name, rules)
        let folders = page.folders.map { HugoPath.segment($0, rules) + "/" }.joined()
        return "/" + folders + leaf + (ugly ? ".html" : "/")
    }

    /// Front matter `url`: as written, below the site; a last segment without
    /// an extension is a folder.
    private static func explicit(_ url: String) -> String {
        var path = url.hasPrefix("/") ? url : "/" + url
        if !path.hasSuffix("/"), !(path.split(separator: "/").last ?? "").contains(".") { path += "/" }
        return path
    }

    private static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
    private static let dayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]

    /// Hugo 0.111's tokens, longest first so that `:slugorfilename` is not `:slug`
    /// followed by text; `:contentbasename` and `:slugorcontentbasename` are
    /// newer Hugo's names for `:filename` and `:slugorfilename` (0.111 calls them ill-formed).
    static let tokens = [
        "year", "monthname", "month", "weekdayname", "weekday", "yearday", "day", "sections", "section",
        "title", "slugorfilename", "slug", "filename", "contentbasename", "slugorcontentbasename",
    ].sorted { $0.count > $1.count }

    private func expand(_ pattern: String, _ page: Page) -> String {
        let rules = site.pathRules
        let time = CivilTime(page.date, in: page.timeZone)
        var output = ""
        var rest = pattern[...]
        while let colon = rest.firstIndex(of: ":") {
            output += rest[..<colon]
            let after = rest[rest.index(after: colon)...]
            guard let token = Self.tokens.first(where: { after.hasPrefix($0) }) else {
                output += ":"
                rest = after
                continue
            }
            rest = after.dropFirst(token.count)
            switch token {
            case "year": output += String(time.year)
            case "month": output += Self.pad(time.month)
            case "monthname": output += Self.monthNames[time.month - 1]
            case "day": output += Self.pad(time.day)
            case "weekday": output += String(time.weekday)
            case "weekdayname": output += Self.dayNames[time.weekday]
            case "yearday": output += String(time.dayOfYear)
            case "section": output += page.folders.first.map { HugoPath.sanitized($0, rules) } ?? ""
            case "sections": output += page.folders.prefix(page.sectionDepth).map { HugoPath.sanitized($0, rules) }.joined(separator: "/")
            case "title": output += HugoPath.sanitized(page.title, rules)
            case "slug": output += HugoPath.sanitized(page.slug ?? page.title, rules)
            case "slugorfilename", "slugorcontentbasename": output += HugoPath.sanitized(page.slug ?? page.name, rules)
            default: output += HugoPath.sanitized(page.name, rules)
            }
        }
        output += rest
        var path = HugoPath.expandedPattern(output, rules)
        while let doubled = path.range(of: "//") { path.replaceSubrange(doubled, with: "/") }
        return path.hasPrefix("/") ? path : "/" + path
    }

    private static func pad(_ number: Int) -> String { number < 10 ? "0" + String(number) : String(number) }
}

/// How Hugo 0.111 turns text into a URL path segment.
enum HugoPath {
    /// The site's settings that change paths.
    struct Rules: Sendable, Equatable {
        /// Hugo's default; `disablePathToLower` keeps the case.
        var lowercases = true
        /// Hugo's `removePathAccents`: `é` becomes `e`.
        var removesAccents = false
    }

    /// A content folder or file name, or a `slug` in a default path (Hugo's
    /// `MakePathSanitized` then `URLEscape`): letters, digits, marks and
    /// `._~#+-@/\` and `%XX` are kept, white space becomes one hyphen, the
    /// rest goes; lower case.
    static func segment(_ text: String, _ rules: Rules = Rules()) -> String {
        escape(sanitized(text, rules))
    }

    /// A token's value in a permalink pattern, not yet escaped.
    static func sanitized(_ text: String, _ rules: Rules = Rules()) -> String {
        var path = sanitize(text)
        if rules.removesAccents {
            // Hugo's RemoveAccentsString: decomposed, marks dropped, composed again.
            var plain = String.UnicodeScalarView()
            plain.append(contentsOf: path.decomposedStringWithCanonicalMapping.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark })
            path = String(plain).precomposedStringWithCanonicalMapping
        }
        return rules.lowercases ? path.lowercased() : path
    }

    /// A pattern once its tokens are filled in: Hugo reads it as a query
    /// (`+` is a space, `%XX` decoded), then sanitizes the whole path again,
    /// so `C++` in `/:title/` ends `c-/`.
    static func expandedPattern(_ path: String, _ rules: Rules = Rules()) -> String {
        let spaced = path.replacingOccurrences(of: "+", with: " ")
        return segment(spaced.removingPercentEncoding ?? spaced, rules)
    }

    /// A title as it appears through `/:title/` (tests compare it with Hugo).
    static func urlize(_ text: String, _ rules: Rules = Rules()) -> String {
        let path = expandedPattern("/" + sanitized(text, rules) + "/", rules)
        return String(path.dropFirst().dropLast())
    }

    /// Hugo's `UnicodeSanitize`.
    private static func sanitize(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var pendingHyphen = false
        var wasHyphen = false
        for (index, scalar) in scalars.enumerated() {
            if isAllowed(scalar) || (scalar == "%" && index + 2 < scalars.count && isHex(scalars[index + 1]) && isHex(scalars[index + 2])) {
                wasHyphen = scalar == "-"
                if pendingHyphen {
                    if !wasHyphen { output.append("-") }
                    pendingHyphen = false
                }
                output.append(scalar)
            } else if !output.isEmpty && !wasHyphen && HugoSummary.isGoSpace(scalar) {
                pendingHyphen = true
            }
        }
        return String(output)
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        if "./\\_#+~-@".unicodeScalars.contains(scalar) { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber,
             .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    private static func isHex(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && Character(scalar).isHexDigit
    }

    /// Go's `url.URL.String()` of a path: non-ASCII and `\` percent-encoded, upper-case hex.
    private static func escape(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\\") }) else { return text }
        var output = ""
        for byte in text.utf8 {
            if byte < 0x80 && byte != UInt8(ascii: "\\") {
                output.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                output += String(format: "%%%02X", byte)
            }
        }
        return output
    }
}
