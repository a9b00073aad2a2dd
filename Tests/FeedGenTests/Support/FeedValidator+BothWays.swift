import Foundation
import Testing
import FeedGen
@testable import FeedSupport
@testable import FeedValidation

extension FeedValidator {
    /// The problems of a document as the build finds them (one tree) and as
    /// `feedgen validate` does (read a chunk at a time, entries forgotten as
    /// they are checked), which must be the same, entry by entry.
    static func problemsBothWays(_ text: String, as format: FeedFormat, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Diagnostic] {
        let bytes = Array(text.utf8)
        let whole = FeedValidator().validate(bytes, as: format)
        let streamed = FeedValidator().validate(FeedInput(bytes: bytes), as: format)
        #expect(streamed == whole, "read a chunk at a time", sourceLocation: sourceLocation)
        return whole
    }
}
