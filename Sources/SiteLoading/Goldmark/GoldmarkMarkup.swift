import FeedXML
import Foundation

/// Smaller differences of goldmark's HTML from cmark-gfm's: table cells
/// aligned with `style="text-align:left"` (no space), a task's checkbox
/// written `<input checked="" disabled="" type="checkbox">`, and `www.`
/// links made `https:` (goldmark's linkify), not `http:`.
enum GoldmarkMarkup {
    static func apply(_ tree: HTMLTree) {
        for node in tree.body.descendants where node.isElement {
            switch node.name {
            case "td", "th":
                if let style = node.attribute("style") { node.setAttribute("style", style.replacingOccurrences(of: ": ", with: ":")) }
            case "input" where node.attribute("type") == "checkbox":
                let checked = node.attribute("checked") != nil
                for name in node.attributeNames { node.removeAttribute(name) }
                if checked { node.setAttribute("checked", "") }
                node.setAttribute("disabled", "")
                node.setAttribute("type", "checkbox")
            case "a":
                if let href = node.attribute("href"), href.hasPrefix("http://www."), node.text.hasPrefix("www.") {
                    node.setAttribute("href", "https://" + href.dropFirst("http://".count))
                }
            default:
                break
            }
        }
    }
}
