/// Ruby's `to_json` of a Liquid value, as Jekyll's `jsonify` writes it.
enum JSONText {
    static func encode(_ value: LiquidValue) -> String {
        switch value.resolved {
        case .nil: return "null"
        case .bool(let bool): return bool ? "true" : "false"
        case .int(let int): return String(int)
        case .double(let double): return double.isFinite ? LiquidValue.rubyFloat(double) : "null"
        case .string(let string): return quoted(string)
        case .array(let array): return "[" + array.map(encode).joined(separator: ",") + "]"
        case .map(let map): return "{" + map.pairs.map { quoted($0.key) + ":" + encode($0.value) }.joined(separator: ",") + "}"
        case let other: return quoted(other.text)
        }
    }

    static func quoted(_ string: String) -> String {
        "\"" + replacingScalars(string) { scalar in
            switch scalar {
            case "\"": #"\""#
            case "\\": #"\\"#
            case "\n": #"\n"#
            case "\r": #"\r"#
            case "\t": #"\t"#
            case "\u{08}": #"\b"#
            case "\u{0C}": #"\f"#
            default: scalar.value < 0x20 ? String(format: #"\u%04x"#, scalar.value) : nil
            }
        } + "\""
    }
}
