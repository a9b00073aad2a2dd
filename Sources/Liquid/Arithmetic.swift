import Foundation

/// Liquid's math filters on Ruby's numbers: integers stay integers (and
/// divide by flooring), anything with a fraction is a BigDecimal.
enum Arithmetic {
    static func operate(_ left: Numbers.Number, _ right: Numbers.Number, _ op: Character) -> Numbers.Number {
        if case .int(let a) = left, case .int(let b) = right {
            let (result, overflow): (Int, Bool)
            switch op {
            case "+": (result, overflow) = a.addingReportingOverflow(b)
            case "-": (result, overflow) = a.subtractingReportingOverflow(b)
            default: (result, overflow) = a.multipliedReportingOverflow(by: b)
            }
            if !overflow { return .int(result) }
        }
        let a = Numbers.decimal(left), b = Numbers.decimal(right)
        switch op {
        case "+": return .decimal(a + b)
        case "-": return .decimal(a - b)
        default: return .decimal(a * b)
        }
    }

    static func divide(_ left: Numbers.Number, _ right: Numbers.Number) throws(LiquidError) -> LiquidValue {
        if case .int(let a) = left, case .int(let b) = right {
            guard b != 0 else { throw LiquidError(line: 0, .dividedByZero) }
            if a == .min && b == -1 { return .double(-Double(a)) }
            let quotient = a / b
            return .int((a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient)
        }
        let a = Numbers.decimal(left), b = Numbers.decimal(right)
        // BigDecimal gives infinities for a fraction divided by zero.
        if b.isZero { return .double(a.isZero ? .nan : (a < 0 ? -.infinity : .infinity)) }
        return Numbers.value(.decimal(a / b))
    }

    static func modulo(_ left: Numbers.Number, _ right: Numbers.Number) throws(LiquidError) -> LiquidValue {
        if case .int(let a) = left, case .int(let b) = right {
            guard b != 0 else { throw LiquidError(line: 0, .dividedByZero) }
            let remainder = a % b
            return .int(remainder != 0 && (remainder < 0) != (b < 0) ? remainder + b : remainder)
        }
        let a = Numbers.double(Numbers.decimal(left))
        let b = Numbers.double(Numbers.decimal(right))
        guard b != 0 else { throw LiquidError(line: 0, .dividedByZero) }
        let remainder = a.truncatingRemainder(dividingBy: b)
        return .double(remainder != 0 && (remainder < 0) != (b < 0) ? remainder + b : remainder)
    }

    static func abs(_ number: Numbers.Number) -> LiquidValue {
        switch number {
        case .int(let int): int == .min ? .double(-Double(int)) : .int(Swift.abs(int))
        case .decimal(let decimal): Numbers.value(.decimal(decimal < 0 ? -decimal : decimal))
        }
    }

    static func rounded(_ number: Numbers.Number, _ rule: FloatingPointRoundingRule) -> Int {
        switch number {
        case .int(let int): return int
        case .decimal(let decimal):
            let double = Numbers.double(decimal).rounded(rule)
            return double.isFinite && Swift.abs(double) < 9e18 ? Int(double) : 0
        }
    }

    /// Ruby's `round(n)`: half away from zero; a whole number when `n` is 0.
    static func round(_ number: Numbers.Number, places: Int) -> LiquidValue {
        switch number {
        case .int(let int):
            guard places < 0 else { return .int(int) }
            let factor = Double(pow(10, Double(-places)))
            return .int(Int((Double(int) / factor).rounded(.toNearestOrAwayFromZero) * factor))
        case .decimal(var decimal):
            var result = Decimal()
            NSDecimalRound(&result, &decimal, places, .plain)
            let double = Numbers.double(result)
            return places == 0 ? .int(double.isFinite && Swift.abs(double) < 9e18 ? Int(double) : 0) : .double(double)
        }
    }
}
