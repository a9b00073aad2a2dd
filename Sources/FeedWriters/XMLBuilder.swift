import FeedModel
/// Writes an indented XML document element by element, escaping every value.
package struct XMLBuilder {
    private(set) var output = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    private var depth = 0

    package typealias Attributes = [(name: String, value: String?)]

    package init() {
        output.reserveCapacity(64 * 1024)
    }

    /// `<name …>` on its own line; the children follow until `close`.
    package mutating func open(_ name: String, _ attributes: Attributes = []) {
        indent()
        output += "<" + name + render(attributes) + ">\n"
        depth += 1
    }

    package mutating func close(_ name: String) {
        depth -= 1
        indent()
        output += "</" + name + ">\n"
    }

    /// `<name …>text</name>`, or nothing when there is no text.
    package mutating func element(_ name: String, _ text: String?, _ attributes: Attributes = []) {
        guard let text else { return }
        indent()
        output += "<" + name + render(attributes) + ">" + XMLEscaping.text(text) + "</" + name + ">\n"
    }

    /// An RSS element of plain text (a title, a category, a name), escaped as
    /// the RSS Advisory Board's profile asks (see `XMLEscaping.rssPlainText`).
    package mutating func plainTextElement(_ name: String, _ text: String?) {
        guard let text else { return }
        indent()
        output += "<" + name + ">" + XMLEscaping.rssPlainText(text) + "</" + name + ">\n"
    }

    /// `<name …/>`.
    package mutating func empty(_ name: String, _ attributes: Attributes) {
        indent()
        output += "<" + name + render(attributes) + "/>\n"
    }

    private mutating func indent() {
        output += String(repeating: "  ", count: depth)
    }

    private func render(_ attributes: Attributes) -> String {
        var text = ""
        for (name, value) in attributes {
            guard let value else { continue }
            text += " " + name + "=\"" + XMLEscaping.attribute(value) + "\""
        }
        return text
    }
}
