import Foundation

/// Hugo's `canonifyURLs`: root-relative URLs in `src`, `href` and `srcset`
/// (quoted or not) are written below `baseURL`, so on a site below a path
/// (`https://example.org/sub/`) `/x` is `https://example.org/sub/x`, not the host's
/// `/x` that a reader would resolve it to.
enum HugoCanonicalURLs {
    static func canonified(_ html: String, siteURL: String) -> String {
        guard html.contains("=/") || html.contains("=\"/") || html.contains("='/") || html.contains("srcset") else { return html }
        let attribute = #/(?<lead>\s(?:src|href)=["']?)/(?!/)/#
        // Hugo rewrites its page's bytes, where the quotes of code's text are `&quot;`, `&#34;`, `&#39;`:
        // inside `<code>` and `<pre>` only an unquoted `src=/x` is rewritten.
        let unquoted = #/(?<lead>\s(?:src|href)=)/(?!/)/#
        var result = ""
        var rest = html[...]
        while let code = rest.firstMatch(of: #/(?s)<(?<tag>pre|code)\b.*?</\k<tag>>/#) {
            result += rest[..<code.range.lowerBound].replacing(attribute) { match in match.lead + siteURL + "/" }
            result += rest[code.range].replacing(unquoted) { match in match.lead + siteURL + "/" }
            rest = rest[code.range.upperBound...]
        }
        result += rest.replacing(attribute) { match in match.lead + siteURL + "/" }
        let srcset = #/(?<lead>\ssrcset=)(?<quote>["'])(?<list>[^"']*)\k<quote>/#
        result = result.replacing(srcset) { match in
            let candidates = match.list.split(separator: ",", omittingEmptySubsequences: false).map { candidate -> String in
                let trimmed = candidate.drop { $0 == " " }
                guard trimmed.hasPrefix("/"), !trimmed.hasPrefix("//") else { return String(candidate) }
                return String(candidate.prefix(candidate.count - trimmed.count)) + siteURL + trimmed
            }
            return match.lead + match.quote + candidates.joined(separator: ",") + match.quote
        }
        return result
    }
}
