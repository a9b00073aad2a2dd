import FeedSupport

/// Bounds on the shapes of Markdown that cmark-gfm 0.29 (Debian's) takes
/// more than linear time or memory on, checked on the text before it is
/// rendered, so that no post can stall a build (and hold its lock).
///
/// Measured on this machine: smart punctuation is worse than quadratic in
/// the quotation marks of one paragraph that find no partner (40,000 of
/// `".` took 18 s, 10,000 took 0.3 s); a table row costs time quadratic in
/// its pipes (one row of 40,000: 8 s); and every table row is padded to
/// the header's width (2,000 columns over 1,000 lines: 800 MB). Below these
/// bounds a 5 MB post renders in about a second; see `bench/hostile-markdown`.
///
/// Limits rather than a watchdog: they are cheap (one pass over the bytes
/// of the few posts that reach a feed), give the same answer on every
/// machine, and name the line to change; a killed child process would not.
/// The scan over-counts rather than under-counts (it does not parse lists
/// or indented code), which only matters for posts far past any real one.
struct MarkdownBudget {
    /// Quotation marks (`"` and `'`) in one paragraph.
    static let quotesPerParagraph = 10_000
    /// Pipes in one table row.
    static let pipesPerRow = 10_000
    /// The sum, over a post's paragraphs (table rows), of each one's count
    /// squared: what the time grows with.
    static let squaredSum = 100_000_000
    /// Cells of a post's tables once every row is padded to its header's width.
    static let tableCells = 200_000
    /// A post with a block (lines without a blank one between them) longer
    /// than this is rendered under `MarkdownWatchdog`: every slow path found
    /// so far needs a long paragraph or a long run of lines, which real posts
    /// (but for code in fences, which is not counted) do not have.
    static let watchedBlockBytes = 32 * 1024

    /// What the scan found: the first bound passed, as an error at its line,
    /// and the length of the longest block, in bytes.
    struct Shape {
        var problem: Diagnostic?
        var longestBlock: Int
    }

    static func check(_ markdown: String, path: String, firstLine: Int) -> Shape {
        var markdown = markdown
        return markdown.withUTF8 { bytes in
            var scan = MarkdownBudget(path: path)
            var lineStart = 0
            var line = firstLine
            while lineStart < bytes.count {
                let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                if let problem = scan.read(UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]), line: line) {
                    return Shape(problem: problem, longestBlock: scan.longestBlock)
                }
                lineStart = lineEnd + 1
                line += 1
            }
            return Shape(problem: scan.endBlock(), longestBlock: scan.longestBlock)
        }
    }

    let path: String
    /// The open code fence's character and length.
    private var fence: (UInt8, Int)?
    private var blockLine = 0
    private var quotes = 0
    private var quotesSquared = 0
    private var table: (line: Int, columns: Int, rows: Int)?
    private var previousHadPipe = false
    private var pipesSquared = 0
    private var cells = 0
    private var blockBytes = 0
    private(set) var longestBlock = 0

    private init(path: String) {
        self.path = path
    }

    private mutating func read(_ line: UnsafeBufferPointer<UInt8>, line number: Int) -> Diagnostic? {
        // Block quote markers and indentation do not change what is counted.
        let content = line.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: ">") }
        if let (character, length) = fence {
            let run = content.prefix { $0 == character }.count
            if run >= length, content.dropFirst(run).allSatisfy(Self.isSpace) { fence = nil }
            return nil
        }
        if let first = content.first, first == UInt8(ascii: "`") || first == UInt8(ascii: "~") {
            let run = content.prefix { $0 == first }.count
            if run >= 3 {
                if let problem = endBlock() { return problem }
                fence = (first, run)
                return nil
            }
        }
        if content.allSatisfy(Self.isSpace) { return endBlock() }
        if blockBytes == 0 { blockLine = number }
        blockBytes += line.count + 1
        longestBlock = max(longestBlock, blockBytes)
        quotes += content.count { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }
        let pipes = content.count { $0 == UInt8(ascii: "|") }
        if table != nil {
            table!.rows += 1
        } else if let columns = Self.delimiterRowColumns(content), pipes > 0 || previousHadPipe {
            table = (max(blockLine, number - 1), columns, 0)
        }
        previousHadPipe = pipes > 0
        if table != nil {
            if pipes > Self.pipesPerRow {
                return error(number, .tooManyPipes(pipes))
            }
            pipesSquared += pipes * pipes
            if pipesSquared > Self.squaredSum {
                return error(number, .tooManyPipesInAll)
            }
        }
        return nil
    }

    /// A blank line or a fence ends a paragraph, and a table.
    private mutating func endBlock() -> Diagnostic? {
        defer {
            blockBytes = 0
            quotes = 0
            table = nil
            previousHadPipe = false
        }
        if let table {
            cells += table.columns * (table.rows + 1)
            if cells > Self.tableCells {
                return error(table.line, .tableTooLarge(columns: table.columns, rows: table.rows + 1))
            }
        }
        if quotes > Self.quotesPerParagraph {
            return error(blockLine, .tooManyQuotes(quotes))
        }
        quotesSquared += quotes * quotes
        if quotesSquared > Self.squaredSum {
            return error(blockLine, .tooManyQuotesInAll)
        }
        return nil
    }

    private func error(_ line: Int, _ reason: PostReason) -> Diagnostic {
        .error(SourceLocation(path: path, line: line), reason)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    /// The number of cells of a GFM table's delimiter row (`|---|:-:|`), or `nil` when the line is not one.
    private static func delimiterRowColumns(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard line.contains(UInt8(ascii: "-")),
              line.allSatisfy({ $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") || isSpace($0) })
        else { return nil }
        return line.split(separator: UInt8(ascii: "|")).count { $0.contains(UInt8(ascii: "-")) }
    }
}
