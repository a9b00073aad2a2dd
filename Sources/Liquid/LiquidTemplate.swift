import Foundation

/// A template parsed once into nodes, rendered as many times as needed with
/// different variables: Liquid as Jekyll 4 runs it (`error_mode: warn`, no
/// strict variables or filters, so what is undefined renders as nothing).
public struct LiquidTemplate: Sendable {
    let body: BlockBody
    /// What parsing found that feedgen renders differently from Jekyll with its plugins.
    public let warnings: [LiquidWarning]

    /// What stops a hostile or runaway template.
    public struct Limits: Sendable {
        /// Blocks, loops and includes inside each other (Liquid stops at 100).
        public var maximumDepth = 100
        /// Nodes rendered in all.
        public var maximumSteps = 5_000_000
        /// Output of one render.
        public var maximumOutputBytes = 32 * 1024 * 1024
        public init() {}
    }

    /// Parses `source`, whose first line is template line `firstLine`.
    public init(_ source: String, firstLine: Int = 1) throws(LiquidError) {
        var parser = TemplateParser(tokens: Tokenizer.tokens(source, firstLine: firstLine))
        body = try parser.parseDocument()
        warnings = parser.warnings
    }

    /// Whether the text has any Liquid markup at all: most posts have none, and need no parsing.
    public static func hasMarkup(_ source: String) -> Bool {
        var previous: UInt8 = 0
        for byte in source.utf8 {
            if previous == UInt8(ascii: "{") && (byte == UInt8(ascii: "{") || byte == UInt8(ascii: "%")) { return true }
            previous = byte
        }
        return false
    }

    /// The output, and the warnings of this render (the parse's not included).
    public func render(_ variables: LiquidMap, host: any LiquidHost = NoLiquidHost(), limits: Limits = Limits()) throws(LiquidError) -> (output: String, warnings: [LiquidWarning]) {
        let context = RenderContext(globals: variables, host: host, limits: limits)
        let output = try body.rendered(context)
        return (output, context.warnings)
    }

    /// Renders into a context that is already running (an include).
    func render(in context: RenderContext) throws(LiquidError) -> String {
        try body.rendered(context)
    }
}
