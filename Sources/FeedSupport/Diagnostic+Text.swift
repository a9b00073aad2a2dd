/// A message written where the problem is found: only for the sites whose
/// domain has no enum of reasons yet. Removed once every domain has one.
extension String: DiagnosticReason {
    package var message: String { self }
}
