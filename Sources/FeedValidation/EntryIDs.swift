/// The entry ids (RSS guids, JSON Feed item ids) a feed has used so far,
/// each with the line of the entry that used it first: what the uniqueness
/// check must remember of every entry. An id is kept as 88 bits of hash
/// beside its line, 16 bytes in an open-addressing table at most three
/// quarters full, not as its text: `feedgen validate` on a feed of a million
/// entries holds 32 MB for them instead of a million strings. Two different
/// ids share a hash with a chance of about 2^-88 per pair.
struct EntryIDs {
    /// 64 bits of an id's hash; 0 is an empty slot.
    private var keys = [UInt64](repeating: 0, count: 64)
    /// 24 more bits of the hash over the 40 bits of the line.
    private var tagsAndLines = [UInt64](repeating: 0, count: 64)
    private var count = 0

    private static let lineBits: UInt64 = 40
    private static let lineMask: UInt64 = (1 << lineBits) - 1

    /// The line of the entry that used `id` before, or `nil` (and `id` is now
    /// remembered as used by the entry on `line`) when none did.
    mutating func firstLine(of id: String, usedAgainOn line: Int) -> Int? {
        let (key, tag) = Self.hash(id)
        var slot = slot(of: key)
        while keys[slot] != 0 {
            if keys[slot] == key && tagsAndLines[slot] >> Self.lineBits == tag { return Int(tagsAndLines[slot] & Self.lineMask) }
            slot = (slot + 1) & (keys.count - 1)
        }
        keys[slot] = key
        tagsAndLines[slot] = tag << Self.lineBits | min(UInt64(max(line, 0)), Self.lineMask)
        count += 1
        if count * 4 > keys.count * 3 { grow() }
        return nil
    }

    private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: key) & (keys.count - 1)
    }

    private mutating func grow() {
        let (oldKeys, oldRest) = (keys, tagsAndLines)
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        tagsAndLines = [UInt64](repeating: 0, count: oldKeys.count * 2)
        for (key, rest) in zip(oldKeys, oldRest) where key != 0 {
            var slot = slot(of: key)
            while keys[slot] != 0 { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = key
            tagsAndLines[slot] = rest
        }
    }

    /// Two SipHash values of the id, told apart by a leading byte. Swift's
    /// hasher is seeded anew by every process, so no crafted pair of ids
    /// collides run after run.
    private static func hash(_ id: String) -> (key: UInt64, tag: UInt64) {
        var first = Hasher()
        first.combine(UInt8(1))
        first.combine(id)
        var second = Hasher()
        second.combine(UInt8(2))
        second.combine(id)
        let key = UInt64(bitPattern: Int64(first.finalize()))
        return (key == 0 ? 1 : key, UInt64(bitPattern: Int64(second.finalize())) >> lineBits)
    }
}
