/// Why a template cannot be parsed or rendered, on the template line where
/// it happens. Jekyll stops the build on each of these.
public struct LiquidError: Error, Equatable, Sendable {
    /// Line in the template (the host's first line counts from its `firstLine`).
    public var line: Int
    public var reason: Reason

    public init(line: Int, _ reason: Reason) {
        self.line = line
        self.reason = reason
    }

    public indirect enum Reason: Equatable, Sendable {
        case tagNotTerminated(String)
        case outputNotTerminated(String)
        case tagNeverClosed(String)
        case syntax(String)
        case nestingTooDeep(Int)
        case includeNotFound(String)
        case invalidIncludeName(String)
        case includeTooDeep(Int)
        case postNotFound(String)
        case linkNotFound(String)
        case comparisonFailed(String, String)
        case dividedByZero
        case argument(String)
        case wrongArgumentCount(filter: String, given: Int, expected: String)
        case outputTooLarge(Int)
        case tooManySteps(Int)
        /// An error inside an included file, reported on the `include` tag's line.
        case inInclude(name: String, line: Int, Reason)
    }

    public var message: String { reason.message }
}

extension LiquidError.Reason {
    public var message: String {
        switch self {
        case .tagNotTerminated(let token): "Liquid tag \(Self.excerpt(token)) was not properly terminated with \"%}\""
        case .outputNotTerminated(let token): "Liquid output \(Self.excerpt(token)) was not properly terminated with \"}}\""
        case .tagNeverClosed(let name): "Liquid \"\(name)\" tag was never closed with \"end\(name)\""
        case .syntax(let problem): "Liquid syntax error: \(problem)"
        case .nestingTooDeep(let depth): "Liquid blocks are nested more than \(depth) deep"
        case .includeNotFound(let name): "could not locate the included file \"\(name)\" in _includes"
        case .invalidIncludeName(let name): "invalid include file name \"\(name)\": use letters, digits, / . - _ ( ) + ~ # @ and no \"..\""
        case .includeTooDeep(let depth): "includes are nested more than \(depth) deep"
        case .postNotFound(let name): "could not find the post \"\(name)\" in tag \"post_url\"; write its file name without the extension, e.g. 2024-05-01-title"
        case .linkNotFound(let path): "could not find the document \"\(path)\" in tag \"link\"; write its path from the site folder, e.g. _posts/2024-05-01-title.md"
        case .comparisonFailed(let left, let right): "Liquid error: comparison of \(left) with \(right) failed"
        case .dividedByZero: "Liquid error: divided by 0"
        case .argument(let problem): "Liquid error: \(problem)"
        case .wrongArgumentCount(let filter, let given, let expected): "Liquid error: wrong number of arguments to \"\(filter)\" (given \(given), expected \(expected))"
        case .outputTooLarge(let bytes): "Liquid renders more than \(bytes / 1_048_576) MB here; a loop runs away"
        case .tooManySteps(let steps): "Liquid takes more than \(steps) steps here; a loop runs away"
        case .inInclude(let name, let line, let reason): "in include \(name), line \(line): \(reason.message)"
        }
    }

    /// Markup quoted on one line, however many lines it spans.
    static func excerpt(_ markup: String) -> String {
        var flat = markup.split(whereSeparator: \.isNewline).joined(separator: " ")
        if flat.count > 60 { flat = String(flat.prefix(57)) + "..." }
        return "\"\(flat)\""
    }
}
