import FeedModel
import FeedSupport
import FeedWriters
import Foundation
import SiteLoading

/// What the previous build learnt, kept in the output folder so that a
/// repeated build only stats the posts. Safe to delete; `--no-cache` ignores it.
///
/// A text file, one record per line, fields separated by tabs, the names in a
/// list by U+001F (unit separator); each kind of line is one list of columns
/// in `BuildCache+Lines.swift`:
///
///     feedgen-cache <formatVersion> <feedgen version> <config fingerprint>
///     quiet <posts listing> <drafts 0|1> <future 0|1> <due from: date bits> <due until: date bits> <posts folder as printed>
///     warning <path> <line or nothing> <column or nothing> <message>
///     inputs <fingerprint of the posts and flags behind the published feeds>
///     output <file name> <format> <entry count> <size> <mtime ns> <ctime ns> <max_bytes fitting: nothing, or [s]<entries left out>>
///     entry <path below the posts folder> <permalink URL>
///     archives <archive folder's size> <mtime ns> <ctime ns>
///     archive <file name> <format> <entry count> <size> <mtime ns> <ctime ns> <page fingerprint>
///     post <path below the posts folder> <size> <mtime ns> <ctime ns> <date bits> <draft 0|1> <permalink> <permalink line> <=id or nothing> <categories> <tags> [<Hugo weight> <Hugo link title>]
///     end <number of bytes before this line>
///
/// `quiet` is written after a build that found no error, when no post changed
/// within the settling time: when the config (the header), the listing, the
/// flags, the clock's window, the folder's printed path and the published
/// files' stamps match, the next build repeats its report, warnings included,
/// without reading further. The `post` lines, which are most of the
/// file, are only parsed when something changed; so are the `archive`
/// lines (15,000 at 100,000 posts), which a repeated report only counts,
/// field by field in the bytes, trusting the pages while their folder's
/// stamp (the `archives` line) holds.
struct BuildCache {
    static let fileName = ".feedgen-cache"
    static let formatVersion = "8"

    /// What the last build depended on, when it reported no error.
    struct QuietBuild: Equatable {
        var listing: PostListing.Fingerprint
        var includeDrafts: Bool
        var includeFuture: Bool
        /// The clock may move within this window without making a post due
        /// or not yet due: from the newest post date up to the build's clock to
        /// the oldest one after it.
        var due: Range<Date>
        /// Messages name posts by this path.
        var postsDisplayPath: String
        var warnings: [Diagnostic] = []
    }

    /// A published file as the last build left it.
    struct Output: Equatable {
        var name: String
        var format: FeedFormat
        var entryCount: Int
        var stamp: FileStamp
        /// What `"max_bytes"` left out, for the report; `s` in front when summaries stood in for the content.
        var fitting: SizeFitting?
    }

    /// An archive page as the last build left it (see `ArchivePlan.Page.fingerprint`).
    struct ArchivePage: Equatable {
        var name: String
        var format: FeedFormat
        var entryCount: Int
        var stamp: FileStamp
        var fingerprint: String
    }

    /// Identifies the config and feedgen version the facts were read with.
    var configFingerprint: String
    var quiet: QuietBuild?
    var inputsFingerprint = ""
    var outputs: [Output] = []
    /// The main feed's posts, newest first, for `--verbose`.
    var entries: [(relativePath: String, url: String)] = []
    /// The archive pages, oldest first, each format's in turn: those to
    /// write, or, in a cache read, those of `readArchivePages()`.
    var archivePages: [ArchivePage] = []
    /// The archive folder's stamp when the last build had pages.
    var archiveFolder: FileStamp?
    /// Facts of the posts that had no problem, in path order.
    var posts: [PostFacts] = []
    /// The file as read: its `post` lines are parsed only when asked for.
    private var stored: (bytes: Data, posts: Range<Int>, firstLine: Int, archives: Range<Int>, archivesFirstLine: Int, path: String)?

    init(configFingerprint: String) {
        self.configFingerprint = configFingerprint
    }

    /// The first line: a cache of another feedgen, format or config is not this one's.
    private var header: String {
        "feedgen-cache \(Self.formatVersion) \(FeedGenerator.version) \(configFingerprint)"
    }

