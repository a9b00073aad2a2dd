@testable import FeedSupport
@testable import SiteLoading

extension Diagnostic {
    /// The error a test expects in a text whose file is not known where it is
    /// found (a feed checked in memory, JSON parsed from bytes), with the
    /// exact words of its message.
    init(line: Int, column: Int? = nil, message: String, entryIndex: Int? = nil) {
        self.init(.error, SourceLocation(line: line, column: column, entryIndex: entryIndex), message)
    }
}

/// A dialect's warning as a test writes it: its body line and the exact words.
struct WrittenWarning: Equatable {
    var line: Int
    var message: String
}

extension WrittenWarning {
    init(_ warning: MarkdownWarning) {
        self.init(line: warning.line, message: warning.reason.message)
    }
}

/// In the tests, a message is written out as the exact words expected
/// (`.error(location, "…")`); in the library only a domain's reason makes one.
extension String: DiagnosticReason {
    public var message: String { self }
}
