@testable import FeedSupport

extension Diagnostic {
    /// The error a test expects in a text whose file is not known where it is
    /// found (a feed checked in memory, JSON parsed from bytes), with the
    /// exact words of its message.
    init(line: Int, column: Int? = nil, message: String, entryIndex: Int? = nil) {
        self.init(.error, SourceLocation(line: line, column: column, entryIndex: entryIndex), ExpectedText(message: message))
    }
}

/// A message as a test writes it out, to compare whole diagnostics.
struct ExpectedText: DiagnosticReason {
    var message: String
}
