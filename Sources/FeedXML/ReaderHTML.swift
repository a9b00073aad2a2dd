import FeedModel
internal import CLibXML2
import Foundation

/// What feed readers keep of a post's HTML, applied to every entry's content
/// and summary in every format. Readers sanitize a feed's HTML before they show
/// it: feedparser's sanitizer (which `reader` and most Python tools use) keeps
/// only an allow-list of elements, attributes and CSS, and the W3C Feed
/// Validation Service warns about everything outside the same allow-lists. What
/// they would drop silently becomes here what every reader shows, or goes when
/// no reader shows it anyway; the README's "HTML inside posts" says why for each.
///
/// - `iframe` (a video or map embed): a link to what it shows, named by its
///   `title`; a `div`, `span` or `p` holding nothing else (the embed's sizing
///   box) is replaced with it.
/// - `script`: a gist's script (`gist.github.com/USER/ID.js`, Hugo's `gist`
///   shortcode, jekyll-gist) becomes a link to the gist; any other script, and
///   `style` and `applet`, are removed with what is inside (no reader runs them).
/// - `role` and `aria-*` attributes are removed; an `aria-label` becomes the
///   element's `title` when it has none, so its words stay.
/// - `style` attributes keep the declarations the allow-list accepts
///   (Chroma's `color` and `background-color`, not `-moz-tab-size`).
enum ReaderHTML {
    /// An element to replace once the walk over the tree is done.
    enum Change {
        case remove(xmlNodePtr)
        case link(xmlNodePtr, href: String, text: String)
    }

    /// Removed with their content, as feedparser's sanitizer removes them.
    private static let removedWhole: Set<String> = ["script", "style", "applet"]
    /// Elements that an embed's replacement may take the place of, when they hold nothing else.
    private static let wrappers: Set<String> = ["div", "span", "p"]
    /// Where a link standing alone is put in a paragraph of its own.
    private static let flowContainers: Set<String> = [
        "body", "div", "li", "dd", "td", "th", "blockquote", "figure", "figcaption", "section", "article", "aside",
        "details", "header", "footer", "main", "nav",
    ]

    /// Edits the element's attributes, and says what to do with the element itself.
    static func visit(_ element: xmlNodePtr) -> Change? {
        cleanAttributes(of: element)
        switch HTMLFragment.name(of: element).lowercased() {
        case "iframe":
            guard let source = attribute("src", of: element)?.trimmed, !source.isEmpty else { return .remove(element) }
            let title = attribute("title", of: element)?.trimmed ?? ""
            return .link(element, href: source, text: title.isEmpty ? source : title)
        case "script":
            if let page = gistPage(attribute("src", of: element)) { return .link(element, href: page, text: page) }
            return .remove(element)
        case let name where removedWhole.contains(name):
            return .remove(element)
        default:
            return nil
        }
    }

    static func apply(_ changes: [Change], in document: htmlDocPtr) {
        for change in changes {
            switch change {
            case .remove(let element):
                xmlUnlinkNode(element)
                xmlFreeNode(element)
            case .link(let element, let href, let text):
                var target = element
                while let parent = target.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE,
                      wrappers.contains(HTMLFragment.name(of: parent).lowercased()), holdsOnly(parent, target) {
                    target = parent
                }
                let link = xmlNewDocNode(document, nil, "a", nil)!
                xmlSetProp(link, "href", href)
                xmlAddChild(link, xmlNewDocText(document, text))
                var replacement = link
                if let parent = target.pointee.parent, flowContainers.contains(HTMLFragment.name(of: parent).lowercased()) {
                    replacement = xmlNewDocNode(document, nil, "p", nil)!
                    xmlAddChild(replacement, link)
                }
                xmlReplaceNode(target, replacement)
                xmlFreeNode(target)
            }
        }
    }

    /// `https://gist.github.com/USER/ID` for the script that embeds that gist.
    static func gistPage(_ source: String?) -> String? {
        guard let source, let url = URLComponents(string: source.trimmed), url.host?.lowercased() == "gist.github.com",
              url.path.hasSuffix(".js"), url.path.count > 4 else { return nil }
        var page = URLComponents()
        page.scheme = url.scheme ?? "https"
        page.host = "gist.github.com"
        page.path = String(url.path.dropLast(3))
        return page.string
    }

    private static func cleanAttributes(of element: xmlNodePtr) {
        var removed: [String] = []
        var label: String?
        var style: (name: String, value: String)?
        var attribute = element.pointee.properties
        while let current = attribute {
            let name = String(cString: current.pointee.name)
            switch name.lowercased() {
            case "aria-label":
                label = self.attribute(name, of: element)
                removed.append(name)
            case let other where other == "role" || other.hasPrefix("aria-"):
                removed.append(name)
            case "style":
                style = self.attribute(name, of: element).map { (name, $0) }
            default:
                break
            }
            attribute = current.pointee.next
        }
        for name in removed { xmlUnsetProp(element, name) }
        if let label = label?.trimmed, !label.isEmpty, self.attribute("title", of: element) == nil {
            xmlSetProp(element, "title", label)
        }
        if let style {
            if let kept = acceptedStyle(style.value) {
                if kept != style.value { xmlSetProp(element, style.name, kept) }
            } else {
                xmlUnsetProp(element, style.name)
            }
        }
    }

