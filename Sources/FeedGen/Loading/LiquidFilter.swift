import Foundation

/// What feedgen does with Jekyll's Liquid in a post body, since it does not
/// run Liquid: `{% raw %}` markers are dropped (their content kept as written),
/// `{{ site.url }}` and `{{ site.baseurl }}` are filled in, and every other
/// tag is left alone with a warning.
struct LiquidFilter {
    var siteURL: String
    var baseURL: String

    /// Liquid allows `{%- tag -%}` to trim white space around a tag.
    private static let padding = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "-"))

    func apply(to body: Substring, path: String, firstLine: Int, diagnostics: inout [Diagnostic]) -> String {
        guard body.contains("{{") || body.contains("{%") else { return String(body) }
        var output = ""
        output.reserveCapacity(body.utf8.count)
        var rest = body
        var line = firstLine
        var inRaw = false
        while let open = rest.firstRange(of: inRaw ? "{%" : "{") {
            let before = rest[..<open.lowerBound]
            output += before
            line += before.count { $0 == "\n" }
            let fromOpen = rest[open.lowerBound...]
            let isTag = fromOpen.hasPrefix("{%")
            guard isTag || fromOpen.hasPrefix("{{"), let close = fromOpen.firstRange(of: isTag ? "%}" : "}}") else {
                output += fromOpen.prefix(1)
                rest = fromOpen.dropFirst()
                continue
            }
            let markup = fromOpen[..<close.upperBound]
            let inner = markup.dropFirst(2).dropLast(2).trimmingCharacters(in: Self.padding)
            rest = fromOpen[close.upperBound...]
            defer { line += markup.count { $0 == "\n" } }
            if isTag && inner == "raw" && !inRaw {
                inRaw = true
            } else if isTag && inner == "endraw" && inRaw {
                inRaw = false
            } else if inRaw {
                output += markup
            } else if !isTag && inner == "site.url" {
                output += siteURL
            } else if !isTag && inner == "site.baseurl" {
                output += baseURL
            } else {
                diagnostics.append(.warning(SourceLocation(path: path, line: line), "Liquid \(markup.prefix(60)) is not run by feedgen and is left as written"))
                output += markup
            }
        }
        output += rest
        return output
    }
}