    /// The cache in `folder`, if this feedgen wrote it for this config. A file
    /// that is not a cache, or is damaged, gives a warning and no cache.
    static func read(in folder: URL, configFingerprint: String) -> (BuildCache?, Diagnostic?) {
        let url = folder.appendingPathComponent(fileName)
        // Read, not mapped: a file cut short by someone else during the build must not crash it.
        // Never through a link planted in its place.
        guard case .success(let descriptor) = OutputFolder.open(folder, create: false) else { return (nil, nil) }
        defer { close(descriptor) }
        guard case .success(let file) = OutputFolder.read(fileName, in: descriptor), let read = file.bytes else { return (nil, nil) }
        let bytes = Data(read)
        var cache = BuildCache(configFingerprint: configFingerprint)
        switch bytes.withUnsafeBytes({ cache.parseHead($0.bindMemory(to: UInt8.self)) }) {
        case .valid(let posts, let firstLine, let archives, let archivesFirstLine):
            cache.stored = (bytes, posts, firstLine, archives, archivesFirstLine, DisplayPath.of(url))
            return (cache, nil)
        // Another feedgen or another config: the facts may differ, so start afresh, silently.
        case .stale: return (nil, nil)
        case .damaged(let line): return (nil, damaged(DisplayPath.of(url), line: line))
        }
    }

    private static func damaged(_ path: String, line: Int) -> Diagnostic {
        .warning(SourceLocation(path: path, line: line), BuildReason.cacheDamaged)
    }

    /// What the cache knows of the listed files.
    struct Matches {
        /// The facts of each listed file whose stamp is unchanged, in the
        /// listing's (path) order.
        var facts: [PostFacts?]
        /// Whether every cached post is among them.
        var isComplete: Bool
    }

    /// The cached facts of the listed files; a warning when the `post` lines are damaged.
    func facts(matching listing: PostListing) -> Result<Matches, Diagnostic> {
        var matches = [PostFacts?](repeating: nil, count: listing.relativePaths.count)
        guard let stored else { return .success(Matches(facts: matches, isComplete: true)) }
        return stored.bytes.withUnsafeBytes { raw in
            let buffer = raw.bindMemory(to: UInt8.self)
            var next = 0
            var lineNumber = stored.firstLine
            var failure: Int?
            var isComplete = true
            Self.forEachLine(in: buffer, stored.posts) { fields in
                defer { lineNumber += 1 }
                guard PostLine.holds(fields, in: buffer) else { failure = lineNumber; return false }
                // Both lists are in path order, so they are matched in one pass.
                let path = UnsafeBufferPointer(rebasing: buffer[fields[1]])
                var order = 1
                while next < listing.relativePaths.count {
                    order = PostListing.order(of: listing.relativePaths[next], against: path)
                    if order >= 0 { break }
                    next += 1
                }
                guard order == 0 else {
                    isComplete = false
                    return true
                }
                defer { next += 1 }
                guard let line = PostLine.read(fields, in: buffer) else { failure = lineNumber; return false }
                let facts = line.facts(of: PostFile(folder: listing.folder, relativePath: listing.relativePaths[next], displayFolder: listing.displayFolder))
                if facts.stamp == listing.stamps[next] { matches[next] = facts } else { isComplete = false }
                return true
            }
            return failure.map { .failure(Self.damaged(stored.path, line: $0)) } ?? .success(Matches(facts: matches, isComplete: isComplete))
        }
    }

    private enum HeadResult {
        case valid(posts: Range<Int>, firstLine: Int, archives: Range<Int>, archivesFirstLine: Int)
        case stale
        case damaged(line: Int)
    }

