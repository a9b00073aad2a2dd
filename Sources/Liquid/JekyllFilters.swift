import Foundation

/// Jekyll 4.3's filters (`Jekyll::Filters`), which replace Liquid's of the same name.
enum JekyllFilters {
    static func apply(_ name: String, _ input: LiquidValue, _ arguments: [LiquidValue], _ keywords: LiquidMap, _ context: RenderContext) throws(LiquidError) -> LiquidValue? {
        let input = input.resolved
        func argument(_ index: Int) -> LiquidValue { index < arguments.count ? arguments[index].resolved : .nil }
        switch name {
        case "markdownify": return .string(context.host.markdownify(input.text))
        case "smartify": return .string(context.host.smartify(input.text))
        case "slugify": return input.isNil ? .nil : .string(Slugify.slug(input.text, mode: argument(0).isNil ? nil : argument(0).text))
        case "xml_escape": return .string(HTMLEscaping.xmlEscape(input.text))
        case "cgi_escape": return .string(URLEscaping.cgiEscape(input.text))
        case "uri_escape": return .string(URLEscaping.uriEscape(input.text))
        case "jsonify": return .string(JSONText.encode(input))
        case "inspect": return .string(HTMLEscaping.xmlEscape(input.inspect))
        case "normalize_whitespace":
            // Ruby's `\s` is ASCII white space only: a no-break space (`&nbsp;` after smartify) stays.
            return .string(Whitespace.stripped(input.text.replacingOccurrences(of: #"[ \t\r\n\f\v]+"#, with: " ", options: .regularExpression)))
        case "number_of_words":
            let text = input.text
            let cjk = #"\p{Han}|\p{Katakana}|\p{Hiragana}|\p{Hangul}"#
            let mode = argument(0).text
            let hasCJK = text.range(of: cjk, options: .regularExpression) != nil
            if mode == "cjk" || (mode == "auto" && hasCJK) {
                let cjkCount = LaxMarkup.all(try! NSRegularExpression(pattern: cjk), text).count
                let rest = text.replacingOccurrences(of: cjk, with: " ", options: .regularExpression)
                return .int(cjkCount + RubyString.whitespaceSplit(rest).count)
            }
            return .int(RubyString.whitespaceSplit(text).count)
        case "array_to_sentence_string":
            let connector = arguments.isEmpty ? "and" : argument(0).text
            let items = input.flattened.map(\.text)
            switch items.count {
            case 0: return .string("")
            case 1: return .string(items[0])
            case 2: return .string("\(items[0]) \(connector) \(items[1])")
            default: return .string(items.dropLast().joined(separator: ", ") + ", \(connector) \(items.last!)")
            }
        case "date_to_xmlschema", "date_to_rfc822", "date_to_string", "date_to_long_string":
            guard !input.text.isEmpty else { return input }
            guard let parsed = RubyTime.date(from: input, timeZone: context.host.timeZone, now: context.host.now) else {
                throw LiquidError(line: 0, .argument("Invalid Date: '\(input.inspect)' is not a valid datetime."))
            }
            // Jekyll's `time()` shows every date in the site's zone (`localtime`).
            let date = LiquidDate(date: parsed.date, timeZone: context.host.timeZone)
            switch name {
            case "date_to_xmlschema": return .string(RubyTime.xmlSchema(date))
            case "date_to_rfc822": return .string(RubyTime.rfc2822(date))
            default:
                let month = name == "date_to_string" ? "%b" : "%B"
                if argument(0).text == "ordinal" {
                    let day = date.components.day!
                    let ordinal = "\(day)\(Self.ordinalSuffix(day))"
                    if argument(1).text == "US" { return .string(RubyTime.format(date, "\(month) \(ordinal), %Y")) }
                    return .string(RubyTime.format(date, "\(ordinal) \(month) %Y"))
                }
                return .string(RubyTime.format(date, "%d \(month) %Y"))
            }
        case "where":
            guard arguments.count == 2 else { return nil }
            let property = argument(0), target = argument(1)
            if property.isNil { return input }
            if case .array = target { return input }
            if case .map = target { return input }
            guard let items = ArrayFilters.items(input) else { return input }
            return .array(items.filter { ArrayFilters.matches(ArrayFilters.property($0, property), target) })
        case "find":
            let property = argument(0), target = argument(1)
            if property.isNil { return input }
            if case .array = target { return input }
            if case .map = target { return input }
            guard let items = ArrayFilters.items(input) else { return input }
            return items.first { ArrayFilters.matches(ArrayFilters.property($0, property), target) } ?? .nil
        case "where_exp", "find_exp":
            guard let items = ArrayFilters.items(input) else { return input }
            let variable = argument(0).text
            var warnings: [LiquidWarning] = []
            let condition = try Condition.parse(argument(1).text, line: context.line, warnings: &warnings)
            warnings.forEach(context.warn)
            var kept: [LiquidValue] = []
            try context.withScope { () throws(LiquidError) in
                for item in items {
                    context.setLocal(variable, item)
                    if try condition.evaluate(context).isTruthy {
                        kept.append(item)
                        if name == "find_exp" { break }
                    }
                }
            }
            return name == "find_exp" ? kept.first ?? .nil : .array(kept)
        case "group_by", "group_by_exp":
            guard let items = ArrayFilters.items(input) else { return input }
            var keys: [LiquidValue] = []
            var groups: [[LiquidValue]] = []
            func add(_ item: LiquidValue, _ key: LiquidValue) {
                if let index = keys.firstIndex(of: key) { groups[index].append(item) } else {
                    keys.append(key)
                    groups.append([item])
                }
            }
            if name == "group_by" {
                for item in items { add(item, .string(ArrayFilters.property(item, argument(0)).text)) }
            } else {
                var warnings: [LiquidWarning] = []
                let expression = FilteredExpression.parse(argument(1).text, line: context.line, warnings: &warnings)
                warnings.forEach(context.warn)
                try context.withScope { () throws(LiquidError) in
                    for item in items {
                        context.setLocal(argument(0).text, item)
                        add(item, try expression.evaluate(context))
                    }
                }
            }
            return .array(zip(keys, groups).map { key, items in ["name": key, "items": .array(items), "size": .int(items.count)] })
        case "sort":
            guard !input.isNil else { throw LiquidError(line: 0, .argument("Cannot sort a null object.")) }
            let items = input.flattened
            if arguments.isEmpty {
                var failure: (LiquidValue, LiquidValue)?
                let sorted = items.stableSorted { a, b in
                    guard let order = a.compare(b) else {
                        if failure == nil { failure = (a, b) }
                        return false
                    }
                    return order == .orderedAscending
                }
                if let (a, b) = failure {
                    throw LiquidError(line: 0, .comparisonFailed(a.rubyClassName, b.isNil || b.isOrderable && !(b.stringValue != nil) ? b.inspect : b.rubyClassName))
                }
                return .array(sorted)
            }
            let nils = arguments.count > 1 ? argument(1).text : "first"
            guard nils == "first" || nils == "last" else {
                throw LiquidError(line: 0, .argument("Invalid nils order: '\(nils)' is not a valid nils order. It must be 'first' or 'last'."))
            }
            let keyed = items.map { (item: $0, key: Self.sortKey(ArrayFilters.property($0, argument(0)))) }
            return .array(keyed.stableSorted { a, b in
                switch (a.key.isNil, b.key.isNil) {
                case (true, true): return false
                case (true, false): return nils == "first"
                case (false, true): return nils == "last"
                default: return a.key.compare(b.key) == .orderedAscending
                }
            }.map(\.item))
        case "sample":
            guard case .array(let array) = input else { return input }
            // Deterministic, so that the same site gives the same feed: the first elements.
            let count = arguments.isEmpty ? 1 : (try? Numbers.integer(argument(0))) ?? 1
            return count == 1 && arguments.count <= 1 ? array.first ?? .nil : .array(Array(array.prefix(max(count, 0))))
        case "push":
            guard case .array(let array) = input else { return input }
            return .array(array + [argument(0)])
        case "unshift":
            guard case .array(let array) = input else { return input }
            return .array([argument(0)] + array)
        case "pop", "shift":
            guard case .array(let array) = input else { return input }
            let count = arguments.isEmpty ? 1 : try Numbers.integer(argument(0))
            return .array(name == "pop" ? Array(array.dropLast(max(count, 0))) : Array(array.dropFirst(max(count, 0))))
        case "to_integer":
            switch input {
            case .int: return input
            case .bool(let bool): return .int(bool ? 1 : 0)
            case .double(let double): return .int(double.isFinite ? Int(double) : 0)
            default: return .int(Int(Numbers.leadingInteger(input.text)) ?? 0)
            }
        case "relative_url": return input.isNil ? .nil : .string(SiteURL.relative(Self.url(of: input), context))
        case "absolute_url": return input.isNil ? .nil : .string(SiteURL.absolute(Self.url(of: input), context))
        default: return nil
        }
    }

    /// A page or post passed to the URL filters stands for its `url`.
    private static func url(of input: LiquidValue) -> String {
        if case .map(let map) = input, let url = map["url"] { return url.text }
        return input.text
    }

    /// Jekyll sorts numeric strings as numbers (`parse_sort_input`).
    private static func sortKey(_ value: LiquidValue) -> LiquidValue {
        guard case .string(let string) = value else { return value }
        if let int = Int(string) { return .int(int) }
        if string.range(of: #"^-?\d+(\.\d+)?$"#, options: .regularExpression) != nil, let double = Double(string) { return .double(double) }
        return value
    }

    static func ordinalSuffix(_ day: Int) -> String {
        if (11...13).contains(day % 100) { return "th" }
        switch day % 10 {
        case 1: return "st"
        case 2: return "nd"
        case 3: return "rd"
        default: return "th"
        }
    }
}

/// Jekyll's `relative_url` and `absolute_url`, from `site.baseurl` and `site.url`.
enum SiteURL {
    static func isAbsolute(_ url: String) -> Bool {
        url.range(of: #"^[A-Za-z][A-Za-z0-9+.-]*:"#, options: .regularExpression) != nil
    }

    private static func site(_ context: RenderContext, _ key: String) -> String? {
        guard case .map(let site) = context.find("site").resolved, let value = site[key], !value.isNil else { return nil }
        return value.text
    }

    static func relative(_ input: String, _ context: RenderContext) -> String {
        guard !isAbsolute(input) else { return input }
        var base = site(context, "baseurl") ?? ""
        if base.hasSuffix("/") { base.removeLast() }
        func leadingSlash(_ part: String) -> String { part.isEmpty || part.hasPrefix("/") ? part : "/" + part }
        return URLEscaping.normalizePath(leadingSlash(base) + leadingSlash(input))
    }

    static func absolute(_ input: String, _ context: RenderContext) -> String {
        guard !isAbsolute(input) else { return input }
        guard let url = site(context, "url"), !url.isEmpty else { return relative(input, context) }
        let joined = url + relative(input, context)
        // Addressable's `normalize`: an empty path after the host is `/`.
        if let host = joined.range(of: #"^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*$"#, options: .regularExpression), host.upperBound == joined.endIndex {
            return URLEscaping.normalizePath(joined) + "/"
        }
        return URLEscaping.normalizePath(joined)
    }
}
