/// A parsed JSON value that remembers the line and column it started at.
///
/// Foundation's `JSONSerialization` forgets positions, and both config.json
/// and JSON Feed checks must point at the line of the value they are about.
package struct JSONValue: Sendable {
    package enum Kind: Sendable {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([JSONValue])
        /// Members in document order; duplicate keys are kept so checks can see them.
        case object([(key: String, value: JSONValue)])
    }

    package var kind: Kind
    package var line: Int
    package var column: Int

    package init(kind: Kind, line: Int, column: Int) {
        (self.kind, self.line, self.column) = (kind, line, column)
    }

    package subscript(key: String) -> JSONValue? {
        guard case .object(let members) = kind else { return nil }
        return members.last { $0.key == key }?.value
    }

    package var string: String? {
        if case .string(let value) = kind { return value }
        return nil
    }

    package var members: [(key: String, value: JSONValue)]? {
        if case .object(let members) = kind { return members }
        return nil
    }

    package var elements: [JSONValue]? {
        if case .array(let elements) = kind { return elements }
        return nil
    }

    /// The JSON type name used in messages ("a string", "an object", …).
    package var typeName: String {
        switch kind {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
