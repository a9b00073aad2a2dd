import FeedSupport
import Foundation

/// Where a post's front matter is, in the three forms Hugo reads (and the
/// first of which is Jekyll's): YAML between `---` lines, TOML between `+++`
/// lines, or a JSON object. The one delimiter rule, used to read no more of a
/// post than its front matter (`PostReader`), to split a post into front matter
/// and body (`PostText`), and to split a Jekyll page (`ExistingFeeds`' hand-written feeds).
package enum FrontMatterBlock {
    package enum Format: Sendable, Equatable {
        case yaml, toml, json

        package var name: String {
            switch self {
            case .yaml: "YAML"
            case .toml: "TOML"
            case .json: "JSON"
            }
        }
    }

    enum Scan: Equatable {
        /// No front matter; what decided it ends at `decidedBy` (past the first line that is not blank).
        case none(decidedBy: Int)
        /// The front matter's text is `content` (a JSON object's braces included), on file
        /// lines from `contentLine`; the body starts at `end`, on line `bodyLine`.
        case found(Format, content: Range<Int>, contentLine: Int, end: Int, bodyLine: Int)
        /// A block opened on `line` that the bytes never close.
        case unclosed(Format, line: Int)
        /// More bytes are needed to tell.
        case incomplete
    }

    /// Whose reading of a file decides where its front matter is.
    enum Rule: Sendable {
        /// Hugo's (and feedgen's own layout's): see `scan`.
        case hugo
        /// Jekyll's `YAML_FRONT_MATTER_REGEXP`: YAML only, and only when the file's
        /// first line is `---` (after a byte order mark). A file that starts with a
        /// blank line, `+++` or `{` has none, and Jekyll shows what it holds as text.
        case jekyll
    }

    /// Hugo's rule (its page lexer): white space and blank lines may come first;
    /// then `---` or `+++` on a line of its own opens YAML or TOML, closed by the
    /// next line that is the same three characters (YAML also by `...`, as Jekyll
    /// allows); or `{` opens a JSON object, closed by its matching `}`. A first
    /// `{` must be followed by `"` or `}`: a body that starts with Liquid's `{%`
    /// or `{{` is not a JSON object. `complete` says whether `bytes` is the whole file.
    /// With the `.jekyll` rule, only a first line `---` opens front matter.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, complete: Bool, rule: Rule = .hugo) -> Scan {
        let newline = UInt8(ascii: "\n")
        var index = ByteOrderMark.starts(bytes) ? ByteOrderMark.utf8.count : 0
        var line = 1
        while rule == .hugo, index < bytes.count, isSpace(bytes[index]) {
            if bytes[index] == newline { line += 1 }
            index += 1
        }
        guard index < bytes.count else { return complete ? .none(decidedBy: bytes.count) : .incomplete }
        let lineEnd = Self.newline(in: bytes, from: index)
        let restOfLine = bytes[index..<(lineEnd ?? bytes.count)]
        if rule == .hugo, bytes[index] == UInt8(ascii: "{") {
            return json(bytes, from: index, line: line, complete: complete)
        }
        guard let lineEnd else { return complete ? .none(decidedBy: bytes.count) : .incomplete }
        let format: Format
        if isDelimiter(restOfLine, "---") {
            format = .yaml
        } else if rule == .hugo, isDelimiter(restOfLine, "+++") {
            format = .toml
        } else {
            return .none(decidedBy: lineEnd + 1)
        }
        let contentStart = lineEnd + 1
        var lineStart = contentStart
        var lineNumber = line + 1
        let closer: StaticString = format == .yaml ? "---" : "+++"
        while let end = Self.newline(in: bytes, from: lineStart) ?? (complete && lineStart < bytes.count ? bytes.count : nil) {
            let candidate = bytes[lineStart..<end]
            if isDelimiter(candidate, closer) || (format == .yaml && isDelimiter(candidate, "...")) {
                let bodyStart = min(end + 1, bytes.count)
                return .found(format, content: contentStart..<lineStart, contentLine: line + 1, end: bodyStart, bodyLine: lineNumber + 1)
            }
            lineStart = end + 1
            lineNumber += 1
            if lineStart >= bytes.count { break }
        }
        return complete ? .unclosed(format, line: line) : .incomplete
    }

    /// A JSON object from `start` to its matching brace, strings skipped as Hugo's lexer skips them.
    private static func json(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, line: Int, complete: Bool) -> Scan {
        var next = start + 1
        while next < bytes.count, isSpace(bytes[next]) { next += 1 }
        guard next < bytes.count else { return complete ? .none(decidedBy: bytes.count) : .incomplete }
        guard bytes[next] == UInt8(ascii: "\"") || bytes[next] == UInt8(ascii: "}") else {
            return .none(decidedBy: (bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count - 1) + 1)
        }
        var depth = 0
        var inString = false
        var index = start
        var lines = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\") where inString: index += 1
            case UInt8(ascii: "\""): inString.toggle()
            case UInt8(ascii: "{") where !inString: depth += 1
            case UInt8(ascii: "}") where !inString:
                depth -= 1
                if depth == 0 {
                    // The rest of the closing brace's line, and its line break, belong to the front matter.
                    var end = index + 1
                    while end < bytes.count, bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\t") || bytes[end] == UInt8(ascii: "\r") { end += 1 }
                    var bodyLine = line + lines
                    if end < bytes.count, bytes[end] == UInt8(ascii: "\n") {
                        end += 1
                        bodyLine += 1
                    } else if end >= bytes.count && !complete {
                        return .incomplete
                    } else {
                        end = index + 1
                    }
                    return .found(.json, content: start..<(index + 1), contentLine: line, end: end, bodyLine: bodyLine)
                }
            case UInt8(ascii: "\n"): lines += 1
            default: break
            }
            index += 1
        }
        return complete ? .unclosed(.json, line: line) : .incomplete
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
    }

    /// The three characters, then only trailing white space.
    /// Read byte by byte: this runs on every line of every post's front matter.
    private static func isDelimiter(_ line: Slice<UnsafeBufferPointer<UInt8>>, _ word: StaticString) -> Bool {
        let (start, base) = (line.startIndex, line.base)
        guard line.count >= 3 else { return false }
        let letters = word.utf8Start
        guard base[start] == letters[0], base[start + 1] == letters[1], base[start + 2] == letters[2] else { return false }
        var index = start + 3
        while index < line.endIndex {
            let byte = base[index]
            guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") else { return false }
            index += 1
        }
        return true
    }

    /// The next line feed at or after `start`, found by `memchr`.
    private static func newline(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}
