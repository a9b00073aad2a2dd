/// `{% assign name = value | filters %}`.
struct AssignNode: Node {
    var name: String
    var value: FilteredExpression
    var line: Int
    var isBlank: Bool { true }

    init(_ tag: TagToken, warnings: inout [LiquidWarning]) throws(LiquidError) {
        guard let equals = tag.markup.firstIndex(of: "=") else {
            throw LiquidError(line: tag.line, .syntax("Syntax Error in 'assign' - Valid syntax: assign [var] = [source]"))
        }
        name = Whitespace.stripped(String(tag.markup[..<equals]))
        guard !name.isEmpty, name.unicodeScalars.allSatisfy({ $0.isASCII && (TemplateParser.isWordByte(UInt8($0.value)) || "-.[]()".unicodeScalars.contains($0)) }) else {
            throw LiquidError(line: tag.line, .syntax("Syntax Error in 'assign' - Valid syntax: assign [var] = [source]"))
        }
        value = FilteredExpression.parse(String(tag.markup[tag.markup.index(after: equals)...]), line: tag.line, warnings: &warnings)
        line = tag.line
    }

    func render(_ context: RenderContext, into output: inout String) throws(LiquidError) {
        context.assign(name, try value.evaluate(context))
    }
}

/// `{% capture name %}…{% endcapture %}`: the body's output as a string variable.
struct CaptureNode: Node {
    var name: String
    var body: BlockBody
    var line: Int
    var isBlank: Bool { true }

    func render(_ context: RenderContext, into output: inout String) throws(LiquidError) {
        var captured = ""
        try context.withScopeless { () throws(LiquidError) in try body.render(context, into: &captured) }
        context.assign(name, .string(captured))
    }
}

/// `{% increment name %}` writes the counter then adds one; `decrement` subtracts one then writes it.
struct CounterNode: Node {
    var name: String
    var increments: Bool
    var line: Int
    var isBlank: Bool { false }

    func render(_ context: RenderContext, into output: inout String) throws(LiquidError) {
        let value = context.counters[name] ?? 0
        if increments {
            output += String(value)
            context.counters[name] = value + 1
        } else {
            context.counters[name] = value - 1
            output += String(value - 1)
        }
    }
}

/// `{% break %}` and `{% continue %}`.
struct InterruptNode: Node {
    var interrupt: RenderContext.Interrupt
    var line: Int
    var isBlank: Bool { false }

    func render(_ context: RenderContext, into output: inout String) throws(LiquidError) {
        context.interrupt = interrupt
    }
}
