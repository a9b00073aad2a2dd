/// One problem found in the input or the output, tied to where it is.
///
/// Every stage reports problems as diagnostics instead of stopping at the
/// first one, so that a single run names all of them.
package struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    package enum Severity: String, Sendable {
        case warning
        case error
    }

    package var severity: Severity
    package var location: SourceLocation
    /// The reason's message, made once, when the problem is found.
    package var message: String

    package init(_ severity: Severity, _ location: SourceLocation, _ reason: some DiagnosticReason) {
        self.severity = severity
        self.location = location
        self.message = reason.message
    }

    package static func error(_ location: SourceLocation, _ reason: some DiagnosticReason) -> Diagnostic {
        Diagnostic(.error, location, reason)
    }

    package static func warning(_ location: SourceLocation, _ reason: some DiagnosticReason) -> Diagnostic {
        Diagnostic(.warning, location, reason)
    }

    /// The same problem in the file at `path`: what was found in a text
    /// before its file was known (a feed checked in memory, JSON parsed from
    /// bytes) is placed by the caller that knows the file.
    package func inFile(_ path: String) -> Diagnostic {
        var placed = self
        placed.location.path = path
        return placed
    }

    /// The same problem as a warning: what fails a step that must not stop the build.
    package var asWarning: Diagnostic {
        var warning = self
        warning.severity = .warning
        return warning
    }

    /// `path:line: message`, with `warning: ` in front of the message for
    /// warnings: always one line (cron mails, editors and `grep` read it as
    /// one), whatever the quoted source text holds.
    package var description: String {
        Self.oneLine(severity == .warning ? "\(location): warning: \(message)" : "\(location): \(message)")
    }

    /// Line breaks and other control characters written as escapes (`\n`,
    /// `\t`, `\u{1B}`), the one place that keeps every diagnostic on one line.
    package static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var escaped = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isControl(scalar) else {
                escaped.append(scalar)
                continue
            }
            let escape = switch scalar {
            case "\n": "\\n"
            case "\r": "\\r"
            case "\t": "\\t"
            default: "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
            escaped.append(contentsOf: escape.unicodeScalars)
        }
        return String(escaped)
    }

    /// C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }
}

extension Array where Element == Diagnostic {
    package var hasErrors: Bool { contains { $0.severity == .error } }
}