    /// Checks the first line and the `end` line, reads every record before
    /// the first `archive` or `post`, and returns where the `archive` lines
    /// and the `post` lines are.
    private mutating func parseHead(_ buffer: UnsafeBufferPointer<UInt8>) -> HeadResult {
        guard let firstEnd = buffer.firstIndex(of: UInt8(ascii: "\n")), buffer[..<firstEnd].starts(with: "feedgen-cache ".utf8) else {
            return .damaged(line: 1)
        }
        guard buffer[..<firstEnd].elementsEqual(header.utf8) else { return .stale }
        // A truncated or appended-to file has no `end` line that counts the bytes before it.
        guard buffer.last == UInt8(ascii: "\n"),
              let endStart = buffer[..<(buffer.count - 1)].lastIndex(of: UInt8(ascii: "\n")).map({ $0 + 1 }),
              buffer[endStart...].starts(with: "end\t".utf8),
              Self.number(buffer[(endStart + 4)..<(buffer.count - 1)]) == Int64(endStart)
        else {
            let lines = buffer.count(where: { $0 == UInt8(ascii: "\n") })
            return .damaged(line: buffer.last == UInt8(ascii: "\n") ? lines : lines + 1)
        }
        var lineNumber = 2
        var postsStart = endStart
        var archives: (start: Int, line: Int)?
        var failure = false
        Self.forEachLine(in: buffer, (firstEnd + 1)..<endStart) { fields in
            if Self.equals(fields[0], PostLine.word, in: buffer) {
                postsStart = fields[0].lowerBound
                return false
            }
            if Self.equals(fields[0], ArchiveLine.word, in: buffer) {
                if archives == nil { archives = (fields[0].lowerBound, lineNumber) }
            } else {
                // The `archive` lines are written together, after every other record.
                guard archives == nil, parseRecord(fields, in: buffer) else { failure = true; return false }
            }
            lineNumber += 1
            return true
        }
        return failure ? .damaged(line: lineNumber)
            : .valid(posts: postsStart..<endStart, firstLine: lineNumber, archives: (archives?.start ?? postsStart)..<postsStart, archivesFirstLine: archives?.line ?? lineNumber)
    }

    /// One record before the `post` lines; `false` when it is not one.
    private mutating func parseRecord(_ fields: [Range<Int>], in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        func read<Line: CacheLine>(_ kind: Line.Type) -> Line.Record?? {
            kind.holds(fields, in: buffer) ? .some(kind.read(fields, in: buffer)) : nil
        }
        if let line = read(QuietLine.self) {
            guard let line else { return false }
            quiet = line
        } else if quiet != nil, let line = read(WarningLine.self) {
            guard let line else { return false }
            quiet?.warnings.append(line)
        } else if let line = read(InputsLine.self) {
            guard let line else { return false }
            inputsFingerprint = line
        } else if let line = read(OutputLine.self) {
            guard let line else { return false }
            outputs.append(line)
        } else if let line = read(ArchiveFolderLine.self) {
            guard let line else { return false }
            archiveFolder = line
        } else if let line = read(EntryLine.self) {
            guard let line else { return false }
            entries.append(line)
        } else {
            return false
        }
        return true
    }

    /// Reads the `archive` lines into `archivePages`, for a build that may
    /// change a page; a warning when they are damaged.
    mutating func readArchivePages() -> Diagnostic? {
        guard let stored else { return nil }
        var pages: [ArchivePage] = []
        var lineNumber = stored.archivesFirstLine
        var failure: Int?
        stored.bytes.withUnsafeBytes { raw in
            let buffer = raw.bindMemory(to: UInt8.self)
            Self.forEachLine(in: buffer, stored.archives) { fields in
                guard ArchiveLine.holds(fields, in: buffer), let page = ArchiveLine.read(fields, in: buffer) else { failure = lineNumber; return false }
                pages.append(page)
                lineNumber += 1
                return true
            }
        }
        if let failure { return Self.damaged(stored.path, line: failure) }
        archivePages = pages
        return nil
    }

