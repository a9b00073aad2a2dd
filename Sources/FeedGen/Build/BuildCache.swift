import Foundation

/// What the previous build learnt, kept in the output folder so that a
/// repeated build only stats the posts: each post's facts keyed by path,
/// size and modification time, and the inputs and files of the last
/// published feeds. Safe to delete; `--no-cache` ignores it.
///
/// A text file, one post per line, because reading it must cost far less
/// than reading 100,000 front matters:
///
///     feedgen-cache 1 <feedgen version> <config fingerprint>
///     inputs <fingerprint of the posts and flags behind the published feeds>
///     output <file name> <size> <mtime ns>
///     post <path below the posts folder> <size> <mtime ns> <date bits> <draft 0|1> <permalink> <permalink line> <=id or nothing> <categories> <tags>
///
/// Fields are separated by tabs; the names in a list by U+001F (unit separator).
struct BuildCache {
    static let fileName = ".feedgen-cache"
    static let formatVersion = "2"
    private static let listSeparator = "\u{1F}"

    /// A post as the cache remembers it.
    struct Post: Equatable {
        /// The path below the posts folder.
        var path: String
        var stamp: FileStamp
        var date: Date
        var isDraft: Bool
        var permalinkPath: String
        var permalinkLine: Int?
        var id: String?
        var categories: [String]
        var tags: [String]

        init(stamp: FileStamp, facts: PostFacts) {
            path = facts.file.relativePath
            self.stamp = stamp
            date = facts.date
            isDraft = facts.isDraft
            permalinkPath = facts.permalinkPath
            permalinkLine = facts.permalinkLine
            id = facts.id
            categories = facts.categories
            tags = facts.tags
        }

        init(path: String, stamp: FileStamp, date: Date, isDraft: Bool, permalinkPath: String, permalinkLine: Int?, id: String?, categories: [String], tags: [String]) {
            self.path = path
            self.stamp = stamp
            self.date = date
            self.isDraft = isDraft
            self.permalinkPath = permalinkPath
            self.permalinkLine = permalinkLine
            self.id = id
            self.categories = categories
            self.tags = tags
        }

        func facts(for file: PostFile) -> PostFacts {
            PostFacts(file: file, date: date, isDraft: isDraft, permalinkPath: permalinkPath, id: id, permalinkLine: permalinkLine,
                      categories: categories, tags: tags)
        }
    }

    /// Identifies the config and feedgen version the facts were read with.
    var configFingerprint: String
    var inputsFingerprint = ""
    var outputs: [String: FileStamp] = [:]
    /// In path order, the order in which posts are discovered, so that the two
    /// lists are matched in one pass instead of through a dictionary of 100,000 paths.
    var posts: [Post] = []

    init(configFingerprint: String) {
        self.configFingerprint = configFingerprint
    }

    /// The cached entry of each file, if any. Both lists are in path order,
    /// so they are matched in one pass.
    func entries(matching files: [PostFile]) -> [Post?] {
        var matches = [Post?](repeating: nil, count: files.count)
        var next = 0
        for (index, file) in files.enumerated() {
            while next < posts.count && posts[next].path < file.relativePath { next += 1 }
            if next < posts.count && posts[next].path == file.relativePath {
                matches[index] = posts[next]
                next += 1
            }
        }
        return matches
    }

    /// The cache in `folder`, if this feedgen wrote it for this config. A file
    /// that is not a cache, or is damaged, gives a warning and no cache.
    static func read(in folder: URL, configFingerprint: String) -> (BuildCache?, Diagnostic?) {
        let url = folder.appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else { return (nil, nil) }
        var cache = BuildCache(configFingerprint: configFingerprint)
        cache.posts.reserveCapacity(data.count / 100)
        let result = data.withUnsafeBytes { cache.parse($0.bindMemory(to: UInt8.self)) }
        switch result {
        case .valid: return (cache, nil)
        // Another feedgen or another config: the facts may differ, so start afresh, silently.
        case .stale: return (nil, nil)
        case .damaged(let line):
            return (nil, .warning(SourceLocation(path: DisplayPath.of(url), line: line), "the build cache is damaged and was ignored; it will be rebuilt"))
        }
    }

    private enum ParseResult {
        case valid
        case stale
        case damaged(line: Int)
    }

