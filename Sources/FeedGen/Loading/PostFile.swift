import Foundation

/// A Markdown file in the posts folder, before it is read.
public struct PostFile: Hashable, Sendable, Codable {
    /// Where the file is on disk.
    public var path: String
    /// The path printed in messages: relative to the working folder when below it.
    public var displayPath: String
    /// The file name without its extension (Jekyll's `basename_without_ext`).
    public var stem: String
    /// `YYYY-MM-DD` from the file name, when it starts with one.
    public var nameDate: String?
    /// The file name without its date and extension.
    public var slug: String

    /// Jekyll's and Hugo's post extensions.
    static let extensions: Set<String> = ["md", "markdown"]

    init(path: String, displayPath: String) {
        self.path = path
        self.displayPath = displayPath
        let name = path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
        stem = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
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
        let root = folder.standardizedFileURL.path
        var status = stat()
        guard stat(root, &status) == 0 else {
            throw .error(SourceLocation(path: displayBase), errno == ENOENT ? "the posts folder does not exist" : "the posts folder cannot be read: \(String(cString: strerror(errno)))")
        }
        guard status.st_mode & S_IFMT == S_IFDIR else { throw .error(SourceLocation(path: displayBase), "the posts folder is a file, not a folder") }
        var files: [PostFile] = []
        var unreadable: [String] = []
        walk(root, relative: "", displayBase: displayBase, into: &files, unreadable: &unreadable)
        if let first = unreadable.first {
            let place = first.isEmpty ? displayBase : displayBase + "/" + first
            throw .error(SourceLocation(path: place), "the folder cannot be read: \(String(cString: strerror(EACCES)))")
        }
        files.sort { $0.displayPath < $1.displayPath }
        return files
    }

    /// Reads folders with `readdir`, which is several times faster than
    /// `FileManager`'s enumerator on a posts folder of 100,000 files.
    private static func walk(_ folder: String, relative: String, displayBase: String, into files: inout [PostFile], unreadable: inout [String]) {
        guard let directory = opendir(folder) else {
            unreadable.append(relative)
            return
        }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name.hasPrefix(".") || name.hasPrefix("_") { continue }
            let path = folder + "/" + name
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) || entry.pointee.d_type == UInt8(DT_LNK) {
                var status = stat()
                isFolder = stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
            }
            if isFolder {
                walk(path, relative: relativePath, displayBase: displayBase, into: &files, unreadable: &unreadable)
            } else if let dot = name.lastIndex(of: "."), extensions.contains(name[name.index(after: dot)...].lowercased()) {
                files.append(PostFile(path: path, displayPath: displayBase + "/" + relativePath))
            }
        }
    }
}
