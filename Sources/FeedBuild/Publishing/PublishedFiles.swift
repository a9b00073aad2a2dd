import FeedSupport
import Foundation

/// The record, kept in the output folder, of the files feedgen published
/// there and of the post each published entry id came from: feedgen removes
/// only files it published, never overwrites one it did not, and the publish
/// guard recognises a post whose id changed by its path.
///
/// A text file, one record per line, fields separated by tabs:
///
///     feedgen-published 2
///     file <name below the output folder>
///     post <entry id> <path of its post below the site's folder>
///
/// The files are every feed and every archive page (RFC 5005). A record of
/// version 1 (feedgen before the archive pages were recorded) names only
/// the feeds: its archive pages are told by what they say, as in a folder
/// without a record.
///
/// Unlike the build cache it is needed for correctness, so it is flushed
/// like a feed. It is written before the feeds (naming the old and the new
/// files) and again after them (the new ones): a crash in between leaves a
/// record naming files that may be gone, never a published file it misses.
struct PublishedFiles: Equatable {
    static let fileName = ".feedgen-published"
    private static let header = "feedgen-published 2"
    private static let headerWithoutArchivePages = "feedgen-published 1"

    /// Names below the output folder, sorted.
    var files: [String] = []
    /// Entry id → path of its post below the site's folder (the config's
    /// folder), so that a post moved to another posts folder is another post;
    /// absolute when the post is outside the site's folder.
    var posts: [String: String] = [:]
    /// Whether `files` names the archive pages too: false for a record of version 1.
    var namesArchivePages = true

    /// The record in `folder`; `nil` when there is none (a folder feedgen
    /// never published into, or one from before feedgen kept the record),
    /// or when it is not one.
    static func read(in folder: URL) -> PublishedFiles? {
        guard let bytes = OutputFolder.bytes(fileName, in: folder) else { return nil }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == Substring(header) || lines.first == Substring(headerWithoutArchivePages) else { return nil }
        var record = PublishedFiles()
        record.namesArchivePages = lines.first == Substring(header)
        for line in lines.dropFirst() where !line.isEmpty {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch (fields.first, fields.count) {
            case ("file", 2): record.files.append(fields[1])
            case ("post", 3): record.posts[fields[1]] = fields[2]
            default: return nil
            }
        }
        record.files.sort()
        return record
    }

    var text: String {
        var text = Self.header + "\n"
        for name in files.sorted() where Self.fits(name) { text += "file\t\(name)\n" }
        for (id, path) in posts.sorted(by: { $0.key < $1.key }) where Self.fits(id) && Self.fits(path) {
            text += "post\t\(id)\t\(path)\n"
        }
        return text
    }

    /// How the record names a post.
    static func key(ofPost path: String, site: URL) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let prefix = site.standardizedFileURL.path + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
    }

    /// A post the record names, as messages print it.
    static func displayPath(ofPost key: String, site: URL) -> String {
        DisplayPath.of(key.hasPrefix("/") ? URL(fileURLWithPath: key) : site.appendingPathComponent(key))
    }

    func write(in folder: URL) throws(Diagnostic) {
        _ = try AtomicFile.write(Array(text.utf8), to: folder.appendingPathComponent(Self.fileName))
    }

    /// A name with a tab or a newline cannot be a field; such an id is simply not recorded.
    private static func fits(_ field: String) -> Bool {
        !field.contains("\t") && !field.contains("\n")
    }
}
