/// What the array filters share: reading a property of an element, and
/// Liquid's and Jekyll's `where`.
enum ArrayFilters {
    /// `element[property]`, the property read through dots (`author.name`) as Jekyll's `item_property` does.
    static func property(_ item: LiquidValue, _ property: LiquidValue) -> LiquidValue {
        guard case .string(let name) = property else {
            return Expression.lookup(item.resolved, key: property.resolved, command: false)
        }
        if case .map(let map) = item.resolved, let value = map[name] { return value.resolved }
        var value = item.resolved
        for part in name.split(separator: ".", omittingEmptySubsequences: false) {
            value = Expression.lookup(value, key: .string(String(part)), command: false).resolved
        }
        return value
    }

    /// The elements of a hash (its values) or an array, as Jekyll's filters take them.
    static func items(_ input: LiquidValue) -> [LiquidValue]? {
        switch input.resolved {
        case .map(let map): return map.pairs.map(\.value)
        case .array(let array): return array
        case .range: return input.elements
        default: return nil
        }
    }

    /// Liquid's own `where`, which Jekyll's replaces; kept for a `where` with one argument (truthy property).
    static func liquidWhere(_ input: LiquidValue, _ property: LiquidValue, _ target: LiquidValue?) -> LiquidValue {
        .array(input.flattened.filter { item in
            let value = self.property(item, property)
            return target.map { value == $0 } ?? value.isTruthy
        })
    }

    /// Jekyll's `compare_property_vs_target`.
    static func matches(_ property: LiquidValue, _ target: LiquidValue) -> Bool {
        switch target.resolved {
        case .nil: return property.isNil
        default:
            let text = target.text
            switch property.resolved {
            case .string(let string): return string == text
            case .array(let array): return array.contains { $0.text == text }
            case .nil: return false
            case let other: return other.text == text
            }
        }
    }

}
