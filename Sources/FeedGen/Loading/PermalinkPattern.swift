import Foundation

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
        var categories: [String]
    }

    let template: String

    /// The site-relative path of a post: placeholders filled in, repeated
    /// slashes collapsed and each segment percent-encoded, as Jekyll's `URL` does.
    func path(for values: Values) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = values.timeZone
        calendar.locale = Locale(identifier: "en_US_POSIX")
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday, .weekOfYear, .yearForWeekOfYear], from: values.date)
        let dayOfYear = calendar.ordinality(of: .day, in: .year, for: values.date) ?? 1
        func pad(_ number: Int?, _ width: Int = 2) -> String {
            let digits = String(number ?? 0)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        let dayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        let month = monthNames[(parts.month ?? 1) - 1]
        let weekday = dayNames[(parts.weekday ?? 1) - 1]
        let replacements: [String: String] = [
            "year": String(parts.year ?? 1970),
            "short_year": pad((parts.year ?? 1970) % 100),
            "month": pad(parts.month),
            "i_month": String(parts.month ?? 1),
            "short_month": String(month.prefix(3)),
            "long_month": month,
            "day": pad(parts.day),
            "i_day": String(parts.day ?? 1),
            "y_day": pad(dayOfYear, 3),
            "hour": pad(parts.hour),
            "minute": pad(parts.minute),
            "second": pad(parts.second),
            "week": pad(parts.weekOfYear),
            "w_year": String(parts.yearForWeekOfYear ?? 1970),
            "short_day": String(weekday.prefix(3)),
            "long_day": weekday,
            "title": Slug.make(values.slug, preservingCase: true),
            "slug": Slug.make(values.slug, preservingCase: false),
            "name": Slug.make(values.slug, preservingCase: false),
            "categories": values.categories.map { $0.lowercased() }.joined(separator: "/"),
            "output_ext": ".html",
        ]
        // Longest names first, so that `:short_year` is not read as `:short_` + text.
        let names = replacements.keys.sorted { $0.count > $1.count }
        var output = ""
        var rest = template[...]
        while let colon = rest.firstIndex(of: ":") {
            output += rest[..<colon]
            let after = rest[rest.index(after: colon)...]
            if let name = names.first(where: { after.hasPrefix($0) }) {
                output += replacements[name]!
                rest = after.dropFirst(name.count)
            } else {
                output += ":"
                rest = after
            }
        }
        output += rest
        return Self.clean(output)
    }

    private static func clean(_ path: String) -> String {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        let encoded = segments.map { $0.addingPercentEncoding(withAllowedCharacters: segmentCharacters) ?? String($0) }
        let joined = "/" + encoded.joined(separator: "/")
        return path.hasSuffix("/") && joined != "/" ? joined + "/" : joined
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

    /// Jekyll's `titleize_slug`: `my-first-post` becomes `My First Post`.
    static func title(from slug: String) -> String {
        slug.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}
