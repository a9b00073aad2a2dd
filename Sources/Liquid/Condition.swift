/// The condition of `if`, `elsif`, `unless` and `where_exp`: comparisons
/// joined by `and`/`or`, grouped from the right as Liquid evaluates them
/// (`a and b or c` is `a and (b or c)`).
indirect enum Condition: Sendable {
    case test(Expression)
    case compare(Expression, String, Expression)
    case and(Condition, Condition)
    case or(Condition, Condition)
    case not(Condition)

    static func parse(_ markup: String, line: Int, warnings: inout [LiquidWarning]) throws(LiquidError) -> Condition {
        do {
            var parser = try MarkupParser(markup)
            var comparisons = [try comparison(&parser)]
            var operators: [String] = []
            while true {
                if parser.word("and") { operators.append("and") } else if parser.word("or") { operators.append("or") } else { break }
                comparisons.append(try comparison(&parser))
            }
            try parser.end()
            return chain(comparisons, operators)
        } catch {
            warnings.append(LiquidWarning(line: line, .lax("\(error.message) in \(LiquidError.Reason.excerpt(markup))")))
            return try lax(markup, line: line)
        }
    }

    private static func comparison(_ parser: inout MarkupParser) throws(MarkupParser.Failure) -> Condition {
        let left = try parser.expression()
        guard let op = parser.consumeIf(.comparison) else { return .test(left) }
        return .compare(left, op, try parser.expression())
    }

    private static func chain(_ comparisons: [Condition], _ operators: [String]) -> Condition {
        var condition = comparisons.last!
        for (index, op) in operators.enumerated().reversed() {
            condition = op == "and" ? .and(comparisons[index], condition) : .or(comparisons[index], condition)
        }
        return condition
    }

    /// Ruby Liquid's `If#lax_parse`: comparisons split on `and`/`or`, each read with its `Syntax`.
    private static func lax(_ markup: String, line: Int) throws(LiquidError) -> Condition {
        let words = LaxMarkup.all(laxParts, markup)
        var comparisons: [Condition] = []
        var operators: [String] = []
        for word in words {
            let trimmed = Whitespace.stripped(word)
            if trimmed == "and" || trimmed == "or" {
                operators.append(trimmed)
                continue
            }
            guard let match = LaxMarkup.groups(laxSyntax, word), let left = match[1] else {
                throw LiquidError(line: line, .syntax("invalid condition \(LiquidError.Reason.excerpt(markup))"))
            }
            let leftExpression = LaxMarkup.expression(left)
            if let op = match[2], let right = match[3] {
                comparisons.append(.compare(leftExpression, op, LaxMarkup.expression(right)))
            } else {
                comparisons.append(.test(leftExpression))
            }
        }
        guard !comparisons.isEmpty, operators.count == comparisons.count - 1 else {
            throw LiquidError(line: line, .syntax("invalid condition \(LiquidError.Reason.excerpt(markup))"))
        }
        return chain(comparisons, operators)
    }

    nonisolated(unsafe) private static let laxParts = try! NSRegularExpression(pattern: #"(?:\b(?:\s?and\s?|\s?or\s?)\b|(?:\s*(?!\b(?:\s?and\s?|\s?or\s?)\b)(?:\#(LaxMarkup.quotedFragment)|\S+)\s*)+)"#)
    nonisolated(unsafe) private static let laxSyntax = try! NSRegularExpression(pattern: #"(\#(LaxMarkup.quotedFragment))\s*([=!<>a-z_]+)?\s*(\#(LaxMarkup.quotedFragment))?"#)

    func evaluate(_ context: RenderContext) throws(LiquidError) -> LiquidValue {
        switch self {
        case .test(let expression): return try expression.evaluate(context)
        case .not(let condition): return .bool(!(try condition.evaluate(context).isTruthy))
        case .and(let left, let right):
            let value = try left.evaluate(context)
            return value.isTruthy ? try right.evaluate(context) : value
        case .or(let left, let right):
            let value = try left.evaluate(context)
            return value.isTruthy ? value : try right.evaluate(context)
        case .compare(let left, let op, let right):
            return try Self.compare(left, op, right, context)
        }
    }

    private static func compare(_ leftExpression: Expression, _ op: String, _ rightExpression: Expression, _ context: RenderContext) throws(LiquidError) -> LiquidValue {
        // `empty` and `blank` ask the other side (Ruby's `empty?`; nothing has `blank?` without Rails).
        if op == "==" || op == "!=" || op == "<>" {
            var asked: Bool?
            var isMethodLiteral = true
            switch (leftExpression, rightExpression) {
            case (.empty, let other), (let other, .empty): asked = try other.evaluate(context).isEmptyCollection
            case (.blank, _), (_, .blank): asked = nil
            default: isMethodLiteral = false
            }
            if isMethodLiteral {
                if op == "==" { return asked.map { .bool($0) } ?? .nil }
                return .bool(!(asked ?? false))
            }
        }
        let left = try leftExpression.evaluate(context).resolved
        let right = try rightExpression.evaluate(context).resolved
        switch op {
        case "==": return .bool(left == right)
        case "!=", "<>": return .bool(left != right)
        case "contains":
            switch left {
            case .string(let string):
                guard !right.isNil else { return .bool(false) }
                let needle = right.text
                return .bool(needle.isEmpty || string.contains(needle))
            case .array(let array): return .bool(array.contains { $0 == right })
            case .map(let map): return .bool(right.stringValue.map { map[$0] != nil } ?? false)
            case .range(let lower, let upper):
                if case .int(let int) = right { return .bool(lower <= int && int <= upper) }
                return .bool(false)
            default: return .bool(false)
            }
        case "<", ">", "<=", ">=":
            guard left.isOrderable else { return .nil }
            guard let order = left.compare(right), Self.sameKind(left, right) else {
                let shown: String
                switch right {
                case .nil, .bool, .int, .double: shown = right.inspect
                default: shown = right.rubyClassName
                }
                throw LiquidError(line: 0, .comparisonFailed(left.rubyClassName, shown))
            }
            switch op {
            case "<": return .bool(order == .orderedAscending)
            case ">": return .bool(order == .orderedDescending)
            case "<=": return .bool(order != .orderedDescending)
            default: return .bool(order != .orderedAscending)
            }
        default:
            throw LiquidError(line: 0, .argument("Unknown operator \(op)"))
        }
    }

    private static func sameKind(_ left: LiquidValue, _ right: LiquidValue) -> Bool {
        switch (left, right) {
        case (.int, .int), (.int, .double), (.double, .int), (.double, .double), (.string, .string), (.date, .date): true
        default: false
        }
    }
}

import Foundation