    /// The archive pages as a repeated report gives them, when their folder
    /// is as the last build left it; `nil` when it is not (or a line is
    /// damaged). The folder's stamp stands for its pages': a page feedgen
    /// writes, or one that anyone adds, removes or renames, moves the
    /// folder's times; a page written over in place (not as feedgen writes)
    /// is put back by the next build that has something to do, which
    /// compares every page's own stamp (`ArchivePages`). Read from the bytes
    /// without a value or a `stat` per page: at 100,000 posts 15,000 stats
    /// were most of what archives added to an unchanged build.
    func untouchedArchives(in publisher: Publisher) -> [BuildReport.ArchiveOutput]? {
        guard let stored, !stored.archives.isEmpty else { return [] }
        guard let archiveFolder, publisher.stamp(of: ArchivePlan.folder) == archiveFolder else { return nil }
        // Per format, in `FeedFormat.allCases` order: the first and last page's names, how many pages, how many entries.
        var tallies = [(first: Range<Int>, last: Range<Int>, pages: Int, entries: Int)?](repeating: nil, count: FeedFormat.allCases.count)
        var readable = true
        stored.bytes.withUnsafeBytes { raw in
            let buffer = raw.bindMemory(to: UInt8.self)
            Self.forEachLine(in: buffer, stored.archives) { fields in
                guard ArchiveLine.holds(fields, in: buffer),
                      let format = Self.formatWords.firstIndex(where: { buffer[fields[ArchiveLine.formatField]].elementsEqual($0) }),
                      let entries = Self.number(buffer[fields[ArchiveLine.entryCountField]])
                else {
                    readable = false
                    return false
                }
                let name = fields[ArchiveLine.nameField]
                let tally = tallies[format]
                tallies[format] = (tally?.first ?? name, name, (tally?.pages ?? 0) + 1, (tally?.entries ?? 0) + Int(entries))
                return true
            }
        }
        guard readable else { return nil }
        return stored.bytes.withUnsafeBytes { raw in
            let buffer = raw.bindMemory(to: UInt8.self)
            func name(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self) }
            return zip(FeedFormat.allCases, tallies).compactMap { format, tally in
                tally.map {
                    BuildReport.ArchiveOutput(format: format, firstPath: publisher.path(of: name($0.first)), lastPath: publisher.path(of: name($0.last)),
                                              pageCount: $0.pages, writtenCount: 0, entryCount: $0.entries)
                }
            }
        }
    }

    /// Each format's name as a cache line spells it, in `FeedFormat.allCases` order.
    private static let formatWords = FeedFormat.allCases.map { Array($0.rawValue.utf8) }

    /// Calls `body` with each line's fields (ranges into `buffer`) until it returns `false`.
    private static func forEachLine(in buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ body: ([Range<Int>]) -> Bool) {
        var fields: [Range<Int>] = []
        fields.reserveCapacity(12)
        guard let base = buffer.baseAddress else { return }
        /// Where the next `byte` is from `start` on, before `end`: memchr, which reads a word at a time.
        func next(_ byte: UInt8, from start: Int, before end: Int) -> Int? {
            memchr(base + start, Int32(byte), end - start).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) }
        }
        var start = range.lowerBound
        // Fields as ranges into the bytes: at 100,000 lines, every array or string made per field would show.
        while start < range.upperBound {
            let end = next(UInt8(ascii: "\n"), from: start, before: range.upperBound) ?? range.upperBound
            fields.removeAll(keepingCapacity: true)
            var fieldStart = start
            while let tab = next(UInt8(ascii: "\t"), from: fieldStart, before: end) {
                fields.append(fieldStart..<tab)
                fieldStart = tab + 1
            }
            fields.append(fieldStart..<end)
            guard body(fields) else { return }
            start = end + 1
        }
    }

    static func equals(_ range: Range<Int>, _ word: StaticString, in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        range.count == word.utf8CodeUnitCount && memcmp(buffer.baseAddress! + range.lowerBound, word.utf8Start, range.count) == 0
    }

    /// A number read straight from the bytes: decimal, negative for a file
    /// time before 1970, or hexadecimal for the date's bit pattern, which may use all 64 bits.
    static func number(_ field: Slice<UnsafeBufferPointer<UInt8>>, radix: UInt64 = 10) -> Int64? {
        if radix == 10, field.first == UInt8(ascii: "-") {
            return number(field.dropFirst()).flatMap { $0 == 0 ? nil : -$0 }
        }
        let digits = field
        // 19 decimal digits (nanosecond times) or 16 hex digits fit in a UInt64.
        guard !digits.isEmpty, digits.count <= (radix == 16 ? 16 : 19) else { return nil }
        var value: UInt64 = 0
        for digit in digits {
            let decimal = UInt64(digit &- UInt8(ascii: "0"))
            let letter = UInt64(digit &- UInt8(ascii: "a")) &+ 10
            if decimal < 10 {
                value = value &* radix &+ decimal
            } else if radix == 16, (10..<16).contains(letter) {
                value = value &* radix &+ letter
            } else {
                return nil
            }
        }
        if radix == 10 && value > UInt64(Int64.max) { return nil }
        return Int64(bitPattern: value)
    }

    /// Everything but the `post` lines, as written: the next build compares
    /// it to decide whether the file needs writing at all.
    var head: [UInt8] {
        var line = LineWriter(bytes: Array((header + "\n").utf8))
        // A report that cannot be written whole is not repeated.
        if let quiet, Self.isSafe([quiet.postsDisplayPath] + quiet.warnings.flatMap { [$0.location.path, $0.message] } + entries.flatMap { [$0.relativePath, $0.url] }) {
            QuietLine.write(quiet, into: &line)
            for warning in quiet.warnings { WarningLine.write(warning, into: &line) }
        }
        InputsLine.write(inputsFingerprint, into: &line)
        for output in outputs { OutputLine.write(output, into: &line) }
        for entry in entries { EntryLine.write(entry, into: &line) }
        if let archiveFolder { ArchiveFolderLine.write(archiveFolder, into: &line) }
        for page in archivePages { ArchiveLine.write(page, into: &line) }
        return line.bytes
    }

    /// Writes the cache like a feed, to a temporary file renamed over the old
    /// one, but without waiting for the disk: a cache that a crash cut short
    /// fails its `end` check, and one with garbage inside fails its parsing
    /// (of the `post` lines, when they are needed); either is rebuilt.
    func write(in folder: URL) throws(Diagnostic) {
        // Bytes, not string interpolation: at 100,000 posts the text is 10 MB.
        var line = LineWriter(bytes: head)
        line.bytes.reserveCapacity(line.bytes.count + posts.count * 128)
        // A post without a stamp is simply read on every build.
        for post in posts {
            guard let stamp = post.stamp else { continue }
            PostLine.write(PostRecord(post, stamp: stamp), into: &line)
        }
        var bytes = line.bytes
        bytes += "end\t\(bytes.count)\n".utf8
        _ = try AtomicFile.write(bytes, to: folder.appendingPathComponent(Self.fileName), durable: false)
    }

    /// Cache lines appended as bytes, a line left out whole when a field of it
    /// holds a tab, a newline or a unit separator (which would break the line
    /// or its lists). Numbers are written digit by digit: one line per post is
    /// written on every build that changes anything.
    struct LineWriter {
        var bytes: [UInt8]
        private var lineStart = 0
        private var safe = true

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func start(_ word: StaticString) {
            lineStart = bytes.count
            safe = true
            bytes.append(contentsOf: UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
        }

        @inline(__always) mutating func field(_ text: String) {
            bytes.append(UInt8(ascii: "\t"))
            append(text)
        }

        @inline(__always) mutating func list(_ names: [String]) {
            bytes.append(UInt8(ascii: "\t"))
            for (index, name) in names.enumerated() {
                if index > 0 { bytes.append(0x1F) }
                append(name)
            }
        }

        @inline(__always) mutating func field(decimal value: Int64) {
            bytes.append(UInt8(ascii: "\t"))
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            digits(value.magnitude, radix: 10)
        }

        @inline(__always) mutating func field(hexadecimal value: UInt64) {
            bytes.append(UInt8(ascii: "\t"))
            digits(value, radix: 16)
        }

        /// `1` or `0`.
        @inline(__always) mutating func field(flag: Bool) {
            bytes.append(UInt8(ascii: "\t"))
            bytes.append(flag ? UInt8(ascii: "1") : UInt8(ascii: "0"))
        }

        /// The bit pattern of the date's seconds since 1970, in hexadecimal, so that it comes back exactly.
        @inline(__always) mutating func field(date: Date) {
            field(hexadecimal: date.timeIntervalSince1970.bitPattern)
        }

        /// Ends the line, or takes it back when a field would have broken it.
        mutating func end() {
            if safe { bytes.append(UInt8(ascii: "\n")) } else { bytes.removeLast(bytes.count - lineStart) }
        }

        private mutating func append(_ text: String) {
            let start = bytes.count
            bytes += text.utf8
            if safe, bytes[start...].contains(where: BuildCache.breaksLine) { safe = false }
        }

        /// Lowercase digits, as `String(value, radix:)` writes them.
        private mutating func digits(_ value: UInt64, radix: UInt64) {
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
                var start = buffer.count
                var rest = value
                repeat {
                    let digit = UInt8(rest % radix)
                    start -= 1
                    buffer[start] = digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
                    rest /= radix
                } while rest > 0
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start...]))
            }
        }
    }

    /// Whether all of `fields` can be written into a line.
    private static func isSafe(_ fields: [String]) -> Bool {
        !fields.contains { $0.utf8.contains(where: breaksLine) }
    }

    /// A tab, a newline or a unit separator would break the line or its lists.
    fileprivate static func breaksLine(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == 0x1F
    }
}
