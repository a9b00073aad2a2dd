import Dispatch
import FeedSupport
import Foundation

/// The posts folder as read from disk: every post's path below it, with its
/// stamp (size, modification and status-change times), and a fingerprint of them all. This is all a
/// repeated build looks at, so it is made without a string per post, and the
/// files are stat'ed on the other cores while the folders are still being read.
package struct PostFolderScan {
    /// The posts folder, as a path.
    let folder: String
    /// How messages print the posts folder.
    let displayFolder: String
    /// The posts in the order the folders listed them.
    let batches: [Batch]
    package let fingerprint: PostListing.Fingerprint
    /// When the scan began, and the latest change time among the posts, in
    /// nanoseconds since 1970.
    package let startedAt: Int64
    package let newestChange: Int64
    /// Files below the posts folder that are not read: links out of the
    /// site, FIFOs, sockets and devices (warnings), names that are not UTF-8 (errors).
    package let problems: [Diagnostic]
    /// In the `.hugo` layout, the sections' `_index` files (paths below the folder): their
    /// front matter (`cascade`) and their being there (nested sections) shape the pages.
    package var sectionIndexes: [String] = []

    package var count: Int { batches.reduce(0) { $0 + $1.starts.count } }

    /// Posts read from the folders, stat'ed as one job. Filled by the walk,
    /// then handed to exactly one job: never shared while it changes.
    final class Batch: @unchecked Sendable {
        /// Paths below the posts folder, each followed by a NUL, as `fstatat` takes them.
        fileprivate(set) var names: [UInt8] = []
        /// Where each path starts in `names`.
        fileprivate(set) var starts: [Int] = []
        /// Each file's stamp (`nil` for one that vanished in between); empty when not stat'ed.
        fileprivate(set) var stamps: [FileStamp?] = []
        fileprivate var hashes = PostListing.Fingerprint(hashes: [])
        fileprivate var newestChange = Int64.min

        /// Where the path at `index` is in `names`, without its NUL.
        func range(_ index: Int) -> Range<Int> {
            starts[index]..<(index + 1 < starts.count ? starts[index + 1] : names.count) - 1
        }

        fileprivate func stamp(in folder: Int32) {
            var hashes: [UInt64] = []
            hashes.reserveCapacity(starts.count)
            stamps.reserveCapacity(starts.count)
            names.withUnsafeBufferPointer { all in
                for index in starts.indices {
                    let path = UnsafeBufferPointer(rebasing: all[range(index)])
                    let stamp = path.withMemoryRebound(to: CChar.self) { FileStamp(relativePath: $0.baseAddress!, in: folder) }
                    stamps.append(stamp)
                    newestChange = max(newestChange, stamp?.changed ?? .max)
                    hashes.append(PostListing.Fingerprint.hash(path, stamp))
                }
            }
            self.hashes = PostListing.Fingerprint(hashes: hashes)
        }
    }

    /// Which files below the folder are posts.
    package enum Layout: Equatable {
        /// Every post file below the folder.
        case posts
        /// A Jekyll site's folder: the post files in `_posts/` and in every
        /// `<category>/_posts/`, and in `_drafts/` too when `drafts`; other
        /// folders are only looked through for those, skipping `exclude:`.
        case jekyll(drafts: Bool, excluded: [String])
        /// A Hugo site's content: every content file below the folder, HTML ones (`.html`, `.htm`) too.
        case hugo
    }

    /// Posts per stat job: enough to be worth a thread hop, few enough to spread.
    private static let batchSize = 1024

    /// Every post below `folder`, subfolders included, stat'ed on the other
    /// cores (unless `threads` is 1) unless `stamped` is false: a build without
    /// the cache has no use for stamps. Hidden files and `_`-prefixed ones
    /// are not posts (in the `.hugo` layout only Hugo's `_index.md`: `_posts/` is read); a folder reached again through a
    /// symbolic link is not read twice. Links are followed only while they
    /// stay inside `boundary` (by default the posts folder's parent).
    package static func read(_ folder: URL, displayBase: String, threads: Int, stamped: Bool = true, boundary: SiteBoundary? = nil, layout: Layout = .posts) throws(Diagnostic) -> PostFolderScan {
        let startedAt = FileStamp.now
        let root = folder.standardizedFileURL.path
        var status = stat()
        guard stat(root, &status) == 0 else {
            throw .error(SourceLocation(path: displayBase), errno == ENOENT ? PostReason.postsFolderMissing : .postsFolderUnreadable(errno))
        }
        guard status.st_mode & S_IFMT == S_IFDIR else { throw .error(SourceLocation(path: displayBase), PostReason.postsFolderIsAFile) }
        // Relative to the open folder, which spares the kernel walking the folder's own path for every file.
        let descriptor = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .error(SourceLocation(path: displayBase), PostReason.postsFolderUnreadable(errno)) }
        defer { close(descriptor) }

        let jobs = DispatchGroup()
        let boundary = boundary ?? SiteBoundary(siteFolder: folder.deletingLastPathComponent(), postsFolder: folder)
        var walk = FolderWalk(batchSize: batchSize, displayBase: displayBase, boundary: boundary, layout: layout) { batch in
            guard stamped else { return }
            if threads > 1 {
                DispatchQueue.global().async(group: jobs) { batch.stamp(in: descriptor) }
            } else {
                batch.stamp(in: descriptor)
            }
        }
        walk.visit(root, relative: [], place: layout == .posts || layout == .hugo ? .posts : .outside)
        walk.finish()
        jobs.wait()
        if let first = walk.unreadable.first {
            let place = first.isEmpty ? displayBase : displayBase.isEmpty ? first : displayBase + "/" + first
            throw .error(SourceLocation(path: place), PostReason.folderUnreadable(EACCES))
        }
        // A file skipped with a warning is part of the fingerprint, so that a build
        // that repeats the last report says the warnings of the files there now.
        let skipped = walk.skipped.map { name in name.withUnsafeBufferPointer { PostListing.Fingerprint.hash($0, nil) } }
        return PostFolderScan(
            folder: root, displayFolder: displayBase, batches: walk.batches,
            fingerprint: PostListing.Fingerprint(combining: walk.batches.map(\.hashes) + [PostListing.Fingerprint(hashes: skipped)]),
            startedAt: startedAt, newestChange: walk.batches.map(\.newestChange).max() ?? .min, problems: walk.problems,
            sectionIndexes: walk.sectionIndexes
        )
    }
}

