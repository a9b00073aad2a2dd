/// A Ruby hash with string keys: lookups by key, and the keys in the order
/// they were set, which `for`, `jsonify` and `inspect` show.
public struct LiquidMap: Sendable {
    public private(set) var keys: [String] = []
    private var storage: [String: LiquidValue] = [:]

    public init() {}

    public init(_ pairs: some Sequence<(String, LiquidValue)>) {
        for (key, value) in pairs { self[key] = value }
    }

    public subscript(key: String) -> LiquidValue? {
        get { storage[key] }
        set {
            if let newValue {
                if storage.updateValue(newValue, forKey: key) == nil { keys.append(key) }
            } else if storage.removeValue(forKey: key) != nil {
                keys.removeAll { $0 == key }
            }
        }
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    public var pairs: [(key: String, value: LiquidValue)] {
        keys.map { ($0, storage[$0]!) }
    }
}

extension LiquidMap: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, LiquidValue)...) {
        self.init(elements)
    }
}
