/// What went wrong, as one domain words it: each domain (config, posts,
/// feeds, building) has one enum of reasons whose `message` is one `switch`,
/// so every message of the domain is read in one file. A `Diagnostic` takes
/// any of them, without this target knowing the domains.
package protocol DiagnosticReason: Sendable {
    /// The message as printed after `path:line: ` (and `warning: `).
    var message: String { get }
}
