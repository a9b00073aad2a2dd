import Foundation
import Synchronization

/// The names a time zone gives its offsets (`CET`/`CEST` for Europe/Berlin),
/// read from its tzdata file: Ruby's `Time.parse` takes a zone name it has no
/// table for when it is the site zone's own (Foundation on Linux only knows
/// `GMT+1`). Read once per zone, and only for dates that name such a zone.
package enum ZoneAbbreviations {
    package struct Name: Hashable {
        /// Upper-cased, as Ruby compares them.
        package var abbreviation: String
        /// Seconds east of UTC.
        package var offset: Int

        package init(abbreviation: String, offset: Int) {
            (self.abbreviation, self.offset) = (abbreviation, offset)
        }
    }

    private static let cache = Mutex<[String: Set<Name>]>([:])

    package static func of(_ zone: TimeZone) -> Set<Name> {
        if let known = cache.withLock({ $0[zone.identifier] }) { return known }
        let folder = ProcessInfo.processInfo.environment["TZDIR"] ?? "/usr/share/zoneinfo"
        let names = FileManager.default.contents(atPath: folder + "/" + zone.identifier).map { read(Array($0)) } ?? []
        cache.withLock { $0[zone.identifier] = names }
        return names
    }

    /// The local time types of a TZif file (RFC 8536): the version 2+ block
    /// when there is one (its 64-bit data), else the version 1 block.
    package static func read(_ bytes: [UInt8]) -> Set<Name> {
        func count(_ header: Int, _ field: Int) -> Int? {
            let at = header + 20 + field * 4
            guard at + 4 <= bytes.count else { return nil }
            return bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) }
        }
        func block(at header: Int, timeSize: Int) -> (names: Set<Name>, end: Int)? {
            guard bytes.count >= header + 44, bytes[header..<header + 4].elementsEqual("TZif".utf8),
                  let utc = count(header, 0), let standard = count(header, 1), let leaps = count(header, 2),
                  let times = count(header, 3), let types = count(header, 4), let characters = count(header, 5)
            else { return nil }
            let typesStart = header + 44 + times * timeSize + times
            let charactersStart = typesStart + types * 6
            let end = charactersStart + characters + leaps * (timeSize + 4) + standard + utc
            guard end <= bytes.count else { return nil }
            var names = Set<Name>()
            for type in 0..<types {
                let at = typesStart + type * 6
                let offset = Int(Int32(bitPattern: bytes[at..<at + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }))
                let start = charactersStart + Int(bytes[at + 5])
                guard start < charactersStart + characters else { continue }
                let name = bytes[start..<(charactersStart + characters)].prefix { $0 != 0 }
                names.insert(Name(abbreviation: String(decoding: name, as: UTF8.self).uppercased(), offset: offset))
            }
            return (names, end)
        }
        guard let first = block(at: 0, timeSize: 4) else { return [] }
        if bytes[4] >= UInt8(ascii: "2"), let second = block(at: first.end, timeSize: 8) { return first.names.union(second.names) }
        return first.names
    }
}
