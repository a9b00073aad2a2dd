import Foundation

/// A Markdown file in the posts folder, before it is read.
public struct PostFile: Hashable, Sendable, Codable {
    public var url: URL
    /// The path printed in messages: relative to the working folder when below it.
    public var displayPath: String
    /// `YYYY-MM-DD` from the file name, when it starts with one.
    public var nameDate: String?
    /// The file name without its date and extension.
    public var slug: String

    /// Jekyll's and Hugo's post extensions.
    static let extensions: Set<String> = ["md", "markdown"]

    init(url: URL, displayPath: String) {
        self.url = url
        self.displayPath = displayPath
        let stem = url.deletingPathExtension().lastPathComponent
        if let date = Self.leadingDate(of: stem) {
            nameDate = date
            slug = String(stem.dropFirst(11))
        } else {
            nameDate = nil
            slug = stem
        }
    }

    /// `2024-05-01-` at the start of a file name.
    private static func leadingDate(of stem: String) -> String? {
        let bytes = Array(stem.utf8.prefix(11))
        guard bytes.count == 11, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "-"),
              [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[$0]) })
        else { return nil }
        return String(decoding: bytes[0..<10], as: UTF8.self)
    }

    /// Every post below `folder`, subfolders included, in a stable order.
    /// Hidden files and `_`-prefixed ones (Hugo's `_index.md`) are not posts.
    static func discover(in folder: URL, displayBase: String) throws(Diagnostic) -> [PostFile] {
        let folderPath = folder.standardizedFileURL.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folderPath, isDirectory: &isDirectory) else {
            throw .error(SourceLocation(path: displayBase), "the posts folder does not exist")
        }
        guard isDirectory.boolValue else { throw .error(SourceLocation(path: displayBase), "the posts folder is a file, not a folder") }
        guard FileManager.default.isReadableFile(atPath: folderPath),
              let enumerator = FileManager.default.enumerator(atPath: folderPath)
        else {
            throw .error(SourceLocation(path: displayBase), "the posts folder cannot be read (permission denied)")
        }
        var files: [PostFile] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") || name.hasPrefix("_") {
                if enumerator.fileAttributes?[.type] as? FileAttributeType == .typeDirectory { enumerator.skipDescendants() }
                continue
            }
            guard extensions.contains((name as NSString).pathExtension.lowercased()) else { continue }
            let url = URL(fileURLWithPath: folderPath + "/" + relative)
            files.append(PostFile(url: url, displayPath: displayBase + "/" + relative))
        }
        files.sort { $0.displayPath < $1.displayPath }
        return files
    }
}
