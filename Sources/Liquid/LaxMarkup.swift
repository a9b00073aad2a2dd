import Foundation

/// Ruby Liquid's lax parsing, with its own regular expressions: what Jekyll
/// falls back to (`error_mode: warn`) when the strict parser refuses markup.
enum LaxMarkup {
    static let quotedString = #""[^"]*"|'[^']*'"#
    static let quotedFragment = #"\#(quotedString)|(?:[^\s,\|'"]|\#(quotedString))+"#

    private static func regex(_ pattern: String) -> NSRegularExpression {
        try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
    }

    nonisolated(unsafe) private static let markupWithQuotedFragment = regex("(\(quotedFragment))(.*)")
    nonisolated(unsafe) private static let filterMarkup = regex(#"\|\s*(.*)"#)
    nonisolated(unsafe) private static let filterParser = regex("(?:\\s+|\(quotedFragment)|,)+")
    nonisolated(unsafe) private static let filterArguments = regex("(?::|,)\\s*((?:\\w+\\s*\\:\\s*)?\(quotedFragment))")
    nonisolated(unsafe) private static let keywordArgument = regex("\\A(\\w[\\w-]*)\\s*\\:\\s*(\(quotedFragment))\\z")
    nonisolated(unsafe) private static let word = regex(#"\w+"#)
    nonisolated(unsafe) private static let variableParts = regex(#"\[[^\]]+\]|[\w\-]+\??"#)
    nonisolated(unsafe) private static let integer = regex(#"\A(-?\d+)\z"#)
    nonisolated(unsafe) private static let float = regex(#"\A(-?\d[\d\.]+)\z"#)
    nonisolated(unsafe) private static let range = regex(#"\A\(\s*(?>(\S+)\s*\.\.)\s*(\S+)\s*\)\z"#)
    nonisolated(unsafe) static let fragments = regex(quotedFragment)

    static func groups(_ regex: NSRegularExpression, _ string: String) -> [String?]? {
        let ns = string as NSString
        guard let match = regex.firstMatch(in: string, range: NSRange(location: 0, length: ns.length)) else { return nil }
        return (0..<match.numberOfRanges).map { match.range(at: $0).location == NSNotFound ? nil : ns.substring(with: match.range(at: $0)) }
    }

    static func all(_ regex: NSRegularExpression, _ string: String, group: Int = 0) -> [String] {
        let ns = string as NSString
        return regex.matches(in: string, range: NSRange(location: 0, length: ns.length)).compactMap {
            $0.range(at: group).location == NSNotFound ? nil : ns.substring(with: $0.range(at: group))
        }
    }

    static func filteredExpression(_ markup: String) -> FilteredExpression {
        guard let match = groups(markupWithQuotedFragment, markup), let name = match[1] else {
            return FilteredExpression(value: nil, filters: [])
        }
        var filters: [FilterCall] = []
        if let rest = match[2], let filterMatch = groups(filterMarkup, rest), let chain = filterMatch[1] {
            for piece in all(filterParser, chain) {
                guard let filterName = groups(word, piece)?[0] else { continue }
                var call = FilterCall(name: filterName)
                for argument in all(filterArguments, piece, group: 1) {
                    if let keyword = groups(keywordArgument, argument), let key = keyword[1], let value = keyword[2] {
                        call.keywordArguments.append((key, expression(value)))
                    } else {
                        call.arguments.append(expression(argument))
                    }
                }
                filters.append(call)
            }
        }
        return FilteredExpression(value: expression(name), filters: filters)
    }

    /// Ruby Liquid's `Expression.parse`.
    static func expression(_ markup: String) -> Expression {
        let markup = markup.trimmingCharacters(in: .whitespacesAndNewlines)
        if markup.count >= 2, let first = markup.first, first == "\"" || first == "'", markup.last == first {
            return .literal(.string(String(markup.dropFirst().dropLast())))
        }
        if groups(integer, markup) != nil { return .literal(.int(Int(markup) ?? 0)) }
        if let match = groups(range, markup), let lower = match[1], let upper = match[2] {
            return .range(expression(lower), expression(upper))
        }
        if groups(float, markup) != nil { return .literal(.double(Double(Numbers.leadingFloat(markup)) ?? 0)) }
        if markup.isEmpty { return .literal(.nil) }
        if let literal = MarkupParser.literal(markup) { return literal }
        var parts = all(variableParts, markup)
        guard !parts.isEmpty else { return .literal(.nil) }
        func part(_ text: String) -> Expression {
            text.hasPrefix("[") && text.hasSuffix("]") ? expression(String(text.dropFirst().dropLast())) : .literal(.string(text))
        }
        let name = part(parts.removeFirst())
        let lookups: [Expression.Lookup] = parts.map { text in
            text.hasPrefix("[") && text.hasSuffix("]") ? .index(expression(String(text.dropFirst().dropLast()))) : .key(text)
        }
        return .variable(.init(name: name, lookups: lookups))
    }
}
