/// `if`/`elsif`/`else` and `unless`: the first branch whose condition holds.
struct IfNode: Node {
    struct Branch: Sendable {
        /// nil for `else`.
        var condition: Condition?
        var body: BlockBody
    }
    var branches: [Branch]
    var line: Int
    let isBlank: Bool

    init(branches: [Branch], line: Int) {
        isBlank = branches.allSatisfy(\.body.isBlank)
        self.branches = branches
        if isBlank { for index in self.branches.indices { self.branches[index].body.removeBlankStrings() } }
        self.line = line
    }

    func render(_ context: RenderContext, into output: inout String) throws(LiquidError) {
        for branch in branches {
            if try branch.condition?.evaluate(context).isTruthy ?? true {
                try context.withScopeless { () throws(LiquidError) in try branch.body.render(context, into: &output) }
                return
            }
        }
    }
}

/// `case`/`when`/`else`: every `when` whose value equals the subject renders; `else` when none did.
struct CaseNode: Node {
    struct Branch: Sendable {
        /// nil for `else`.
        var values: [Expression]?
        var body: BlockBody
    }
    var subject: Expression
    var branches: [Branch]
    var line: Int
    let isBlank: Bool

    init(subject: Expression, branches: [Branch], line: Int) {
        self.subject = subject
        isBlank = branches.allSatisfy(\.body.isBlank)
        self.branches = branches
        if isBlank { for index in self.branches.indices { self.branches[index].body.removeBlankStrings() } }
        self.line = line
    }

    /// `when a, b` and `when a or b`.
    static func values(_ markup: String, line: Int) throws(LiquidError) -> [Expression] {
        let fragments = LaxMarkup.all(LaxMarkup.fragments, markup).filter { $0 != "or" }
        guard !fragments.isEmpty else { throw LiquidError(line: line, .syntax("\"when\" needs a value")) }
        return fragments.map(LaxMarkup.expression)
    }

    func render(_ context: RenderContext, into output: inout String) throws(LiquidError) {
        var matched = false
        for branch in branches {
            guard let values = branch.values else {
                if !matched { try branch.body.render(context, into: &output) }
                continue
            }
            for value in values {
                if try Condition.compare(subject, "==", value).evaluate(context).isTruthy {
                    matched = true
                    try branch.body.render(context, into: &output)
                    break
                }
            }
        }
    }
}

/// `ifchanged`: its body, unless it is the same as last time.
struct IfChangedNode: Node {
    var body: BlockBody
    var line: Int
    var isBlank: Bool { false }

    func render(_ context: RenderContext, into output: inout String) throws(LiquidError) {
        let text = try body.rendered(context)
        if text != context.lastIfChanged {
            context.lastIfChanged = text
            output += text
        }
    }
}

extension RenderContext {
    /// A nested block: counted against the depth limit, without a scope of its own (Liquid's `if` has none).
    func withScopeless(_ body: () throws(LiquidError) -> Void) throws(LiquidError) {
        depth += 1
        defer { depth -= 1 }
        guard depth <= limits.maximumDepth else { throw LiquidError(line: 0, .nestingTooDeep(limits.maximumDepth)) }
        try body()
    }
}
