import Foundation

/// How Ruby prints a value: `to_s` (what `{{ }}` outputs) and `inspect`.
extension LiquidValue {
    /// What `{{ value }}` writes: nil as nothing, an array as its elements joined.
    public var text: String {
        switch resolved {
        case .nil: return ""
        case .bool(let bool): return bool ? "true" : "false"
        case .int(let int): return String(int)
        case .double(let double): return Self.rubyFloat(double)
        case .string(let string): return string
        case .array(let array): return array.map(\.text).joined()
        case .map: return inspect
        case .range(let lower, let upper): return "\(lower)..\(upper)"
        case .date(let date): return date.text
        case .lazy: return ""
        }
    }

    /// Ruby's `inspect` (Ruby 3.1: `{"a"=>1}`).
    public var inspect: String {
        switch resolved {
        case .nil: return "nil"
        case .string(let string): return Self.quoted(string)
        case .array(let array): return "[" + array.map(\.inspect).joined(separator: ", ") + "]"
        case .map(let map): return "{" + map.pairs.map { Self.quoted($0.key) + "=>" + $0.value.inspect }.joined(separator: ", ") + "}"
        case let other: return other.text
        }
    }

    static func quoted(_ string: String) -> String {
        "\"" + replacingScalars(string) { scalar in
            switch scalar {
            case "\"": #"\""#
            case "\\": #"\\"#
            case "\n": #"\n"#
            case "\t": #"\t"#
            case "\r": #"\r"#
            default: scalar.value < 0x20 || scalar.value == 0x7F ? String(format: #"\x%02X"#, scalar.value) : nil
            }
        } + "\""
    }

    /// Ruby's `Float#to_s`: the shortest digits that read back the same,
    /// fixed from 0.0001 up to 1e15 (exclusive), else `1.0e+15`.
    static func rubyFloat(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value == 0 { return value.sign == .minus ? "-0.0" : "0.0" }
        // Swift's description has the same shortest digits, in its own layout.
        let description = "\(abs(value))"
        let parts = description.split(separator: "e")
        var exponent = parts.count > 1 ? Int(parts[1])! : 0
        let mantissa = parts[0]
        let point = mantissa.firstIndex(of: ".")
        var digits = mantissa.replacingOccurrences(of: ".", with: "")
        exponent += point.map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count
        // `exponent` is now the decimal point's position in `digits`.
        while digits.hasPrefix("0") && digits.count > 1 { digits.removeFirst(); exponent -= 1 }
        while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
        let sign = value < 0 ? "-" : ""
        if exponent > 15 || exponent < -3 {
            let rest = digits.dropFirst()
            let power = exponent - 1
            return sign + String(digits.first!) + "." + (rest.isEmpty ? "0" : String(rest)) + "e" + (power < 0 ? "-" : "+") + (abs(power) < 10 ? "0" : "") + String(abs(power))
        }
        if exponent <= 0 { return sign + "0." + String(repeating: "0", count: -exponent) + digits }
        if exponent >= digits.count { return sign + digits + String(repeating: "0", count: exponent - digits.count) + ".0" }
        let index = digits.index(digits.startIndex, offsetBy: exponent)
        return sign + digits[..<index] + "." + digits[index...]
    }
}
