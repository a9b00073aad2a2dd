import Foundation

/// What a template needs from the site it is rendered for: Jekyll's tags and
/// filters that read files, other posts or the site's Markdown go through it.
public protocol LiquidHost: Sendable {
    /// The parsed template of `{% include name %}` (from `_includes/`) or of
    /// `{% include_relative name %}` (next to the page); nil when there is no such file.
    func include(_ name: String, relative: Bool) throws(LiquidError) -> LiquidTemplate?
    /// `{% post_url 2024-05-01-title %}`: the post's URL as Jekyll writes it (with the base URL), nil when there is no such post.
    func postURL(_ name: String) -> String?
    /// `{% link _posts/2024-05-01-title.md %}`: the document's URL, nil when there is none.
    func link(_ path: String) -> String?
    /// The `markdownify` filter: Markdown to HTML as the site's converter does it.
    func markdownify(_ markdown: String) -> String
    /// The `smartify` filter: SmartyPants punctuation.
    func smartify(_ text: String) -> String
    /// `{% highlight language %}`: the code (already rendered and trimmed of blank lines at the ends) as HTML.
    func highlight(_ code: String, language: String, options: [String]) -> String
    /// A filter the engine does not have; nil when the host has none either.
    func filter(_ name: String, input: LiquidValue, arguments: [LiquidValue]) -> LiquidValue?
    /// The zone in which dates written without an offset are read (Jekyll's `timezone`).
    var timeZone: TimeZone { get }
    /// What `"now"` means to the `date` filter: the build's clock, so that a build is repeatable.
    var now: Date { get }
}

extension LiquidHost {
    public func include(_ name: String, relative: Bool) throws(LiquidError) -> LiquidTemplate? { nil }
    public func postURL(_ name: String) -> String? { nil }
    public func link(_ path: String) -> String? { nil }
    public func markdownify(_ markdown: String) -> String { markdown }
    public func smartify(_ text: String) -> String { text }
    public func filter(_ name: String, input: LiquidValue, arguments: [LiquidValue]) -> LiquidValue? { nil }
    public var timeZone: TimeZone { TimeZone(identifier: "UTC")! }
    public var now: Date { Date() }

    /// Jekyll's wrapper around Rouge's output, with the code escaped as Rouge
    /// escapes it (`&`, `<`, `>`) and no colouring spans; `linenos` as Rouge's table.
    public func highlight(_ code: String, language: String, options: [String]) -> String {
        Highlight.html(code, language: language, lineNumbers: options.contains { $0 == "linenos" || $0.hasPrefix("linenos=") })
    }
}

/// A host with nothing: no includes, no posts.
public struct NoLiquidHost: LiquidHost {
    public init() {}
}

public enum Highlight {
    public static func html(_ code: String, language: String, lineNumbers: Bool) -> String {
        var escaped = ""
        for character in code {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            default: escaped.append(character)
            }
        }
        let className = language.replacingOccurrences(of: "+", with: "-")
        var body = escaped
        if lineNumbers {
            let count = code.split(separator: "\n", omittingEmptySubsequences: false).count
            let gutter = (1...max(count, 1)).map { "\($0)\n" }.joined()
            body = "<table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\"><pre class=\"lineno\">\(gutter)</pre></td><td class=\"code\"><pre>\(escaped)\n</pre></td></tr></tbody></table>"
        }
        return "<figure class=\"highlight\"><pre><code class=\"language-\(className)\" data-lang=\"\(language)\">\(body)</code></pre></figure>"
    }
}