/// Reads folders with `readdir`, which is several times faster than
/// `FileManager`'s enumerator on a posts folder of 100,000 files.
private struct FolderWalk {
    let batchSize: Int
    let displayBase: String
    let boundary: SiteBoundary
    /// Called with each full batch, and the last one.
    let submit: (PostFolderScan.Batch) -> Void
    private(set) var batches: [PostFolderScan.Batch] = []
    /// Folders that could not be opened, below the posts folder.
    private(set) var unreadable: [String] = []
    private(set) var problems: [Diagnostic] = []
    /// Paths below the posts folder of the files and folders not read.
    private(set) var skipped: [[UInt8]] = []
    /// Paths below the posts folder of Hugo's `_index` files.
    private(set) var sectionIndexes: [String] = []
    /// Device and inode of every folder entered: a symbolic link back up the
    /// tree, or to a folder read already, is not followed again.
    private var visited: Set<[UInt64]> = []

    let layout: PostFolderScan.Layout

    init(batchSize: Int, displayBase: String, boundary: SiteBoundary, layout: PostFolderScan.Layout, submit: @escaping (PostFolderScan.Batch) -> Void) {
        self.batchSize = batchSize
        self.displayBase = displayBase
        self.boundary = boundary
        self.layout = layout
        self.submit = submit
        batches = [PostFolderScan.Batch()]
    }

    /// Where a folder is: below a folder whose files are posts (always, in the `.posts`
    /// and `.hugo` layouts), or not.
    enum Place {
        case outside
        case posts
        /// Below a Jekyll site's `_posts/`, whose files Jekyll reads only when their
        /// names start with a date (`PostFile.isJekyllPostName`); it skips the others.
        case datedPosts
    }

    mutating func visit(_ folder: String, relative: [UInt8], place: Place) {
        guard let directory = opendir(folder) else {
            unreadable.append(String(decoding: relative, as: UTF8.self))
            return
        }
        defer { closedir(directory) }
        var status = stat()
        guard fstat(dirfd(directory), &status) == 0, visited.insert([UInt64(status.st_dev), UInt64(status.st_ino)]).inserted else { return }
        var subfolders: [(name: [UInt8], place: Place)] = []
        while let entry = readdir(directory) {
            if case .outside = place, case .jekyll(let drafts, let excluded) = layout {
                // Outside `_posts/`: only folders, `_posts` and `_drafts` among them, are of interest.
                guard let (name, kind) = classify(entry, in: folder, allowUnderscore: true), case .folder = kind else { continue }
                let path = relative.isEmpty ? Array(name) : relative + [UInt8(ascii: "/")] + Array(name)
                if name.elementsEqual("_posts".utf8) {
                    subfolders.append((Array(name), .datedPosts))
                } else if drafts && name.elementsEqual("_drafts".utf8) {
                    subfolders.append((Array(name), .posts))
                } else if name.first != UInt8(ascii: "_"), !excluded.contains(where: { $0.utf8.elementsEqual(path) || $0.utf8.elementsEqual(path + [UInt8(ascii: "/")]) }),
                          !Self.jekyllExcludes.contains(where: { $0.utf8.elementsEqual(path) }) {
                    subfolders.append((Array(name), .outside))
                }
                continue
            }
            // Hugo reads `_`-prefixed files and folders (`_posts/`) as any other, but for the `_index` of a section.
            guard let (name, kind) = classify(entry, in: folder, allowUnderscore: layout == .hugo) else { continue }
            if layout == .hugo, case .post = kind, name.starts(with: "_index.".utf8) {
                sectionIndexes.append(String(decoding: relative.isEmpty ? Array(name) : relative + [UInt8(ascii: "/")] + Array(name), as: UTF8.self))
                continue
            }
            switch kind {
            case .folder: subfolders.append((Array(name), place))
            case .post:
                if case .datedPosts = place, !PostFile.isJekyllPostName(name) { continue }
                add(relative, name)
            case .skipped(let severity, let reason):
                let path = relative.isEmpty ? Array(name) : relative + [UInt8(ascii: "/")] + name
                skipped.append(path)
                problems.append(Diagnostic(severity, SourceLocation(path: (displayBase.isEmpty ? "" : displayBase + "/") + DisplayPath.escaping(path)), reason))
            }
        }
        // In name order, not the folder's own: a folder reachable twice (through a
        // symbolic link) is then always read under the same name.
        for (name, below) in subfolders.sorted(by: { $0.name.lexicographicallyPrecedes($1.name) }) {
            visit(folder + "/" + String(decoding: name, as: UTF8.self), relative: relative.isEmpty ? name : relative + [UInt8(ascii: "/")] + name, place: below)
        }
    }

