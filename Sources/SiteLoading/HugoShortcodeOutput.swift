import FeedXML
import Foundation

/// The HTML of Hugo's built-in shortcodes, byte for byte as Hugo 0.111's
/// templates write them (`HugoShortcodeTests` compares each with the real
/// `hugo`). `details` and `x` are newer Hugo's; `tweet` and `x` need Twitter's
/// servers in Hugo, so feedgen writes the link Twitter's embed starts from;
/// `highlight` has Hugo's markup without Chroma's colours.
enum HugoShortcodeOutput {
    struct Context {
        /// A page or site param (`param`), dotted keys allowed.
        var parameter: (String) -> String?
        /// The absolute and the site-relative URL of a page named by `ref`/`relref`.
        var reference: (String) -> (absolute: String, relative: String)?
        /// The site's own shortcodes (`layouts/shortcodes/`, or a theme's) by name:
        /// the template Hugo runs for that name, which replaces a built-in of the name.
        var siteShortcodes: [String: SiteShortcode] = [:]
        /// Markdown rendered inline (captions) or as blocks (`details`).
        var markdown: (String) -> String
    }

    /// A shortcode template of the site's: where it is, as shown in messages, and its file.
    struct SiteShortcode {
        var path: String
        var file: URL
    }

    /// The shortcodes `render` knows.
    static let builtIns: Set<String> = ["figure", "youtube", "vimeo", "gist", "param", "ref", "relref", "highlight", "tweet", "x", "details"]

    /// The output, or `nil` for a shortcode feedgen does not render, or one
    /// whose parameters name nothing it can find.
    static func render(_ call: HugoShortcodeCall, inner: String?, context: Context) -> String? {
        switch call.name {
        case "figure": return figure(call, context: context)
        case "youtube": return youtube(call)
        case "vimeo": return vimeo(call)
        case "gist":
            guard call.positional.count >= 2 else { return nil }
            let file = call.positional.count == 3 ? "?file=" + escape(call.positional[2]) : ""
            return "<script type=\"application/javascript\" src=\"https://gist.github.com/\(escape(call.positional[0]))/\(escape(call.positional[1])).js\(file)\"></script>\n"
        case "param":
            guard let key = call.parameter("name", at: 0) else { return nil }
            return context.parameter(key).map(escape)
        case "ref", "relref":
            guard let target = call.parameter("path", at: 0), let found = context.reference(target) else { return nil }
            return call.name == "ref" ? found.absolute : found.relative
        case "highlight":
            guard let inner else { return nil }
            return highlight(inner, language: call.positional.first ?? "")
        case "tweet", "x":
            guard let user = call.parameter("user", at: 0), let id = call.parameter("id", at: 1) else { return nil }
            let url = "https://twitter.com/\(escape(user))/status/\(escape(id))"
            return "<blockquote class=\"twitter-tweet\"><p><a href=\"\(url)\">\(url)</a></p></blockquote>\n"
        case "details":
            let summary = call.parameter("summary") ?? "Details"
            var attributes = call.parameter("class").map { " class=\"\(escape($0))\"" } ?? ""
            attributes += call.parameter("name").map { " name=\"\(escape($0))\"" } ?? ""
            if ["true", "1"].contains(call.parameter("open") ?? "") { attributes += " open" }
            let title = call.parameter("title").map { " title=\"\(escape($0))\"" } ?? ""
            return "<details\(attributes)>\n  <summary\(title)>\(inline(summary, context))</summary>\n  \(context.markdown(inner ?? ""))</details>"
        default:
            return nil
        }
    }

    private static func figure(_ call: HugoShortcodeCall, context: Context) -> String {
        func get(_ name: String) -> String? { call.parameter(name).flatMap { $0.isEmpty ? nil : $0 } }
        var html = "<figure" + (get("class").map { " class=\"\(escape($0))\"" } ?? "") + ">"
        if let link = get("link") {
            html += "<a href=\"\(escapeURL(link))\"" + (get("target").map { " target=\"\(escape($0))\"" } ?? "")
                + (get("rel").map { " rel=\"\(escape($0))\"" } ?? "") + ">"
        }
        html += "<img src=\"\(escapeURL(get("src") ?? ""))\""
        if let alt = get("alt") ?? get("caption").map({ HTMLFragment.plainText(inline($0, context)) }) {
            html += "\n         alt=\"\(escape(alt))\""
        }
        html += (get("width").map { " width=\"\(escape($0))\"" } ?? "") + (get("height").map { " height=\"\(escape($0))\"" } ?? "")
        html += "/>" + (get("link") != nil ? "</a>" : "")
        if get("title") != nil || get("caption") != nil || get("attr") != nil {
            html += "<figcaption>\n            " + (get("title").map { "<h4>\(escape($0))</h4>" } ?? "")
            if get("caption") != nil || get("attr") != nil {
                html += "<p>" + (get("caption").map { inline($0, context) } ?? "")
                if let attrlink = get("attrlink") { html += "\n                    <a href=\"\(escapeURL(attrlink))\">" }
                html += (get("attr").map { inline($0, context) } ?? "") + (get("attrlink") != nil ? "</a>" : "") + "</p>"
            }
            html += "\n        </figcaption>"
        }
        return html + "\n</figure>\n"
    }

