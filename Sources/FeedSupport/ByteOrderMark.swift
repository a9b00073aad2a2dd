/// UTF-8's byte order mark, which editors on Windows put first: a post may
/// start with one (it is skipped, with a warning), JSON may not.
package enum ByteOrderMark {
    package static let utf8: [UInt8] = [0xEF, 0xBB, 0xBF]

    package static func starts(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.starts(with: utf8)
    }
}
