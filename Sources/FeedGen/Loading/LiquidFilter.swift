/// What feedgen does with Jekyll's Liquid in a post body, since it does not
/// run Liquid: `{% raw %}` markers are dropped (their content kept as written),
/// `{{ site.url }}` and `{{ site.baseurl }}` are filled in, and every other
/// tag is left alone with a warning.
///
/// It works on the body's UTF-8 bytes: Liquid's delimiters are ASCII, and
/// walking Characters made this the slowest step of rendering a post.
struct LiquidFilter {
    var siteURL: String
    var baseURL: String

    func apply(to body: Substring, path: String, firstLine: Int, diagnostics: inout [Diagnostic]) -> String {
        let bytes = Array(body.utf8)
        guard bytes.indices.contains(where: { opener(in: bytes, at: $0, inRaw: false) != nil }) else { return String(body) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        var line = firstLine
        var inRaw = false
        // The first `%}` and `}}` found so far (`bytes.count` for none): the next opener
        // looks again only past it, so a body full of unclosed `{%` stays linear, not quadratic.
        var closers: [Bool: Int] = [:]
        func close(_ isTag: Bool, from start: Int) -> Int? {
            if closers[isTag].map({ $0 < start }) ?? true {
                closers[isTag] = Self.find(isTag ? "%}" : "}}", in: bytes, from: start) ?? bytes.count
            }
            return closers[isTag].flatMap { $0 < bytes.count ? $0 : nil }
        }
        while index < bytes.count {
            guard let isTag = opener(in: bytes, at: index, inRaw: inRaw), let close = close(isTag, from: index + 2) else {
                if bytes[index] == UInt8(ascii: "\n") { line += 1 }
                output.append(bytes[index])
                index += 1
                continue
            }
            let markup = bytes[index..<(close + 2)]
            let inner = Self.trimmed(bytes[(index + 2)..<close])
            if isTag && inner.elementsEqual("raw".utf8) && !inRaw {
                inRaw = true
            } else if isTag && inner.elementsEqual("endraw".utf8) && inRaw {
                inRaw = false
            } else if inRaw {
                output += markup
            } else if !isTag && inner.elementsEqual("site.url".utf8) {
                output += siteURL.utf8
            } else if !isTag && inner.elementsEqual("site.baseurl".utf8) {
                output += baseURL.utf8
            } else {
                let text = String(decoding: markup, as: UTF8.self)
                diagnostics.append(.warning(SourceLocation(path: path, line: line), "Liquid \(text.prefix(60)) is not run by feedgen and is left as written"))
                output += markup
            }
            line += markup.count { $0 == UInt8(ascii: "\n") }
            index = close + 2
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// At `index`, `{%` (a tag: `true`) or, outside `{% raw %}`, `{{` (an output: `false`).
    private func opener(in bytes: [UInt8], at index: Int, inRaw: Bool) -> Bool? {
        guard bytes[index] == UInt8(ascii: "{"), index + 1 < bytes.count else { return nil }
        switch bytes[index + 1] {
        case UInt8(ascii: "%"): return true
        case UInt8(ascii: "{") where !inRaw: return false
        default: return nil
        }
    }

    private static func find(_ delimiter: StaticString, in bytes: [UInt8], from start: Int) -> Int? {
        let (first, second) = (delimiter.utf8Start[0], delimiter.utf8Start[1])
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == first && bytes[index + 1] == second { return index }
            index += 1
        }
        return nil
    }

    /// ASCII white space, and the `-` of Liquid's `{%- tag -%}` trimming.
    private static let padding: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, UInt8(ascii: "-")]

    /// Without the padding at either end.
    private static func trimmed(_ inner: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var inner = inner
        while let first = inner.first, padding.contains(first) { inner = inner.dropFirst() }
        while let last = inner.last, padding.contains(last) { inner = inner.dropLast() }
        return inner
    }
}
