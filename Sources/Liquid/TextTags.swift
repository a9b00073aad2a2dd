/// `{% raw %}…{% endraw %}`: the text between, Liquid markup and all.
struct RawNode: Node {
    var text: String
    var line: Int
    var isBlank: Bool { text.isEmpty }

    func render(_ context: RenderContext, into output: inout String) throws(LiquidError) {
        output += text
    }
}

/// `{{ value | filters }}` and `{% echo value | filters %}`.
struct OutputNode: Node {
    var value: FilteredExpression
    var line: Int
    var isBlank: Bool { false }

    func render(_ context: RenderContext, into output: inout String) throws(LiquidError) {
        output += try value.evaluate(context).text
    }
}
