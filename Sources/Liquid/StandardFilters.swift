import Foundation

/// Liquid's standard filters (Ruby Liquid 5.4's `StandardFilters`).
enum StandardFilters {
    /// The filter's result, or nil when there is no filter of that name.
    static func apply(_ name: String, _ input: LiquidValue, _ arguments: [LiquidValue], _ keywords: LiquidMap, _ context: RenderContext) throws(LiquidError) -> LiquidValue? {
        let input = input.resolved
        func argument(_ index: Int) -> LiquidValue { index < arguments.count ? arguments[index].resolved : .nil }
        func require(_ count: ClosedRange<Int>) throws(LiquidError) {
            guard count.contains(arguments.count) else {
                throw LiquidError(line: 0, .wrongArgumentCount(filter: name, given: arguments.count + 1, expected: count.lowerBound == count.upperBound ? "\(count.lowerBound + 1)" : "\(count.lowerBound + 1)..\(count.upperBound + 1)"))
            }
        }
        let text = input.text
        switch name {
        // Strings
        case "append": try require(1...1); return .string(text + argument(0).text)
        case "prepend": try require(1...1); return .string(argument(0).text + text)
        case "capitalize":
            guard let first = text.first else { return .string("") }
            return .string(String(first).uppercased() + text.dropFirst().lowercased())
        case "downcase": return .string(text.lowercased())
        case "upcase": return .string(text.uppercased())
        case "escape", "h": return input.isNil ? .nil : .string(HTMLEscaping.escape(text))
        case "escape_once": return .string(HTMLEscaping.escapeOnce(text))
        case "url_encode": return input.isNil ? .nil : .string(URLEscaping.cgiEscape(text))
        case "url_decode": return input.isNil ? .nil : .string(URLEscaping.cgiUnescape(text))
        case "base64_encode": return .string(Data(text.utf8).base64EncodedString())
        case "base64_decode":
            guard let data = Data(base64Encoded: text), let decoded = String(data: data, encoding: .utf8) else { throw LiquidError(line: 0, .argument("invalid base64 provided to base64_decode")) }
            return .string(decoded)
        case "base64_url_safe_encode":
            return .string(Data(text.utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_"))
        case "base64_url_safe_decode":
            var base = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
            while base.count % 4 != 0 { base += "=" }
            guard let data = Data(base64Encoded: base), let decoded = String(data: data, encoding: .utf8) else { throw LiquidError(line: 0, .argument("invalid base64 provided to base64_url_safe_decode")) }
            return .string(decoded)
        case "slice":
            try require(1...2)
            let offset = try Numbers.integer(argument(0))
            let length = arguments.count > 1 ? try Numbers.integer(argument(1)) : 1
            if case .array(let array) = input { return .array(RubyString.slice(array, offset, length) ?? []) }
            let scalars = Array(text.unicodeScalars)
            return .string(RubyString.slice(scalars, offset, length).map { String(String.UnicodeScalarView($0)) } ?? "")
        case "truncate":
            guard !input.isNil else { return .nil }
            try require(0...2)
            let length = arguments.count > 0 ? try Numbers.integer(argument(0)) : 50
            let ellipsis = arguments.count > 1 ? argument(1).text : "..."
            let scalars = Array(text.unicodeScalars)
            guard scalars.count > length else { return .string(text) }
            let kept = max(length - ellipsis.unicodeScalars.count, 0)
            return .string(String(String.UnicodeScalarView(scalars.prefix(kept))) + ellipsis)
        case "truncatewords":
            guard !input.isNil else { return .nil }
            try require(0...2)
            var count = arguments.count > 0 ? try Numbers.integer(argument(0)) : 15
            if count <= 0 { count = 1 }
            let ellipsis = arguments.count > 1 ? argument(1).text : "..."
            let words = RubyString.whitespaceSplit(text, limit: count + 1)
            guard words.count > count else { return .string(text) }
            return .string(words.prefix(count).joined(separator: " ") + ellipsis)
        case "split":
            try require(1...1)
            return .array(RubyString.split(text, argument(0).text).map { .string($0) })
        case "strip": return .string(Whitespace.stripped(text))
        case "lstrip": return .string(Whitespace.leftStripped(text))
        case "rstrip": return .string(Whitespace.rightStripped(text))
        case "strip_html":
            var result = text
            for pattern in ["(?s)<script.*?</script>", "(?s)<!--.*?-->", "(?s)<style.*?</style>", "(?s)<.*?>"] {
                result = result.replacingOccurrences(of: pattern, with: "", options: [.regularExpression, .caseInsensitive])
            }
            return .string(result)
        case "strip_newlines": return .string(text.replacingOccurrences(of: "\r\n", with: "").replacingOccurrences(of: "\n", with: ""))
        case "newline_to_br": return .string(text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "<br />\n"))
        case "replace":
            try require(1...2)
            return .string(text.replacingOccurrences(of: argument(0).text, with: argument(1).text))
        case "replace_first":
            try require(1...2)
            return .string(RubyString.replaceFirst(text, argument(0).text, argument(1).text))
        case "replace_last":
            try require(2...2)
            return .string(RubyString.replaceLast(text, argument(0).text, argument(1).text))
        case "remove": try require(1...1); return .string(text.replacingOccurrences(of: argument(0).text, with: ""))
        case "remove_first": try require(1...1); return .string(RubyString.replaceFirst(text, argument(0).text, ""))
        case "remove_last": try require(1...1); return .string(RubyString.replaceLast(text, argument(0).text, ""))

        // Arrays
        case "join":
            try require(0...1)
            let glue = arguments.isEmpty ? " " : argument(0).text
            return .string(input.flattened.map(\.text).joined(separator: glue))
        case "first":
            if case .array(let array) = input { return array.first ?? .nil }
            if case .range(let lower, let upper) = input { return lower <= upper ? .int(lower) : .nil }
            return .nil
        case "last":
            if case .array(let array) = input { return array.last ?? .nil }
            if case .range(let lower, let upper) = input { return lower <= upper ? .int(upper) : .nil }
            return .nil
        case "size":
            return Expression.lookup(input, key: .string("size"), command: true).isNil ? .int(0) : Expression.lookup(input, key: .string("size"), command: true)
        case "reverse": return .array(input.flattened.reversed())
        case "compact":
            try require(0...1)
            let items = input.flattened
            if arguments.isEmpty { return .array(items.filter { !$0.isNil }) }
            return .array(items.filter { !ArrayFilters.property($0, argument(0)).isNil })
        case "concat":
            try require(1...1)
            guard case .array(let other) = argument(0) else { throw LiquidError(line: 0, .argument("concat filter requires an array argument")) }
            return .array(input.flattened + other)
        case "map":
            try require(1...1)
            return .array(input.flattened.map { ArrayFilters.property($0, argument(0)) })
        case "uniq":
            try require(0...1)
            var seen: [LiquidValue] = []
            var result: [LiquidValue] = []
            for item in input.flattened {
                let key = arguments.isEmpty ? item : ArrayFilters.property(item, argument(0))
                if !seen.contains(key) {
                    seen.append(key)
                    result.append(item)
                }
            }
            return .array(result)
        case "sort_natural":
            try require(0...1)
            let items = input.flattened
            let keyed = items.map { (item: $0, key: arguments.isEmpty ? $0 : ArrayFilters.property($0, argument(0))) }
            return .array(keyed.stableSorted { a, b in
                if a.key.isNil || b.key.isNil { return !a.key.isNil }
                return a.key.text.lowercased().utf8.lexicographicallyPrecedes(b.key.text.lowercased().utf8)
            }.map(\.item))
        case "sum":
            try require(0...1)
            var total = Numbers.Number.int(0)
            for item in input.flattened {
                let value = arguments.isEmpty ? item : ArrayFilters.property(item, argument(0))
                total = Arithmetic.operate(total, Numbers.number(value), "+")
            }
            return Numbers.value(total)
        case "where":
            try require(1...2)
            return ArrayFilters.liquidWhere(input, argument(0), arguments.count > 1 ? Optional(argument(1)) : Optional<LiquidValue>.none)

        // Numbers
        case "plus", "minus", "times":
            try require(1...1)
            return Numbers.value(Arithmetic.operate(Numbers.number(input), Numbers.number(argument(0)), name == "plus" ? "+" : name == "minus" ? "-" : "*"))
        case "divided_by":
            try require(1...1)
            return try Arithmetic.divide(Numbers.number(input), Numbers.number(argument(0)))
        case "modulo":
            try require(1...1)
            return try Arithmetic.modulo(Numbers.number(input), Numbers.number(argument(0)))
        case "abs": return Arithmetic.abs(Numbers.number(input))
        case "ceil": return .int(Arithmetic.rounded(Numbers.number(input), .up))
        case "floor": return .int(Arithmetic.rounded(Numbers.number(input), .down))
        case "round":
            try require(0...1)
            return Arithmetic.round(Numbers.number(input), places: arguments.isEmpty ? 0 : try Numbers.integer(argument(0)))
        case "at_least", "at_most":
            try require(1...1)
            let value = Numbers.number(input)
            let bound = Numbers.number(argument(0))
            let smaller = Numbers.decimal(value) < Numbers.decimal(bound)
            return Numbers.value((name == "at_least") == smaller ? bound : value)

        // Other
        case "default":
            try require(0...1)
            let allowFalse = keywords["allow_false"]?.isTruthy ?? false
            let isFalse = allowFalse ? input.isNil : !input.isTruthy
            return isFalse || input.isEmptyCollection == true ? argument(0) : input
        case "date":
            try require(1...1)
            let format = argument(0).text
            guard !format.isEmpty, let date = RubyTime.date(from: input, timeZone: context.host.timeZone, now: context.host.now) else { return input }
            return .string(RubyTime.format(date, format))
        default:
            return nil
        }
    }
}

extension Array {
    /// Ruby's sort is not stable, but on equal keys Jekyll's results depend on input order; keep it.
    func stableSorted(by less: (Element, Element) -> Bool) -> [Element] {
        enumerated().sorted { a, b in
            less(a.element, b.element) || (!less(b.element, a.element) && a.offset < b.offset)
        }.map(\.element)
    }
}
