import Foundation

/// A Markdown file in the posts folder, before it is read.
public struct PostFile: Hashable, Sendable {
    /// The posts folder, shared by every file (one string, not one per post).
    var folder: String
    /// The path below the posts folder.
    public var relativePath: String
    /// How messages print the posts folder.
    var displayFolder: String

    /// Jekyll's and Hugo's post extensions.
    static let extensions: Set<String> = ["md", "markdown"]

    init(folder: String, relativePath: String, displayFolder: String) {
        self.folder = folder
        self.relativePath = relativePath
        self.displayFolder = displayFolder
    }

    /// Where the file is on disk.
    public var path: String { folder + "/" + relativePath }

    /// The path printed in messages: relative to the working folder when below it.
    public var displayPath: String { displayFolder + "/" + relativePath }

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
        var relativePaths: [String] = []
        var unreadable: [String] = []
        walk(root, relative: "", into: &relativePaths, unreadable: &unreadable)
        if let first = unreadable.first {
            let place = first.isEmpty ? displayBase : displayBase + "/" + first
            throw .error(SourceLocation(path: place), "the folder cannot be read: \(String(cString: strerror(EACCES)))")
        }
        relativePaths.sort()
        return relativePaths.map { PostFile(folder: root, relativePath: $0, displayFolder: displayBase) }
    }

    /// Reads folders with `readdir`, which is several times faster than
    /// `FileManager`'s enumerator on a posts folder of 100,000 files.
    private static func walk(_ folder: String, relative: String, into files: inout [String], unreadable: inout [String]) {
        guard let directory = opendir(folder) else {
            unreadable.append(relative)
            return
        }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            // Look at the raw name first: most entries are posts, and only they become strings.
            let name: String? = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let bytes = raw.bindMemory(to: UInt8.self)
                let length = strnlen(raw.baseAddress!.assumingMemoryBound(to: CChar.self), bytes.count)
                guard length > 0, bytes[0] != UInt8(ascii: "."), bytes[0] != UInt8(ascii: "_") else { return nil }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<length]), as: UTF8.self)
            }
            guard let name else { continue }
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) || entry.pointee.d_type == UInt8(DT_LNK) {
                var status = stat()
                isFolder = stat(folder + "/" + name, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
            }
            if isFolder {
                walk(folder + "/" + name, relative: relativePath, into: &files, unreadable: &unreadable)
            } else if hasPostExtension(name) {
                files.append(relativePath)
            }
        }
    }

    /// `.md` or `.markdown`, in any case.
    private static func hasPostExtension(_ name: String) -> Bool {
        let utf8 = name.utf8
        guard let dot = utf8.lastIndex(of: UInt8(ascii: ".")) else { return false }
        let suffix = utf8[utf8.index(after: dot)...]
        guard suffix.count == 2 || suffix.count == 8 else { return false }
        return extensions.contains(String(decoding: suffix, as: UTF8.self).lowercased())
    }
}