    private mutating func add(_ relative: [UInt8], _ name: UnsafeRawBufferPointer) {
        let batch = batches[batches.count - 1]
        batch.starts.append(batch.names.count)
        if !relative.isEmpty { batch.names += relative + [UInt8(ascii: "/")] }
        batch.names += name
        batch.names.append(0)
        if batch.starts.count == batchSize {
            submit(batch)
            batches.append(PostFolderScan.Batch())
        }
    }

    mutating func finish() {
        if let last = batches.last, !last.starts.isEmpty { submit(last) }
    }

    /// Folders Jekyll never reads (its default `exclude:`), which can be large.
    static let jekyllExcludes = ["node_modules", "vendor", "gemfiles"]

    enum Kind {
        case post
        case folder
        /// Not read, and why. Boxed: a reason is much larger than the other
        /// cases, and every name the walk classifies would copy its size.
        indirect case skipped(Diagnostic.Severity, PostReason)
    }

    /// The name of a post or a folder (valid until the next `readdir`), or
    /// of one that is not read and why; `nil` for anything else. Only the
    /// rare links and unknown types cost a `stat`.
    private func classify(_ entry: UnsafeMutablePointer<dirent>, in folder: String, allowUnderscore: Bool = false) -> (name: UnsafeRawBufferPointer, kind: Kind)? {
        let start = UnsafeRawPointer(entry) + MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        let name = UnsafeRawBufferPointer(start: start, count: strlen(start.assumingMemoryBound(to: CChar.self)))
        guard !name.isEmpty, name[0] != UInt8(ascii: "."), allowUnderscore || name[0] != UInt8(ascii: "_") else { return nil }
        let isLink = entry.pointee.d_type == UInt8(DT_LNK)
        let path = { folder + "/" + String(decoding: name, as: UTF8.self) }
        var mode = Self.mode(ofType: entry.pointee.d_type)
        if isLink || entry.pointee.d_type == UInt8(DT_UNKNOWN) {
            var status = stat()
            // A dangling link is left to the reader, which says so.
            guard stat(path(), &status) == 0 else { return hasPostExtension(name) ? (name, .post) : nil }
            mode = status.st_mode & S_IFMT
        }
        let isFolder = mode == S_IFDIR
        guard isFolder || hasPostExtension(name) else { return nil }
        let what = isFolder ? "folder" : "post"
        // Most names are ASCII; the validation of the others is costly enough
        // (through a raw buffer) to skip for 100,000 names on every build.
        if !name.allSatisfy({ $0 < 0x80 }), String(validating: name, as: UTF8.self) == nil {
            return (name, .skipped(.error, .nameNotUTF8(what: what, isFolder: isFolder)))
        }
        if isLink, !boundary.contains(path()) {
            return (name, .skipped(.warning, .linkOutsideSite(what: what, target: SiteBoundary.target(of: path()))))
        }
        if let kind = PostReadError.kind(ofMode: mode) {
            return (name, .skipped(.warning, .unreadable(.notRegular(kind))))
        }
        return (name, isFolder ? .folder : .post)
    }

    /// The file type `readdir` gave, as `st_mode` spells it.
    private static func mode(ofType type: UInt8) -> mode_t {
        switch Int(type) {
        case DT_DIR: S_IFDIR
        case DT_REG: S_IFREG
        case DT_FIFO: S_IFIFO
        case DT_SOCK: S_IFSOCK
        case DT_CHR: S_IFCHR
        case DT_BLK: S_IFBLK
        default: S_IFREG
        }
    }

    /// `.md` or `.markdown`, in any case (Jekyll's and Hugo's post extensions);
    /// on a Hugo site also its other Markdown one, `.mdown`, and its HTML content files.
    private func hasPostExtension(_ name: UnsafeRawBufferPointer) -> Bool {
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")) else { return false }
        let suffix = name[(dot + 1)...].lazy.map { $0 | 0x20 }  // ASCII lower case; a non-letter never matches
        if suffix.elementsEqual("md".utf8) || suffix.elementsEqual("markdown".utf8) { return true }
        return layout == .hugo && (suffix.elementsEqual("html".utf8) || suffix.elementsEqual("htm".utf8) || suffix.elementsEqual("mdown".utf8))
    }
}
