import Foundation

/// Ruby's number conversions as Liquid's math filters use them
/// (`Utils.to_number`): floats computed as BigDecimal, so `0.1 | plus: 0.2` is 0.3.
enum Numbers {
    enum Number {
        case int(Int)
        case decimal(Decimal)
    }

    /// `"12abc".to_i` is 12.
    static func leadingInteger(_ string: String) -> String {
        let trimmed = string.drop { $0.isWhitespace }
        var result = ""
        for (offset, character) in trimmed.enumerated() {
            if character.isASCII && character.isNumber || (offset == 0 && (character == "-" || character == "+")) {
                result.append(character)
            } else {
                break
            }
        }
        return result == "-" || result == "+" || result.isEmpty ? "0" : result
    }

    /// `"1.5.3".to_f` is 1.5.
    static func leadingFloat(_ string: String) -> String {
        var result = ""
        var seenPoint = false
        for (offset, character) in string.drop(while: { $0.isWhitespace }).enumerated() {
            if character.isASCII && character.isNumber {
                result.append(character)
            } else if character == ".", !seenPoint {
                seenPoint = true
                result.append(character)
            } else if offset == 0 && character == "-" {
                result.append(character)
            } else {
                break
            }
        }
        return result
    }

    static func number(_ value: LiquidValue) -> Number {
        switch value.resolved {
        case .int(let int): return .int(int)
        case .double(let double): return .decimal(Decimal(string: LiquidValue.rubyFloat(double)) ?? Decimal(double))
        case .string(let string):
            let trimmed = string.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.range(of: #"\A-?\d+\.\d+\z"#, options: .regularExpression) != nil, let decimal = Decimal(string: trimmed) {
                return .decimal(decimal)
            }
            return .int(Int(leadingInteger(string)) ?? 0)
        default: return .int(0)
        }
    }

    static func value(_ number: Number) -> LiquidValue {
        switch number {
        case .int(let int): return .int(int)
        case .decimal(let decimal): return .double(double(decimal))
        }
    }

    /// Through its digits: NSDecimalNumber's `doubleValue` is off in the last place (3.14 as 3.1399999999999997).
    static func double(_ decimal: Decimal) -> Double {
        Double("\(decimal)") ?? NSDecimalNumber(decimal: decimal).doubleValue
    }

    static func decimal(_ number: Number) -> Decimal {
        switch number {
        case .int(let int): Decimal(int)
        case .decimal(let decimal): decimal
        }
    }

    /// Ruby's `Utils.to_integer`.
    static func integer(_ value: LiquidValue) throws(LiquidError) -> Int {
        switch value.resolved {
        case .int(let int): return int
        case .double(let double): return double.isFinite ? Int(double.rounded(.towardZero)) : 0
        case .string(let string):
            guard let int = Int(string.trimmingCharacters(in: .whitespaces)) ?? Double(string).map({ Int($0) }) else {
                throw LiquidError(line: 0, .argument("invalid integer"))
            }
            return int
        case .nil: throw LiquidError(line: 0, .argument("invalid integer"))
        default: throw LiquidError(line: 0, .argument("invalid integer"))
        }
    }
}
