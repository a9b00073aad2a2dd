import Foundation

/// Ruby's `==` and `<=>` on Liquid values, as conditions, `sort` and `uniq` use them.
extension LiquidValue {
    /// Ruby's `==`: `1 == 1.0`, arrays and hashes element by element, a range equal to a range.
    public static func == (left: LiquidValue, right: LiquidValue) -> Bool {
        switch (left.resolved, right.resolved) {
        case (.nil, .nil): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.int(let a), .double(let b)): return Double(a) == b
        case (.double(let a), .int(let b)): return a == Double(b)
        case (.double(let a), .double(let b)): return a == b
        case (.string(let a), .string(let b)): return a.utf8.elementsEqual(b.utf8)
        case (.array(let a), .array(let b)): return a.count == b.count && zip(a, b).allSatisfy { $0 == $1 }
        case (.map(let a), .map(let b)):
            return a.count == b.count && a.pairs.allSatisfy { pair in b[pair.key].map { $0 == pair.value } ?? false }
        case (.range(let a, let b), .range(let c, let d)): return a == c && b == d
        case (.date(let a), .date(let b)): return a.date == b.date
        default: return false
        }
    }

    /// Ruby's `<=>`: nil when the two cannot be ordered (a number and a string, nil and anything).
    func compare(_ other: LiquidValue) -> ComparisonResult? {
        func order<T: Comparable>(_ a: T, _ b: T) -> ComparisonResult {
            a < b ? .orderedAscending : a > b ? .orderedDescending : .orderedSame
        }
        switch (resolved, other.resolved) {
        case (.int(let a), .int(let b)): return order(a, b)
        case (.int(let a), .double(let b)): return order(Double(a), b)
        case (.double(let a), .int(let b)): return order(a, Double(b))
        case (.double(let a), .double(let b)): return a.isNaN || b.isNaN ? nil : order(a, b)
        case (.string(let a), .string(let b)):
            if a.utf8.elementsEqual(b.utf8) { return .orderedSame }
            return a.utf8.lexicographicallyPrecedes(b.utf8) ? .orderedAscending : .orderedDescending
        case (.date(let a), .date(let b)): return order(a.date, b.date)
        case (.bool(let a), .bool(let b)): return a == b ? .orderedSame : nil
        case (.nil, .nil): return .orderedSame
        case (.array(let a), .array(let b)):
            for (x, y) in zip(a, b) {
                guard let result = x.compare(y) else { return nil }
                if result != .orderedSame { return result }
            }
            return order(a.count, b.count)
        default: return nil
        }
    }

    /// Whether Ruby's `<` and friends are defined between the two; where they
    /// are not for a number or a string, Ruby raises, and so does Liquid.
    var isOrderable: Bool {
        switch resolved {
        case .int, .double, .string, .date: true
        default: false
        }
    }

    /// Ruby's class name, for "comparison of Integer with String failed".
    var rubyClassName: String {
        switch resolved {
        case .nil: "NilClass"
        case .bool(let bool): bool ? "TrueClass" : "FalseClass"
        case .int: "Integer"
        case .double: "Float"
        case .string: "String"
        case .array: "Array"
        case .map: "Hash"
        case .range: "Range"
        case .date: "Time"
        case .lazy: "Object"
        }
    }

    /// `empty?` where Ruby has it (strings, arrays, hashes), else nil.
    var isEmptyCollection: Bool? {
        switch resolved {
        case .string(let string): string.isEmpty
        case .array(let array): array.isEmpty
        case .map(let map): map.isEmpty
        default: nil
        }
    }
}

extension LiquidValue: Equatable {}
