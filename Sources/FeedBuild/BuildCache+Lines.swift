import FeedModel
import FeedSupport
import Foundation
import SiteLoading

/// The cache file's lines. Each kind is one list of columns (an enum), in
/// the order they are written; one switch writes a column from the record
/// and one reads it back, so the compiler refuses a column written but not
/// read. Adding a fact to the cache is a case here and its two arms (and
/// raising `formatVersion`); nothing else counts or numbers fields.
protocol CacheLine: CaseIterable where AllCases == [Self] {
    associatedtype Record
    /// `allCases`, made once: a line is read or written per post.
    static var columns: [Self] { get }
    /// The line's first field.
    static var word: StaticString { get }
    /// What a line is read into before its columns.
    static var blank: Record { get }
    /// How many of the last columns a line may leave out together, and whether a record has them.
    static var optionalTail: Int { get }
    static func hasTail(_ record: Record) -> Bool
    static func write(_ column: Self, of record: Record, into line: inout BuildCache.LineWriter)
    /// `false` when the bytes are not such a column.
    static func read(_ column: Self, _ field: BuildCache.FieldBytes, into record: inout Record) -> Bool
}

extension CacheLine {
    static var optionalTail: Int { 0 }
    static func hasTail(_ record: Record) -> Bool { true }

    @inline(__always) static func write(_ record: Record, into line: inout BuildCache.LineWriter) {
        line.start(word)
        for column in columns.prefix(hasTail(record) ? columns.count : columns.count - optionalTail) {
            write(column, of: record, into: &line)
        }
        line.end()
    }

    /// Whether the line's fields (its word first) are one of this kind.
    static func holds(_ fields: [Range<Int>], in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        (fields.count - 1 == columns.count || fields.count - 1 == columns.count - optionalTail) && BuildCache.equals(fields[0], word, in: buffer)
    }

    /// The record of a line this kind `holds`; `nil` when a field is not what its column reads.
    @inline(__always) static func read(_ fields: [Range<Int>], in buffer: UnsafeBufferPointer<UInt8>) -> Record? {
        var record = blank
        for index in 1..<fields.count {
            guard read(columns[index - 1], BuildCache.FieldBytes(bytes: buffer[fields[index]]), into: &record) else { return nil }
        }
        return record
    }
}

extension BuildCache {
    /// `quiet`: what the last build depended on, when it found no error.
    enum QuietLine: CacheLine {
        case listing, drafts, future, dueFrom, dueUntil, postsDisplayPath
        static let word: StaticString = "quiet"
        static let columns = allCases
        static var blank: QuietBuild { QuietBuild() }

        static func write(_ column: Self, of quiet: QuietBuild, into line: inout LineWriter) {
            switch column {
            case .listing: line.field(quiet.listing.description)
            case .drafts: line.field(flag: quiet.includeDrafts)
            case .future: line.field(flag: quiet.includeFuture)
            case .dueFrom: line.field(date: quiet.due.lowerBound)
            case .dueUntil: line.field(date: quiet.due.upperBound)
            case .postsDisplayPath: line.field(quiet.postsDisplayPath)
            }
        }

        static func read(_ column: Self, _ field: FieldBytes, into quiet: inout QuietBuild) -> Bool {
            switch column {
            case .listing:
                guard let listing = PostListing.Fingerprint(Substring(field.text)) else { return false }
                quiet.listing = listing
            case .drafts:
                guard let flag = field.flag else { return false }
                quiet.includeDrafts = flag
            case .future:
                guard let flag = field.flag else { return false }
                quiet.includeFuture = flag
            case .dueFrom:
                guard let from = field.date else { return false }
                quiet.due = from..<from
            case .dueUntil:
                guard let until = field.date, quiet.due.lowerBound <= until else { return false }
                quiet.due = quiet.due.lowerBound..<until
            case .postsDisplayPath: quiet.postsDisplayPath = field.text
            }
            return true
        }
    }

    /// `warning`: one of the warnings a repeated report says again.
    enum WarningLine: CacheLine {
        case path, line, column, message
        static let word: StaticString = "warning"
        static let columns = allCases
        static var blank: Diagnostic { .warning(SourceLocation(path: ""), BuildReason.recorded("")) }

