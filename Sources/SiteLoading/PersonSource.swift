import FeedSupport
import Foundation
import Yams

/// A person as written, in whichever format: config.json's JSON, a YAML
/// file or front matter composed by Yams, or `_config.yml` / Hugo's config
/// loaded into Swift values. `PersonParser` reads only this, so one set of
/// rules serves every format. `origin` is the caller's own handle on where
/// the value was written (a `JSONValue`, a Yams `Node`), handed back with each
/// problem so that the caller reports it at its own path and line.
package struct PersonSource<Origin> {
    package enum Shape {
        case text(String)
        /// JSON's `null`, YAML's plain `~`, `null` or nothing: no person, no field.
        case null
        /// A map's fields in the order written.
        case fields([(name: String, value: PersonSource)])
        /// A list, a number in JSON, a boolean…: never a person, nor a field's text.
        case other
    }

    package var shape: Shape
    package var origin: Origin

    package init(_ shape: Shape, origin: Origin) {
        self.shape = shape
        self.origin = origin
    }
}

extension PersonSource where Origin == JSONValue {
    /// config.json's value: only a JSON string is text.
    package init(json value: JSONValue) {
        switch value.kind {
        case .string(let string): self.init(.text(string), origin: value)
        case .null: self.init(.null, origin: value)
        case .object(let members): self.init(.fields(members.map { ($0.key, PersonSource(json: $0.value)) }), origin: value)
        case .bool, .number, .array: self.init(.other, origin: value)
        }
    }
}

extension PersonSource where Origin == Node {
    /// A composed YAML node, every scalar as written (Jekyll's front matter
    /// and data files hold names such as `1984` or `yes` as text to Liquid).
    package init(yaml node: Node) {
        switch node {
        case .scalar(let scalar): self.init(YAML.isNull(scalar) ? .null : .text(scalar.string), origin: node)
        case .mapping(let mapping):
            var fields: [(name: String, value: PersonSource)] = []
            fields.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                guard let name = key.scalar?.string else { continue }
                fields.append((name, PersonSource(yaml: value)))
            }
            self.init(.fields(fields), origin: node)
        case .sequence, .alias: self.init(.other, origin: node)
        }
    }
}

extension PersonSource where Origin == Void {
    /// A value that Yams or TOMLKit loaded into Swift values (`feedgen init`'s
    /// reading of `_config.yml` and Hugo's config): a number is text, as written.
    package init(loaded value: Any?) {
        guard let value, !(value is NSNull) else {
            self.init(.null, origin: ())
            return
        }
        switch value {
        case let string as String: self.init(.text(string), origin: ())
        case let number as Int: self.init(.text(String(number)), origin: ())
        case let number as Double: self.init(.text(String(number)), origin: ())
        case let map as [String: Any]:
            // A dictionary has no order; the parser's rules do not depend on it.
            self.init(.fields(map.sorted { $0.key < $1.key }.map { ($0.key, PersonSource(loaded: $0.value)) }), origin: ())
        default: self.init(.other, origin: ())
        }
    }
}
