/// The entry ids (RSS guids, JSON Feed item ids) a feed has used so far,
/// each with the line of the entry that used it first: what the uniqueness
/// check must remember of every entry. An id is kept as a 128-bit hash, not
/// as its text, so that `feedgen validate` on a feed of a million entries
/// holds 24 bytes per entry instead of the million strings; two different ids
/// share a hash with a chance of about 2^-128 per pair.
struct EntryIDs {
    private struct Key: Hashable {
        var high: UInt64
        var low: UInt64

        func hash(into hasher: inout Hasher) {
            hasher.combine(low)
        }
    }

    private var firstLines: [Key: Int] = [:]

    /// The line of the entry that used `id` before, or `nil` (and `id` is now
    /// remembered as used by the entry on `line`) when none did.
    mutating func firstLine(of id: String, usedAgainOn line: Int) -> Int? {
        let key = Self.key(id)
        if let first = firstLines[key] { return first }
        firstLines[key] = line
        return nil
    }

    /// Two SipHash values of the id, told apart by a leading byte: Swift's
    /// hasher is seeded anew by every process, so no crafted pair of ids
    /// collides run after run.
    private static func key(_ id: String) -> Key {
        var high = Hasher()
        high.combine(UInt8(1))
        high.combine(id)
        var low = Hasher()
        low.combine(UInt8(2))
        low.combine(id)
        return Key(high: UInt64(bitPattern: Int64(high.finalize())), low: UInt64(bitPattern: Int64(low.finalize())))
    }
}
