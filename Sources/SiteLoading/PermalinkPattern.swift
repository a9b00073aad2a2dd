import FeedModel
import Foundation
import Liquid

/// Jekyll-style permalink templates such as `/:year/:month/:day/:title/`.
struct PermalinkPattern {
    /// Jekyll's named permalink styles.
    static let namedStyles = [
        "date": "/:categories/:year/:month/:day/:title:output_ext",
        "pretty": "/:categories/:year/:month/:day/:title/",
        "ordinal": "/:categories/:year/:y_day/:title:output_ext",
        "weekdate": "/:categories/:year/W:week/:short_day/:title:output_ext",
        "none": "/:categories/:title:output_ext",
    ]

    /// What a post contributes to the placeholders.
    struct Values {
        var date: Date
        var timeZone: TimeZone
        /// The slug from the file name, or front matter `slug`.
        var slug: String
        /// The file name without its extension, date included (Jekyll's `:name`).
        var fileStem: String
        var categories: [String]
    }

    private enum Token: Sendable {
        case text(String)
        case placeholder(String)
    }

    private let tokens: [Token]

    /// Every placeholder Jekyll's `URLDrop` knows, longest first so that
    /// `:short_year` is not read as `:short_` followed by text.
    private static let placeholders = [
        "year", "short_year", "month", "i_month", "short_month", "long_month", "day", "i_day", "y_day",
        "hour", "minute", "second", "week", "w_year", "short_day", "long_day", "title", "slug", "name",
        "categories", "output_ext",
    ].sorted { $0.count > $1.count }

    /// Reads the template once; `path(for:)` then only fills it in.
    init(template: String) {
        var tokens: [Token] = []
        var text = ""
        var rest = template[...]
        while let colon = rest.firstIndex(of: ":") {
            text += rest[..<colon]
            let after = rest[rest.index(after: colon)...]
            if let name = Self.placeholders.first(where: { after.hasPrefix($0) }) {
                if !text.isEmpty { tokens.append(.text(text)) }
                text = ""
                tokens.append(.placeholder(name))
                rest = after.dropFirst(name.count)
            } else {
                text += ":"
                rest = after
            }
        }
        text += rest
        if !text.isEmpty { tokens.append(.text(text)) }
        self.tokens = tokens
    }

    /// The site-relative path of a post: placeholders filled in, repeated
    /// slashes collapsed and each segment percent-encoded, as Jekyll's `URL` does.
    func path(for values: Values) -> String {
        let time = CivilTime(values.date, in: values.timeZone)
        var output = ""
        for token in tokens {
            switch token {
            case .text(let text): output += text
            case .placeholder(let name): output += Self.value(of: name, time: time, values: values)
            }
        }
        return Self.clean(output)
    }

    private static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    private static let dayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    private static func value(of name: String, time: CivilTime, values: Values) -> String {
        switch name {
        case "year": String(time.year)
        case "short_year": pad(time.year % 100)
        case "month": pad(time.month)
        case "i_month": String(time.month)
        case "short_month": String(monthNames[time.month - 1].prefix(3))
        case "long_month": monthNames[time.month - 1]
        case "day": pad(time.day)
        case "i_day": String(time.day)
        case "y_day": pad(time.dayOfYear, 3)
        case "hour": pad(time.hour)
        case "minute": pad(time.minute)
        case "second": pad(time.second)
        case "week": pad(time.isoWeek.week)
        case "w_year": String(time.isoWeek.year)
        case "short_day": String(dayNames[time.weekday].prefix(3))
        case "long_day": dayNames[time.weekday]
        case "title": Slug.make(values.slug, preservingCase: true)
        case "slug": Slug.make(values.slug, preservingCase: false)
        case "name": Slug.make(values.fileStem, preservingCase: false)
        case "categories": values.categories.map { $0.lowercased() }.joined(separator: "/")
        case "output_ext": ".html"
        default: ""
        }
    }

    private static func pad(_ number: Int, _ width: Int = 2) -> String {
        let digits = String(number)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    private static func clean(_ path: String) -> String {
        // Usually there is nothing to clean: one leading slash, no empty segment, nothing to encode.
        var previous: UInt8 = 0
        let clean = path.utf8.first == UInt8(ascii: "/") && path.utf8.allSatisfy { byte in
            defer { previous = byte }
            return byte == UInt8(ascii: "/") ? previous != UInt8(ascii: "/") : isPlainPathByte(byte)
        }
        if clean { return path }
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        let encoded = segments.map { segment in
            segment.utf8.allSatisfy(isPlainPathByte) ? String(segment)
                : segment.addingPercentEncoding(withAllowedCharacters: segmentCharacters) ?? String(segment)
        }
        let joined = "/" + encoded.joined(separator: "/")
        return path.hasSuffix("/") && joined != "/" ? joined + "/" : joined
    }

    /// Bytes that never need encoding in a path segment (RFC 3986 unreserved and sub-delims).
    private static func isPlainPathByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "!"), UInt8(ascii: "$"),
             UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "+"), UInt8(ascii: ","),
             UInt8(ascii: "="), UInt8(ascii: "@"), UInt8(ascii: ":"): true
        default: false
        }
    }

    private static let segmentCharacters: CharacterSet = {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/;?#")
        return allowed
    }()
}

/// Jekyll's `slugify`: runs of anything but letters and digits become one hyphen.
enum Slug {
    static func make(_ text: String, preservingCase: Bool) -> String {
        // Most slugs are already lowercase ASCII words joined by hyphens.
        var previous: UInt8 = UInt8(ascii: "-")
        let plain = text.utf8.allSatisfy { byte in
            defer { previous = byte }
            if byte == UInt8(ascii: "-") { return previous != UInt8(ascii: "-") }
            return (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
        if plain && previous != UInt8(ascii: "-") {
            return text
        }
        var slug = ""
        var pendingHyphen = false
        for character in text {
            let keep = character.isLetter || character.isNumber || (preservingCase && "._~!$&'()+,;=@".contains(character))
            if keep {
                if pendingHyphen && !slug.isEmpty { slug += "-" }
                pendingHyphen = false
                slug.append(character)
            } else {
                pendingHyphen = true
            }
        }
        return preservingCase ? slug : slug.lowercased()
    }

    /// Jekyll's `titleize_slug`: `my-first-post` becomes `My First Post`, and
    /// `PGDL` `Pgdl`, as Ruby's `capitalize` lowers the rest of each word.
    static func title(from slug: String) -> String {
        slug.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined(separator: " ")
    }
}
