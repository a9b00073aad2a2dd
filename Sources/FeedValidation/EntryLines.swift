/// The line each entry of a feed starts on, in document order, to tie
/// libxml2's problems to entries: kept as the differences between them, a
/// byte or two an entry instead of eight, so that `feedgen validate` on a
/// feed of a million entries holds about a megabyte for them.
struct EntryLines {
    /// Each difference to the line before, seven bits a byte, the last byte of each under 128.
    private var differences: [UInt8] = []
    private var last = 0

    mutating func append(_ line: Int) {
        // Entries start in document order; a line before the last (which
        // libxml2's tree never gives) counts as the same line.
        var difference = UInt64(max(line - last, 0))
        last = max(line, last)
        while difference >= 0x80 {
            differences.append(UInt8(truncatingIfNeeded: difference) | 0x80)
            difference >>= 7
        }
        differences.append(UInt8(difference))
    }

    /// For each of `lines` (in any order), the position of the last entry
    /// that starts on or before it; `nil` when none does. One pass over the entries.
    func lastEntries(startingBy lines: [Int]) -> [Int?] {
        var answers = [Int?](repeating: nil, count: lines.count)
        var reader = differences.makeIterator()
        var next: Int? = Self.read(&reader, after: 0)
        var entries = 0
        for query in lines.indices.sorted(by: { lines[$0] < lines[$1] }) {
            while let line = next, line <= lines[query] {
                entries += 1
                next = Self.read(&reader, after: line)
            }
            answers[query] = entries == 0 ? nil : entries - 1
        }
        return answers
    }

    private static func read(_ reader: inout IndexingIterator<[UInt8]>, after line: Int) -> Int? {
        var (difference, shift): (UInt64, UInt64) = (0, 0)
        while let byte = reader.next() {
            difference |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return line + Int(difference) }
            shift += 7
        }
        return nil
    }
}
