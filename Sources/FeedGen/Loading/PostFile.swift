import Foundation

/// A Markdown file in the posts folder, before it is read.
public struct PostFile: Hashable, Sendable {
    /// The posts folder, shared by every file (one string, not one per post).
    var folder: String
    /// The path below the posts folder.
    public var relativePath: String
    /// How messages print the posts folder.
    var displayFolder: String

    /// `relativePath` below the posts `folder`, printed in messages below `displayFolder`.
    public init(folder: String, relativePath: String, displayFolder: String) {
        self.folder = folder
        self.relativePath = relativePath
        self.displayFolder = displayFolder
    }

    /// Where the file is on disk.
    public var path: String { folder + "/" + relativePath }

    /// The path printed in messages: relative to the working folder when below it.
    public var displayPath: String { displayFolder.isEmpty ? relativePath : displayFolder + "/" + relativePath }

    /// The file name without its extension (Jekyll's `basename_without_ext`).
    public var stem: String {
        let utf8 = relativePath.utf8
        let name = utf8.lastIndex(of: UInt8(ascii: "/")).map { Substring(utf8[utf8.index(after: $0)...]) } ?? Substring(relativePath)
        return name.utf8.lastIndex(of: UInt8(ascii: ".")).map { String(Substring(name.utf8[..<$0])) } ?? String(name)
    }

    /// `YYYY-MM-DD` from the file name, when it starts with one.
    public var nameDate: String? { Self.leadingDate(of: stem) }

    /// The file name without its date and extension.
    public var slug: String {
        let stem = stem
        return Self.leadingDate(of: stem) == nil ? stem : String(stem.dropFirst(11))
    }

    /// A file named `2024-07-01.md`: a date, and no slug after it.
    var stemIsOnlyADate: Bool {
        let stem = stem
        return stem.utf8.count == 10 && Self.leadingDate(of: stem + "-") != nil
    }

    /// `.md`, `.markdown`: the file name's extension.
    var extensionWithDot: String {
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        return name.lastIndex(of: ".").map { String(name[$0...]) } ?? ""
    }

    /// `2024-05-01-` at the start of a file name.
    private static func leadingDate(of stem: String) -> String? {
        let bytes = Array(stem.utf8.prefix(11))
        guard bytes.count == 11, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "-"),
              [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[$0]) })
        else { return nil }
        return String(decoding: bytes[0..<10], as: UTF8.self)
    }
}