        static func write(_ column: Self, of warning: Diagnostic, into line: inout LineWriter) {
            switch column {
            case .path: line.field(warning.location.path)
            case .line: line.field(warning.location.line.map(String.init) ?? "")
            case .column: line.field(warning.location.column.map(String.init) ?? "")
            case .message: line.field(warning.message)
            }
        }

        static func read(_ column: Self, _ field: FieldBytes, into warning: inout Diagnostic) -> Bool {
            switch column {
            case .path: warning.location.path = field.text
            case .line:
                guard field.isEmpty || field.number != nil else { return false }
                warning.location.line = field.number.map { Int($0) }
            case .column:
                guard field.isEmpty || field.number != nil else { return false }
                warning.location.column = field.number.map { Int($0) }
            case .message: warning.message = field.text
            }
            return true
        }
    }

    /// `inputs`: the fingerprint of the posts and flags behind the published feeds.
    enum InputsLine: CacheLine {
        case fingerprint
        static let word: StaticString = "inputs"
        static let columns = allCases
        static var blank: String { "" }

        static func write(_ column: Self, of fingerprint: String, into line: inout LineWriter) {
            line.field(fingerprint)
        }

        static func read(_ column: Self, _ field: FieldBytes, into fingerprint: inout String) -> Bool {
            fingerprint = field.text
            return true
        }
    }

    /// `output`: a published feed as the last build left it.
    enum OutputLine: CacheLine {
        case name, format, entryCount, size, modified, changed, fitting
        static let word: StaticString = "output"
        static let columns = allCases
        static var blank: Output { Output(name: "", format: .atom, entryCount: 0, stamp: FileStamp(size: 0, modified: 0, changed: 0)) }

        static func write(_ column: Self, of output: Output, into line: inout LineWriter) {
            switch column {
            case .name: line.field(output.name)
            case .format: line.field(output.format.rawValue)
            case .entryCount: line.field(decimal: Int64(output.entryCount))
            case .size: line.field(decimal: output.stamp.size)
            case .modified: line.field(decimal: output.stamp.modified)
            case .changed: line.field(decimal: output.stamp.changed)
            // Nothing, or the number of entries left out, with `s` in front when summaries stood in for the content.
            case .fitting: line.field(output.fitting.map { ($0.summariesOnly ? "s" : "") + String($0.leftOut) } ?? "")
            }
        }

        static func read(_ column: Self, _ field: FieldBytes, into output: inout Output) -> Bool {
            switch column {
            case .name: output.name = field.text
            case .format:
                guard let format = FeedFormat(rawValue: field.text) else { return false }
                output.format = format
            case .entryCount:
                guard let count = field.number else { return false }
                output.entryCount = Int(count)
            case .size: return readStamp(\.size, field, into: &output.stamp)
            case .modified: return readStamp(\.modified, field, into: &output.stamp)
            case .changed: return readStamp(\.changed, field, into: &output.stamp)
            case .fitting:
                guard !field.isEmpty else { return true }
                let summariesOnly = field.bytes.first == UInt8(ascii: "s")
                guard let leftOut = BuildCache.number(field.bytes.dropFirst(summariesOnly ? 1 : 0)) else { return false }
                output.fitting = SizeFitting(leftOut: Int(leftOut), summariesOnly: summariesOnly)
            }
            return true
        }
    }

    /// `entry`: a post of the main feed, for `--verbose`.
    enum EntryLine: CacheLine {
        case relativePath, url
        static let word: StaticString = "entry"
        static let columns = allCases
        static var blank: (relativePath: String, url: String) { ("", "") }

        static func write(_ column: Self, of entry: (relativePath: String, url: String), into line: inout LineWriter) {
            switch column {
            case .relativePath: line.field(entry.relativePath)
            case .url: line.field(entry.url)
            }
        }

        static func read(_ column: Self, _ field: FieldBytes, into entry: inout (relativePath: String, url: String)) -> Bool {
            switch column {
            case .relativePath: entry.relativePath = field.text
            case .url: entry.url = field.text
            }
            return true
        }
    }