    /// Reads the lines as raw bytes, fields as ranges into them: at 100,000
    /// lines, every array or string made per field would cost more than the stats.
    private mutating func parse(_ buffer: UnsafeBufferPointer<UInt8>) -> ParseResult {
        let header = Array("feedgen-cache \(Self.formatVersion) \(FeedGenerator.version) \(configFingerprint)".utf8)
        var lineNumber = 0
        var start = 0
        var fields: [Range<Int>] = []
        fields.reserveCapacity(12)
        func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self) }
        func starts(_ range: Range<Int>, with word: StaticString) -> Bool {
            range.count == word.utf8CodeUnitCount && memcmp(buffer.baseAddress! + range.lowerBound, word.utf8Start, range.count) == 0
        }
        while start < buffer.count {
            lineNumber += 1
            guard let end = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) else { return .damaged(line: lineNumber) }
            defer { start = end + 1 }
            if lineNumber == 1 {
                let line = buffer[start..<end]
                guard line.starts(with: "feedgen-cache ".utf8) else { return .damaged(line: 1) }
                guard line.elementsEqual(header) else { return .stale }
                continue
            }
            fields.removeAll(keepingCapacity: true)
            var fieldStart = start
            for index in start..<end where buffer[index] == UInt8(ascii: "\t") {
                fields.append(fieldStart..<index)
                fieldStart = index + 1
            }
            fields.append(fieldStart..<end)
            switch fields.count {
            case 2 where starts(fields[0], with: "inputs"):
                inputsFingerprint = text(fields[1])
            case 4 where starts(fields[0], with: "output"):
                guard let size = Self.number(buffer[fields[2]]), let modified = Self.number(buffer[fields[3]]) else { return .damaged(line: lineNumber) }
                outputs[text(fields[1])] = FileStamp(size: size, modified: modified)
            case 11 where starts(fields[0], with: "post"):
                guard let size = Self.number(buffer[fields[2]]), let modified = Self.number(buffer[fields[3]]),
                      let bits = Self.number(buffer[fields[4]], radix: 16), fields[5].count == 1,
                      buffer[fields[5].lowerBound] == UInt8(ascii: "0") || buffer[fields[5].lowerBound] == UInt8(ascii: "1"),
                      let permalinkLine = Self.number(buffer[fields[7]])
                else { return .damaged(line: lineNumber) }
                posts.append(Post(
                    path: text(fields[1]), stamp: FileStamp(size: size, modified: modified),
                    date: Date(timeIntervalSince1970: Double(bitPattern: UInt64(bitPattern: bits))),
                    isDraft: buffer[fields[5].lowerBound] == UInt8(ascii: "1"), permalinkPath: text(fields[6]),
                    permalinkLine: permalinkLine == 0 ? nil : Int(permalinkLine),
                    id: fields[8].isEmpty ? nil : text(fields[8].dropFirst()),
                    categories: Self.list(buffer[fields[9]]), tags: Self.list(buffer[fields[10]])))
            default:
                return .damaged(line: lineNumber)
            }
        }
        return lineNumber == 0 ? .damaged(line: 1) : .valid
    }

    private static func list(_ field: Slice<UnsafeBufferPointer<UInt8>>) -> [String] {
        field.isEmpty ? [] : field.split(separator: 0x1F, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }

    /// A non-negative number read straight from the bytes: decimal, or
    /// hexadecimal for the date's bit pattern, which may use all 64 bits.
    private static func number(_ digits: Slice<UnsafeBufferPointer<UInt8>>, radix: UInt64 = 10) -> Int64? {
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

    /// Writes the cache like a feed: to a temporary file, then renamed.
    func write(in folder: URL) throws(Diagnostic) {
        var text = "feedgen-cache \(Self.formatVersion) \(FeedGenerator.version) \(configFingerprint)\n"
        text += "inputs\t\(inputsFingerprint)\n"
        for (name, stamp) in outputs.sorted(by: { $0.key < $1.key }) {
            text += "output\t\(name)\t\(stamp.size)\t\(stamp.modified)\n"
        }
        for post in posts {
            let path = post.path
            // A tab or a newline would break the line; such posts are simply read every time.
            let unsafe = ([path, post.permalinkPath, post.id ?? ""] + post.categories + post.tags).contains { field in
                field.utf8.contains { $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == 0x1F }
            }
            if unsafe { continue }
            text += "post\t\(path)\t\(post.stamp.size)\t\(post.stamp.modified)\t\(String(post.date.timeIntervalSince1970.bitPattern, radix: 16))"
            text += "\t\(post.isDraft ? 1 : 0)\t\(post.permalinkPath)\t\(post.permalinkLine ?? 0)\t\(post.id.map { "=" + $0 } ?? "")"
            text += "\t\(post.categories.joined(separator: Self.listSeparator))\t\(post.tags.joined(separator: Self.listSeparator))\n"
        }
        _ = try AtomicFile.write(Array(text.utf8), to: folder.appendingPathComponent(Self.fileName))
    }
}
