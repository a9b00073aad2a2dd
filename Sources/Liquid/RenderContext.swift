import Foundation

/// The state of one render: variable scopes, counters, loop state, the host,
/// the warnings found, and the budget that stops a runaway template.
final class RenderContext {
    enum Interrupt { case `break`, `continue` }

    /// `scopes[0]` is the template's own (where `assign` and `capture` write);
    /// loops and includes push more.
    private var scopes: [[String: LiquidValue]] = [[:]]
    let globals: LiquidMap
    let host: any LiquidHost
    let limits: LiquidTemplate.Limits
    /// `increment`/`decrement` counters, apart from the variables, as in Liquid.
    var counters: [String: Int] = [:]
    var cycles: [String: Int] = [:]
    /// Where each loop stopped, for `offset: continue`.
    var loopOffsets: [String: Int] = [:]
    /// The enclosing loops' `forloop`, for `forloop.parentloop`.
    var loops: [LiquidMap] = []
    var lastIfChanged: String?
    var interrupt: Interrupt?
    private(set) var warnings: [LiquidWarning] = []
    /// The `include` tags being rendered, outermost first: warnings inside an include are reported on the outer tag's line.
    var includes: [(name: String, line: Int)] = []
    private var steps = 0
    /// Blocks and includes being rendered inside each other.
    var depth = 0

    init(globals: LiquidMap, host: any LiquidHost, limits: LiquidTemplate.Limits) {
        self.globals = globals
        self.host = host
        self.limits = limits
    }

    func find(_ name: String) -> LiquidValue {
        for scope in scopes.reversed() {
            if let value = scope[name] { return value }
        }
        if let counter = counters[name] { return .int(counter) }
        return globals[name] ?? .nil
    }

    /// `assign` and `capture`: the template's own scope, seen after the loop too.
    func assign(_ name: String, _ value: LiquidValue) {
        scopes[0][name] = value
    }

    /// A variable of the innermost scope (a loop's item, `forloop`, `include`).
    func setLocal(_ name: String, _ value: LiquidValue) {
        scopes[scopes.count - 1][name] = value
    }

    func withScope<Result>(_ body: () throws(LiquidError) -> Result) throws(LiquidError) -> Result {
        depth += 1
        guard depth <= limits.maximumDepth else { throw LiquidError(line: 0, .nestingTooDeep(limits.maximumDepth)) }
        scopes.append([:])
        defer {
            scopes.removeLast()
            depth -= 1
        }
        return try body()
    }

    /// Counts one node rendered and checks the output's size.
    func step(output: String) throws(LiquidError) {
        steps += 1
        guard steps <= limits.maximumSteps else { throw LiquidError(line: 0, .tooManySteps(limits.maximumSteps)) }
        guard output.utf8.count <= limits.maximumOutputBytes else { throw LiquidError(line: 0, .outputTooLarge(limits.maximumOutputBytes)) }
    }

    func warn(_ warning: LiquidWarning) {
        var warning = warning
        for include in includes.reversed() {
            warning = LiquidWarning(line: include.line, .inInclude(name: include.name, line: warning.line, warning.reason))
        }
        if !warnings.contains(warning) { warnings.append(warning) }
    }

    /// Line of the node being rendered, for warnings raised by filters.
    var line = 0

    func apply(_ name: String, to input: LiquidValue, _ arguments: [LiquidValue], _ keywords: LiquidMap) throws(LiquidError) -> LiquidValue {
        if let result = try JekyllFilters.apply(name, input, arguments, keywords, self) { return result }
        if let result = try StandardFilters.apply(name, input, arguments, keywords, self) { return result }
        if let result = host.filter(name, input: input, arguments: arguments) { return result }
        warn(LiquidWarning(line: line, .unknownFilter(name)))
        return input
    }
}