    /// `archive`: an archive page as the last build left it.
    enum ArchiveLine: CacheLine {
        case name, format, entryCount, size, modified, changed, fingerprint
        static let word: StaticString = "archive"
        static let columns = allCases
        /// Where a column is among a line's fields (the word first), for reading one without the others.
        static let nameField = 1 + columns.firstIndex(of: .name)!, formatField = 1 + columns.firstIndex(of: .format)!,
                   entryCountField = 1 + columns.firstIndex(of: .entryCount)!
        static var blank: ArchivePage { ArchivePage(name: "", format: .atom, entryCount: 0, stamp: FileStamp(size: 0, modified: 0, changed: 0), fingerprint: "") }

        static func write(_ column: Self, of page: ArchivePage, into line: inout LineWriter) {
            switch column {
            case .name: line.field(page.name)
            case .format: line.field(page.format.rawValue)
            case .entryCount: line.field(decimal: Int64(page.entryCount))
            case .size: line.field(decimal: page.stamp.size)
            case .modified: line.field(decimal: page.stamp.modified)
            case .changed: line.field(decimal: page.stamp.changed)
            case .fingerprint: line.field(page.fingerprint)
            }
        }

        static func read(_ column: Self, _ field: FieldBytes, into page: inout ArchivePage) -> Bool {
            switch column {
            case .name: page.name = field.text
            case .format:
                guard let format = FeedFormat(rawValue: field.text) else { return false }
                page.format = format
            case .entryCount:
                guard let count = field.number else { return false }
                page.entryCount = Int(count)
            case .size: return readStamp(\.size, field, into: &page.stamp)
            case .modified: return readStamp(\.modified, field, into: &page.stamp)
            case .changed: return readStamp(\.changed, field, into: &page.stamp)
            case .fingerprint: page.fingerprint = field.text
            }
            return true
        }
    }

    /// `archives`: the archive folder's own stamp after the last build. A
    /// repeated report trusts the pages while it holds: every page is written
    /// to a temporary file renamed into that folder, which moves its times,
    /// as do pages removed, added or renamed by anyone (see `untouchedArchives`).
    enum ArchiveFolderLine: CacheLine {
        case size, modified, changed
        static let word: StaticString = "archives"
        static let columns = allCases
        static var blank: FileStamp { FileStamp(size: 0, modified: 0, changed: 0) }

        static func write(_ column: Self, of stamp: FileStamp, into line: inout LineWriter) {
            switch column {
            case .size: line.field(decimal: stamp.size)
            case .modified: line.field(decimal: stamp.modified)
            case .changed: line.field(decimal: stamp.changed)
            }
        }

        static func read(_ column: Self, _ field: FieldBytes, into stamp: inout FileStamp) -> Bool {
            switch column {
            case .size: readStamp(\.size, field, into: &stamp)
            case .modified: readStamp(\.modified, field, into: &stamp)
            case .changed: readStamp(\.changed, field, into: &stamp)
            }
        }
    }

    /// `post`, most of the file: the facts of one post that have settled.
    enum PostLine: CacheLine {
        case path, size, modified, changed, date, draft, permalink, permalinkLine, id, categories, tags
        /// A Hugo site's posts only: Hugo's order besides the date.
        case hugoWeight, hugoLinkTitle
        static let word: StaticString = "post"
        static let columns = allCases
        static var blank: PostRecord { PostRecord() }
        static let optionalTail = 2
        static func hasTail(_ post: PostRecord) -> Bool { post.written?.hugoOrder != nil }

        @inline(__always) static func write(_ column: Self, of post: PostRecord, into line: inout LineWriter) {
            // Straight from the post's facts: one line per post is written on every build that changes anything.
            let facts = post.written!
            switch column {
            case .path: line.field(facts.file.relativePath)
            case .size: line.field(decimal: post.stamp.size)
            case .modified: line.field(decimal: post.stamp.modified)
            case .changed: line.field(decimal: post.stamp.changed)
            case .date: line.field(date: facts.date)
            case .draft: line.field(flag: facts.isDraft)
            case .permalink: line.field(facts.permalinkPath)
            case .permalinkLine: line.field(decimal: Int64(facts.permalinkLine ?? 0))
            // `=` and the id, so that an empty id is not taken for none.
            case .id: line.field(facts.id.map { "=" + $0 } ?? "")
            case .categories: line.list(facts.categories)
            case .tags: line.list(facts.tags)
            case .hugoWeight: line.field(decimal: Int64(facts.hugoOrder?.weight ?? 0))
            case .hugoLinkTitle: line.field(facts.hugoOrder?.linkTitle ?? "")
            }
        }

