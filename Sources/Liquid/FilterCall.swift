/// One `| name: arguments` of an output, with its arguments still expressions.
struct FilterCall: Sendable {
    var name: String
    var arguments: [Expression] = []
    var keywordArguments: [(String, Expression)] = []
}

/// A value and the filters applied to it: what `{{ }}`, `echo` and `assign` hold.
struct FilteredExpression: Sendable {
    var value: Expression?
    var filters: [FilterCall]

    func evaluate(_ context: RenderContext) throws(LiquidError) -> LiquidValue {
        var result = try value?.evaluate(context) ?? .nil
        for filter in filters {
            var arguments: [LiquidValue] = []
            for argument in filter.arguments { arguments.append(try argument.evaluate(context)) }
            var keywords = LiquidMap()
            for (key, argument) in filter.keywordArguments { keywords[key] = try argument.evaluate(context) }
            result = try context.apply(filter.name, to: result, arguments, keywords)
        }
        return result
    }

    /// Parses strictly, else leniently with a warning, as Jekyll's `error_mode: warn` does.
    static func parse(_ markup: String, line: Int, warnings: inout [LiquidWarning]) -> FilteredExpression {
        do {
            var parser = try MarkupParser(markup)
            if parser.isAtEnd { return FilteredExpression(value: nil, filters: []) }
            let value = try parser.expression()
            let filters = try parser.filters()
            try parser.end()
            return FilteredExpression(value: value, filters: filters)
        } catch {
            warnings.append(LiquidWarning(line: line, .lax("\(error.message) in \(LiquidError.Reason.excerpt("{{" + markup + "}}"))")))
            return LaxMarkup.filteredExpression(markup)
        }
    }
}
