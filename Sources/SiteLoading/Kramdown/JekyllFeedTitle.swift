import Liquid

/// A post's title as jekyll-feed writes it on a Jekyll site:
/// `post.title | smartify | strip_html | normalize_whitespace` (its
/// `feed.xml` template; `xml_escape` is the writers' part). Run through the
/// Liquid engine's own filters, with kramdown's SmartyPants as `smartify`, so
/// that titles and templates cannot disagree. Then, unlike jekyll-feed, the
/// character references that `smartify` writes (`&amp;`, `&lt;`, `&#39;`) are
/// decoded: a feed's title is text, which the writers escape once.
package enum JekyllFeedTitle {
    private static let template = try! LiquidTemplate("{{ title | smartify | strip_html | normalize_whitespace }}")

    private struct Host: LiquidHost {
        func smartify(_ text: String) -> String { Smartify.html(text) }
    }

    package static func title(_ title: String) -> String {
        guard let html = try? template.render(["title": .string(title)], host: Host()).output else { return title }
        return decodingReferences(html)
    }

    /// `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;` and numeric references as
    /// their characters; anything else is left as written.
    static func decodingReferences(_ html: String) -> String {
        guard html.contains("&") else { return html }
        var text = ""
        var rest = Substring(html)
        while let ampersand = rest.firstIndex(of: "&") {
            text += rest[..<ampersand]
            rest = rest[ampersand...]
            guard let semicolon = rest.prefix(12).firstIndex(of: ";") else {
                text += "&"
                rest = rest.dropFirst()
                continue
            }
            let name = rest[rest.index(after: rest.startIndex)..<semicolon]
            let named: [Substring: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
            var decoded = named[name]
            if decoded == nil, name.hasPrefix("#") {
                let digits = name.dropFirst()
                let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
                decoded = value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            }
            if let decoded {
                text += decoded
                rest = rest[rest.index(after: semicolon)...]
            } else {
                text += "&"
                rest = rest.dropFirst()
            }
        }
        return text + rest
    }
}
