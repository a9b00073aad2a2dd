/// What a template does that feedgen renders differently from Jekyll with
/// its plugins, on the template line where it is.
public struct LiquidWarning: Equatable, Sendable {
    public var line: Int
    public var reason: Reason

    public init(line: Int, _ reason: Reason) {
        self.line = line
        self.reason = reason
    }

    public indirect enum Reason: Equatable, Sendable {
        /// A plugin's tag: rendered as nothing, or as a link to the URL it names.
        case unknownTag(String, link: String?)
        /// A plugin's block tag: rendered as nothing, its body too.
        case unknownBlock(String)
        /// A plugin's filter: the value passes through unchanged, as Liquid does without the plugin.
        case unknownFilter(String)
        /// An `end…`, `else` or `when` with no block to close.
        case strayTag(String)
        /// Markup the strict parser refuses, read leniently as Jekyll's `error_mode: warn` does.
        case lax(String)
        case inInclude(name: String, line: Int, Reason)
    }

    public var message: String { reason.message }
}

extension LiquidWarning.Reason {
    public var message: String {
        switch self {
        case .unknownTag(let name, nil): "Liquid tag \"\(name)\" comes from a plugin feedgen does not have; it renders as nothing"
        case .unknownTag(let name, let link?): "Liquid tag \"\(name)\" comes from a plugin feedgen does not have; it renders as a link to \(link)"
        case .unknownBlock(let name): "Liquid block \"\(name)\" comes from a plugin feedgen does not have; it and its content render as nothing"
        case .unknownFilter(let name): "Liquid filter \"\(name)\" comes from a plugin feedgen does not have; the value is left unfiltered"
        case .strayTag(let name): "Liquid \"\(name)\" has no block to close here; it renders as nothing"
        case .lax(let problem): "Liquid syntax error read leniently, as Jekyll does: \(problem)"
        case .inInclude(let name, let line, let reason): "in include \(name), line \(line): \(reason.message)"
        }
    }
}
