/// A parsed JSON value that remembers the line and column it started at.
///
/// Foundation's `JSONSerialization` forgets positions, and both config.json
/// and JSON Feed checks must point at the line of the value they are about.
public struct JSONValue: Sendable {
    public enum Kind: Sendable {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([JSONValue])
        /// Members in document order; duplicate keys are kept so checks can see them.
        case object([(key: String, value: JSONValue)])
    }

    public var kind: Kind
    public var line: Int
    public var column: Int

    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = kind else { return nil }
        return members.last { $0.key == key }?.value
    }

    public var string: String? {
        if case .string(let value) = kind { return value }
        return nil
    }

    public var members: [(key: String, value: JSONValue)]? {
        if case .object(let members) = kind { return members }
        return nil
    }

    public var elements: [JSONValue]? {
        if case .array(let elements) = kind { return elements }
        return nil
    }

    /// The JSON type name used in messages ("a string", "an object", …).
    public var typeName: String {
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
