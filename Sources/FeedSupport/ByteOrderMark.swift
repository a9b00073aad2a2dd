/// UTF-8's byte order mark, which editors on Windows put first: a post may
/// start with one (it is skipped, with a warning), JSON may not.
package enum ByteOrderMark {
    package static let utf8: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Inlinable, so that each caller's collection type gets its own code:
    /// unspecialised across the module boundary, the generic cost 1,500
    /// instructions a call (2% of a cold build at 10,000 posts). A loop of
    /// its own, not `starts(with:)`, which stays generic even when inlined.
    @inlinable package static func starts(_ bytes: some Collection<UInt8>) -> Bool {
        var index = bytes.startIndex
        for byte in utf8 {
            guard index != bytes.endIndex, bytes[index] == byte else { return false }
            bytes.formIndex(after: &index)
        }
        return true
    }
}