    private static func attribute(_ name: String, of element: xmlNodePtr) -> String? {
        guard let value = xmlGetProp(element, name) else { return nil }
        defer { CLibXML2_free(value) }
        return String(cString: value)
    }

    /// Whether `parent`'s children are `child` and white space only.
    private static func holdsOnly(_ parent: xmlNodePtr, _ child: xmlNodePtr) -> Bool {
        var node = parent.pointee.children
        while let current = node {
            if current != child {
                guard current.pointee.type == XML_TEXT_NODE, let content = current.pointee.content,
                      String(cString: content).allSatisfy(\.isWhitespace) else { return false }
            }
            node = current.pointee.next
        }
        return true
    }

    // MARK: CSS, as the W3C validator's `checkStyle` accepts it (feedparser's `sanitize_style` keeps a subset)

    /// The declarations of `style` that are accepted, as written; `style` itself
    /// when all are; `nil` when none is.
    static func acceptedStyle(_ style: String) -> String? {
        let declarations = style.split(separator: ";").map { String($0).trimmed }.filter { !$0.isEmpty }
        let kept = declarations.filter(isAccepted)
        if kept.count == declarations.count { return declarations.isEmpty ? nil : style }
        if kept.isEmpty { return nil }
        return kept.joined(separator: ";") + (style.trimmed.hasSuffix(";") ? ";" : "")
    }

    private static func isAccepted(_ declaration: String) -> Bool {
        guard matches(gauntlet, declaration), let colon = declaration.firstIndex(of: ":") else { return false }
        let property = String(declaration[..<colon]).trimmed.lowercased()
        let value = String(declaration[declaration.index(after: colon)...]).trimmed.lowercased()
        guard !value.contains(":"), cssProperties.contains(property) else { return false }
        guard let family = property.split(separator: "-").first, ["background", "border", "margin", "padding"].contains(family) else { return true }
        return value.split(whereSeparator: \.isWhitespace).allSatisfy { cssKeywords.contains(String($0)) || matches(cssValue, String($0)) }
    }

    private static func matches(_ expression: NSRegularExpression, _ text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// The characters a style may hold at all: no `url(`, no escapes, no comments.
    private static let gauntlet = try! NSRegularExpression(pattern: #"^([:,;#%.\sa-zA-Z0-9!]|\w-\w|'[\s\w]+'|"[\s\w]+"|\([\d,\s]+\))*$"#)
    private static let cssValue = try! NSRegularExpression(pattern: #"^(#[0-9a-f]+|rgb\(\d+%?,\d*%?,?\d*%?\)?|\d?\.?\d?\d(cm|em|ex|in|mm|pc|pt|px|%|,|\))?)$"#)

    private static let cssProperties: Set<String> = [
        "azimuth", "background", "background-color", "border", "border-bottom", "border-bottom-color", "border-bottom-style",
        "border-bottom-width", "border-collapse", "border-color", "border-left", "border-left-color", "border-left-style",
        "border-left-width", "border-right", "border-right-color", "border-right-style", "border-right-width", "border-spacing",
        "border-style", "border-top", "border-top-color", "border-top-style", "border-top-width", "border-width", "clear", "color",
        "cursor", "direction", "display", "elevation", "float", "font", "font-family", "font-size", "font-style", "font-variant",
        "font-weight", "height", "letter-spacing", "line-height", "list-style-type", "margin", "margin-bottom", "margin-left",
        "margin-right", "margin-top", "overflow", "padding", "padding-bottom", "padding-left", "padding-right", "padding-top", "pause",
        "pause-after", "pause-before", "pitch", "pitch-range", "richness", "speak", "speak-header", "speak-numeral",
        "speak-punctuation", "speech-rate", "stress", "text-align", "text-decoration", "text-indent", "unicode-bidi",
        "vertical-align", "voice-family", "volume", "white-space", "width",
    ]

    private static let cssKeywords: Set<String> = [
        "aqua", "auto", "black", "block", "blue", "bold", "both", "bottom", "brown", "center", "collapse", "dashed", "dotted",
        "fuchsia", "gray", "green", "!important", "italic", "left", "lime", "maroon", "medium", "none", "navy", "normal", "nowrap",
        "olive", "pointer", "purple", "red", "right", "solid", "silver", "teal", "top", "transparent", "underline", "white", "yellow",
    ]
}
