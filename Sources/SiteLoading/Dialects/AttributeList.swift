import FeedXML
import Foundation

/// kramdown's inline attribute list (`{: #id .class key="value" ref}`), as
/// `parse_attribute_list` reads it: ids, classes and key-value pairs in the
/// order written, and references to attribute list definitions (`{:ref: …}`)
/// or to `toc`.
struct AttributeList: Equatable {
    var id: String?
    var classes: [String] = []
    var pairs: [(String, String)] = []
    var references: [String] = []
    /// The attribute names in the order first written (`id`, `class`, keys): kramdown writes them so.
    var order: [String] = []

    private mutating func note(_ key: String) {
        if !order.contains(key) { order.append(key) }
    }

    static func == (left: AttributeList, right: AttributeList) -> Bool {
        left.id == right.id && left.classes == right.classes && left.references == right.references
            && left.pairs.map { $0.0 + "=" + $0.1 } == right.pairs.map { $0.0 + "=" + $0.1 }
    }

    var isEmpty: Bool { id == nil && classes.isEmpty && pairs.isEmpty && references.isEmpty }

    // ALD_TYPE_ANY: a key="value" pair, a reference name, or runs of #id and .class.
    private static let part = try! NSRegularExpression(pattern: #"(?:^|\s)(?:([A-Za-z0-9_][-A-Za-z0-9_]*)=("|')((?:\\\}|\\\2|[^\}\2])*?)\2|([A-Za-z0-9_][-A-Za-z0-9_]*)|((?:#[A-Za-z][-A-Za-z0-9_:]*|\.[^\s.#]+)+))(?=\s|$)"#)
    private static let idOrClass = try! NSRegularExpression(pattern: #"#([A-Za-z][-A-Za-z0-9_:]*)|\.([^\s.#]+)"#)

    /// The list written between `{:` and `}`; `nil` when nothing in it is an attribute.
    init?(_ written: String) {
        let source = written as NSString
        func group(_ match: NSTextCheckingResult, _ number: Int) -> String? {
            let range = match.range(at: number)
            return range.location == NSNotFound ? nil : source.substring(with: range)
        }
        let matches = Self.part.matches(in: written, range: NSRange(location: 0, length: source.length))
        guard !matches.isEmpty else { return nil }
        for match in matches {
            if let key = group(match, 1), let quote = group(match, 2) {
                let value = (group(match, 3) ?? "").replacingOccurrences(of: "\\}", with: "}").replacingOccurrences(of: "\\" + quote, with: quote)
                pairs.removeAll { $0.0 == key }
                pairs.append((key, value))
                note(key)
            } else if let reference = group(match, 4) {
                references.append(reference)
            } else if let run = group(match, 5) {
                let runSource = run as NSString
                for part in Self.idOrClass.matches(in: run, range: NSRange(location: 0, length: runSource.length)) {
                    if part.range(at: 2).location != NSNotFound {
                        classes.append(runSource.substring(with: part.range(at: 2)))
                        note("class")
                    } else {
                        id = runSource.substring(with: part.range(at: 1))
                        note("id")
                    }
                }
            }
        }
    }

    init() {}

    /// This list with the definitions it names (`{:name: …}`) merged in
    /// first, as kramdown's `update_attr_with_ial` does.
    func resolving(_ definitions: [String: AttributeList]) -> AttributeList {
        var merged = AttributeList()
        for reference in references {
            if let definition = definitions[reference] {
                merged.merge(definition.resolving(definitions.filter { $0.key != reference }))
            } else {
                merged.references.append(reference)
            }
        }
        var own = self
        own.references = []
        merged.merge(own)
        return merged
    }

    mutating func merge(_ other: AttributeList) {
        if let otherID = other.id { id = otherID }
        classes += other.classes
        for (key, value) in other.pairs {
            pairs.removeAll { $0.0 == key }
            pairs.append((key, value))
        }
        references += other.references
        for key in other.order { note(key) }
    }

    /// Sets the attributes on an element as kramdown writes them: the
    /// element's own first, then the list's in the order written; classes added.
    func apply(to element: HTMLNode) {
        for key in order {
            switch key {
            case "id":
                if let id { element.setAttribute("id", id) }
            case "class":
                for className in classes { element.addClass(className) }
                if let value = pairs.first(where: { $0.0 == "class" })?.1 {
                    for className in value.split(separator: " ") { element.addClass(String(className)) }
                }
            default:
                if let value = pairs.first(where: { $0.0 == key })?.1 { element.setAttribute(key, value) }
            }
        }
    }
}
