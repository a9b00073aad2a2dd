import Foundation

/// A Markdown file in the posts folder, before it is read.
package struct PostFile: Hashable, Sendable {
    /// The posts folder, shared by every file (one string, not one per post).
    var folder: String
    /// The path below the posts folder.
    package var relativePath: String
    /// How messages print the posts folder.
    var displayFolder: String

    /// `relativePath` below the posts `folder`, printed in messages below `displayFolder`.
    package init(folder: String, relativePath: String, displayFolder: String) {
        self.folder = folder
        self.relativePath = relativePath
        self.displayFolder = displayFolder
    }

    /// Where the file is on disk.
    package var path: String { folder + "/" + relativePath }

    /// The path printed in messages: relative to the working folder when below it.
    package var displayPath: String { displayFolder.isEmpty ? relativePath : displayFolder + "/" + relativePath }

    /// The file name without its extension (Jekyll's `basename_without_ext`).
    package var stem: String {
        let utf8 = relativePath.utf8
        let name = utf8.lastIndex(of: UInt8(ascii: "/")).map { Substring(utf8[utf8.index(after: $0)...]) } ?? Substring(relativePath)
        return name.utf8.lastIndex(of: UInt8(ascii: ".")).map { String(Substring(name.utf8[..<$0])) } ?? String(name)
    }

    /// `YYYY-MM-DD` from the file name, when it starts with a date as Jekyll reads one
    /// (`2019-3-20-` is 2019-03-20).
    package var nameDate: String? { Self.leadingDate(of: stem)?.date }

    /// The file name without its date and extension.
    package var slug: String {
        let stem = stem
        guard let found = Self.leadingDate(of: stem) else { return stem }
        return String(decoding: stem.utf8.dropFirst(found.length), as: UTF8.self)
    }

    /// A file named `2024-07-01.md`: a date, and no slug after it.
    var stemIsOnlyADate: Bool {
        let stem = stem
        return Self.leadingDate(of: stem + "-")?.length == stem.utf8.count + 1
    }

    /// `.md`, `.markdown`: the file name's extension.
    var extensionWithDot: String {
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        return name.lastIndex(of: ".").map { String(name[$0...]) } ?? ""
    }

    /// Whether Jekyll reads the file as a post in `_posts/`: its name starts with a date
    /// and a `-` (`Document::DATE_FILENAME_MATCHER`); any other file there Jekyll skips.
    static func isJekyllPostName(_ name: some BidirectionalCollection<UInt8>) -> Bool {
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")) else { return false }
        return leadingDate(of: name[..<dot]) != nil
    }

    /// The date at the start of a file name as Jekyll's `DATE_FILENAME_MATCHER` finds it
    /// (two to four digits, `-`, one or two, `-`, one or two, then `-`), zero-padded as
    /// `YYYY-MM-DD` (a two-digit year completed as Ruby's `Time.parse` does: 69–99 in the
    /// 1900s, else the 2000s), and the length of the date with its `-`.
    private static func leadingDate(of stem: String) -> (date: String, length: Int)? {
        leadingDate(of: stem.utf8).map { (text(of: $0.year, $0.month, $0.day), $0.length) }
    }

    /// The numbers of the date; no text made, no array: the slug, the folder scan and the
    /// loader ask several times per post (at 10,000 posts a string per call cost 2% of a cold build).
    private static func leadingDate(of name: some Collection<UInt8>) -> (year: Int, month: Int, day: Int, length: Int)? {
        var year = 0, month = 0
        var found = 0
        var length = 0
        var digits = 0
        var value = 0
        var index = name.startIndex
        while index != name.endIndex && length < 13 {
            let byte = name[index]
            name.formIndex(after: &index)
            length += 1
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                digits += 1
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                guard digits <= (found == 0 ? 4 : 2) else { return nil }
                continue
            }
            guard byte == UInt8(ascii: "-"), digits >= (found == 0 ? 2 : 1) else { return nil }
            switch found {
            case 0: year = digits == 2 ? value + (value >= 69 ? 1900 : 2000) : value
            case 1: month = value
            default: return (year, month, value, length)
            }
            found += 1
            digits = 0
            value = 0
        }
        return nil
    }

    /// `YYYY-MM-DD`, zero-padded (the year has at most four digits).
    private static func text(of year: Int, _ month: Int, _ day: Int) -> String {
        var bytes = Array("0000-00-00".utf8)
        func put(_ number: Int, at start: Int, width: Int) {
            var rest = number
            for index in (start..<start + width).reversed() {
                bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
        }
        put(year, at: 0, width: 4)
        put(month, at: 5, width: 2)
        put(day, at: 8, width: 2)
        return String(decoding: bytes, as: UTF8.self)
    }
}
