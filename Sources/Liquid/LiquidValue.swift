import Foundation

/// A value as Liquid sees it: Ruby's nil, booleans, numbers, strings, arrays,
/// hashes, ranges and times, and values the host computes only when a
/// template reads them (`site.posts` costs nothing for a post that never uses it).
public enum LiquidValue: Sendable {
    case `nil`
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([LiquidValue])
    case map(LiquidMap)
    /// `(1..5)`: both ends included, as Ruby's `1..5`.
    case range(Int, Int)
    case date(LiquidDate)
    case lazy(LiquidLazyValue)

    /// The value itself, a lazy one computed.
    public var resolved: LiquidValue {
        if case .lazy(let lazy) = self { return lazy.value.resolved }
        return self
    }

    /// Liquid's rule: only `nil` and `false` are false; `""`, `0` and `[]` are true.
    public var isTruthy: Bool {
        switch resolved {
        case .nil, .bool(false): false
        default: true
        }
    }

    public var isNil: Bool {
        if case .nil = resolved { return true }
        return false
    }

    /// The elements a loop or an array filter walks: an array's, a range's
    /// numbers, a hash's `[key, value]` pairs, a string as one element, nothing for nil.
    var elements: [LiquidValue] {
        switch resolved {
        case .array(let array): return array
        case .range(let lower, let upper): return lower <= upper ? (lower...upper).map { .int($0) } : []
        case .map(let map): return map.pairs.map { .array([.string($0.key), $0.value]) }
        case .nil: return []
        case .string(let string): return string.isEmpty ? [] : [.string(string)]
        case let other: return [other]
        }
    }

    /// Ruby's `Array(value)` then `flatten`, as array filters read their input.
    var flattened: [LiquidValue] {
        switch resolved {
        case .array(let array): return array.flatMap(\.flattened)
        case .nil: return []
        case .range: return elements
        case let other: return [other]
        }
    }

    public var stringValue: String? {
        if case .string(let string) = resolved { return string }
        return nil
    }
}

extension LiquidValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: LiquidValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, LiquidValue)...) { self = .map(LiquidMap(elements)) }
    public init(nilLiteral: ()) { self = .nil }
}
