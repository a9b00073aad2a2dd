/// A value in markup: a literal, a variable with its lookups
/// (`page.tags[0]["name"].size`), or a range `(1..n)`.
indirect enum Expression: Sendable {
    case literal(LiquidValue)
    case variable(Variable)
    case range(Expression, Expression)
    /// `empty` and `blank`: in a comparison they ask `empty?` / `blank?`
    /// of the other side; anywhere else they are `""`.
    case empty, blank

    struct Variable: Sendable {
        /// The first name, or `[expression]` for a name computed at render time.
        var name: Expression
        var lookups: [Lookup]
    }

    enum Lookup: Sendable {
        /// `.name`; `size`, `first` and `last` are also the commands of that name when no key matches.
        case key(String)
        case index(Expression)
    }

    func evaluate(_ context: RenderContext) throws(LiquidError) -> LiquidValue {
        switch self {
        case .literal(let value): return value
        case .empty, .blank: return .string("")
        case .range(let lower, let upper):
            return .range(try Self.integer(lower.evaluate(context)), try Self.integer(upper.evaluate(context)))
        case .variable(let variable):
            let name = try variable.name.evaluate(context)
            var object = context.find(name.text)
            for lookup in variable.lookups {
                switch lookup {
                case .key(let key): object = Self.lookup(object.resolved, key: .string(key), command: true)
                case .index(let expression): object = Self.lookup(object.resolved, key: try expression.evaluate(context).resolved, command: false)
                }
                if object.isNil { return .nil }
            }
            return object
        }
    }

    /// `object[key]` as `VariableLookup#evaluate` does it.
    static func lookup(_ object: LiquidValue, key: LiquidValue, command: Bool) -> LiquidValue {
        switch (object, key) {
        case (.map(let map), .string(let key)):
            if let value = map[key] { return value }
        case (.array(let array), .int(let index)):
            let position = index < 0 ? array.count + index : index
            return array.indices.contains(position) ? array[position] : .nil
        case (.map, .int):
            return .nil
        default: break
        }
        guard command, case .string(let name) = key else { return .nil }
        switch (name, object) {
        case ("size", .string(let string)): return .int(string.unicodeScalars.count)
        case ("size", .array(let array)): return .int(array.count)
        case ("size", .map(let map)): return .int(map.count)
        case ("size", .range(let lower, let upper)): return .int(max(0, upper - lower + 1))
        case ("size", .int): return .int(8)
        case ("first", .array(let array)): return array.first ?? .nil
        case ("last", .array(let array)): return array.last ?? .nil
        case ("first", .range(let lower, _)): return .int(lower)
        case ("last", .range(_, let upper)): return .int(upper)
        case ("first", .map(let map)): return map.pairs.first.map { .array([.string($0.key), $0.value]) } ?? .nil
        default: return .nil
        }
    }

    /// Ruby's `Utils.to_integer` as ranges use it: nil and non-numbers are 0.
    static func integer(_ value: LiquidValue) throws(LiquidError) -> Int {
        switch value.resolved {
        case .int(let int): return int
        case .double(let double): return double.isFinite ? Int(double.rounded(.down)) : 0
        case .string(let string): return Int(Numbers.leadingInteger(string)) ?? 0
        case .nil: return 0
        case let other: throw LiquidError(line: 0, .argument("invalid integer \(other.inspect)"))
        }
    }
}
