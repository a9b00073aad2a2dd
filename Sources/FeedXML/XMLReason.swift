import FeedSupport

/// Every problem this target reports about an XML document or an HTML
/// fragment. libxml2's own messages stay its own (`libxml2`).
package enum XMLReason: DiagnosticReason, Equatable {
    /// What libxml2 said, as it said it.
    case libxml2(String)
    case doctype
    case notParsed
    case noRootElement
    /// A validation that failed without saying why.
    case schemaMismatch
    case parserNotStarted
    case validatorNotStarted
    case notReadableTwice
    case changedWhileValidated
    case entryNotCopied
    /// HTML libxml2 could not read to its end, with libxml2's words for why.
    case htmlNotReadableWhole(String)

    package var message: String {
        switch self {
        case .libxml2(let text): text
        case .doctype: "a DOCTYPE declaration is not allowed in a feed; its entities could expand without bound or fetch other files"
        case .notParsed: "the document could not be parsed"
        case .noRootElement: "the document has no root element"
        case .schemaMismatch: "the document does not match the schema"
        case .parserNotStarted: "libxml2 could not start parsing (out of memory)"
        case .validatorNotStarted: "libxml2 could not start validating (out of memory)"
        case .notReadableTwice: "the file could not be read a second time, to validate its entries beside the elements after them"
        case .changedWhileValidated: "the file changed while it was validated"
        case .entryNotCopied: "libxml2 could not copy the entry (out of memory)"
        case .htmlNotReadableWhole(let reason): "the post's HTML cannot be read whole by libxml2 (\(reason)); it is not published"
        }
    }
}