        @inline(__always) static func read(_ column: Self, _ field: FieldBytes, into post: inout PostRecord) -> Bool {
            switch column {
            // Matched against the listing before the line is read (both are in path order).
            case .path: return true
            case .size:
                guard let size = field.number else { return false }
                post.stamp.size = size
            case .modified:
                guard let modified = field.number else { return false }
                post.stamp.modified = modified
            case .changed:
                guard let changed = field.number else { return false }
                post.stamp.changed = changed
            case .date:
                guard let date = field.date else { return false }
                post.date = date
            case .draft:
                guard let flag = field.flag else { return false }
                post.isDraft = flag
            case .permalink: post.permalinkPath = field.text
            case .permalinkLine:
                guard let line = field.number else { return false }
                post.permalinkLine = line == 0 ? nil : Int(line)
            case .id:
                if !field.isEmpty {
                    guard field.bytes.first == UInt8(ascii: "=") else { return false }
                    post.id = FieldBytes(bytes: field.bytes.dropFirst()).text
                }
            case .categories: post.categories = field.list
            case .tags: post.tags = field.list
            case .hugoWeight:
                guard let weight = field.number else { return false }
                post.hugoOrder = .init(weight: Int(weight), linkTitle: "")
            case .hugoLinkTitle: post.hugoOrder?.linkTitle = field.text
            }
            return true
        }
    }

    /// A file time or size into a stamp.
    private static func readStamp(_ part: WritableKeyPath<FileStamp, Int64>, _ field: FieldBytes, into stamp: inout FileStamp) -> Bool {
        guard let value = field.number else { return false }
        stamp[keyPath: part] = value
        return true
    }

    /// A `post` line: written from a post's facts and its stamp, read into the
    /// fields its new facts are made of.
    struct PostRecord {
        /// The post written; `nil` while a line is read.
        var written: PostFacts?
        var stamp = FileStamp(size: 0, modified: 0, changed: 0)
        var date = Date(timeIntervalSince1970: 0)
        var isDraft = false
        var permalinkPath = ""
        var permalinkLine: Int?
        var id: String?
        var categories: [String] = []
        var tags: [String] = []
        var hugoOrder: PostFacts.HugoOrder?

        init() {}

        init(_ facts: PostFacts, stamp: FileStamp) {
            (written, self.stamp) = (facts, stamp)
        }

        consuming func facts(of file: PostFile) -> PostFacts {
            PostFacts(file: file, stamp: stamp, date: date, isDraft: isDraft, permalinkPath: permalinkPath, id: id, permalinkLine: permalinkLine,
                      categories: categories, tags: tags, hugoOrder: hugoOrder)
        }
    }

    /// A field's bytes in the file as read.
    struct FieldBytes {
        let bytes: Slice<UnsafeBufferPointer<UInt8>>
        var isEmpty: Bool { bytes.isEmpty }
        var text: String { String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self) }
        var number: Int64? { BuildCache.number(bytes) }
        var flag: Bool? {
            guard bytes.count == 1 else { return nil }
            switch bytes.first {
            case UInt8(ascii: "0"): return false
            case UInt8(ascii: "1"): return true
            default: return nil
            }
        }
        /// A date as the bit pattern of its seconds since 1970, so that it comes back exactly.
        var date: Date? { BuildCache.number(bytes, radix: 16).map { Date(timeIntervalSince1970: Double(bitPattern: UInt64(bitPattern: $0))) } }
        /// Names separated by U+001F.
        var list: [String] { isEmpty ? [] : bytes.split(separator: 0x1F, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) } }
    }
}

extension BuildCache.QuietBuild {
    /// What a `quiet` line is read into.
    init() {
        self.init(listing: PostListing.Fingerprint(hashes: []), includeDrafts: false, includeFuture: false,
                  due: Date(timeIntervalSince1970: 0)..<Date(timeIntervalSince1970: 0), postsDisplayPath: "")
    }
}