    private static let embedStyle = "style=\"position: relative; padding-bottom: 56.25%; height: 0; overflow: hidden;\""
    private static let frameStyle = "style=\"position: absolute; top: 0; left: 0; width: 100%; height: 100%; border:0;\" "

    private static func youtube(_ call: HugoShortcodeCall) -> String? {
        guard let id = call.parameter("id", at: 0) else { return nil }
        let classes = call.parameter("class", at: 1)
        let title = call.parameter("title") ?? "YouTube Video"
        let autoplay = call.parameter("autoplay") == "true" ? "?autoplay=1" : ""
        return "\n<div \(classes.map { "class=\"\(escape($0))\"" } ?? embedStyle)>\n"
            + "  <iframe src=\"https://www.youtube.com/embed/\(escape(id))\(autoplay)\" \(classes == nil ? frameStyle : "")allowfullscreen title=\"\(escape(title))\"></iframe>\n</div>\n"
    }

    private static func vimeo(_ call: HugoShortcodeCall) -> String? {
        let named = !call.named.isEmpty
        guard let id = named ? call.parameter("id") : call.positional.first else { return nil }
        let classes = named ? call.parameter("class") : (call.positional.count == 2 ? call.positional[1] : nil)
        let title = (named ? call.parameter("title") : (call.positional.count == 3 ? call.positional[2] : nil)) ?? "vimeo video"
        let frame = named ? (classes == nil ? frameStyle : "") : (call.positional.count == 1 ? frameStyle : "")
        let html = "<div \(classes.map { "class=\"\(escape($0))\"" } ?? embedStyle)>\n"
            + "  <iframe src=\"https://player.vimeo.com/video/\(escape(id))\" \(frame)title=\"\(escape(title))\" webkitallowfullscreen mozallowfullscreen allowfullscreen></iframe>\n</div>"
        return named ? html : "\n" + html + "\n"
    }

    /// Hugo's highlight markup (Chroma, monokai, inline styles) without the token colours.
    private static func highlight(_ code: String, language: String) -> String {
        var lines = code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.first?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeFirst() }
        if lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeLast() }
        let style = "color:#f8f8f2;background-color:#272822;-moz-tab-size:4;-o-tab-size:4;tab-size:4;"
        let language = language.lowercased()
        let code = language.isEmpty ? "<code>" : "<code class=\"language-\(escape(language))\" data-lang=\"\(escape(language))\">"
        let body = lines.enumerated().map { index, line in
            "<span style=\"display:flex;\"><span>" + escape(line) + (index < lines.count - 1 ? "\n" : "") + "</span></span>"
        }.joined()
        return "<div class=\"highlight\"><pre tabindex=\"0\" style=\"\(style)\">\(code)\(body)</code></pre></div>"
    }

    /// Markdown rendered as one inline run (Hugo's `markdownify` of a caption).
    private static func inline(_ text: String, _ context: Context) -> String {
        var html = context.markdown(text).trimmingCharacters(in: .newlines)
        if html.hasPrefix("<p>"), html.hasSuffix("</p>"), html.components(separatedBy: "<p>").count == 2 {
            html = String(html.dropFirst(3).dropLast(4))
        }
        return html
    }

    /// Go's html/template escaping of text and attribute values.
    static func escape(_ text: String) -> String {
        guard text.contains(where: { "&<>\"'+".contains($0) }) else { return text }
        var output = ""
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&#34;"
            case "'": output += "&#39;"
            case "+": output += "&#43;"
            default: output.append(character)
            }
        }
        return output
    }

    /// A URL attribute: spaces and non-ASCII percent-encoded, as Go's templates do, then escaped.
    private static func escapeURL(_ url: String) -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.insert(charactersIn: "#%")
        return escape(url.addingPercentEncoding(withAllowedCharacters: allowed) ?? url)
    }
}
