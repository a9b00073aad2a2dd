import Foundation

/// A post file's text, split into its YAML front matter and its Markdown body.
struct PostText {
    /// The YAML between the `---` lines, or `nil` when the file has none.
    var frontMatter: String?
    /// File line of the first YAML line, so YAML positions map to the file.
    var frontMatterLine = 2
    var body: Substring
    /// File line on which the body starts.
    var bodyLine: Int

    /// Posts larger than this are refused: libxml2 and most feed readers
    /// refuse text nodes over 10 MB, and escaping makes HTML grow.
    static let maximumSize = 5 * 1024 * 1024

    /// Decodes and splits a post file, or explains what is wrong with it.
    static func read(_ bytes: [UInt8], path: String, diagnostics: inout [Diagnostic]) -> PostText? {
        let location = SourceLocation(path: path)
        guard !bytes.isEmpty else {
            diagnostics.append(.error(SourceLocation(path: path, line: 1), "the file is empty"))
            return nil
        }
        guard bytes.count <= maximumSize else {
            diagnostics.append(.error(location, "the file is \(megabytes(bytes.count)), larger than the \(megabytes(maximumSize)) a post may be"))
            return nil
        }
        var bytes = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            diagnostics.append(.warning(SourceLocation(path: path, line: 1), "the file starts with a UTF-8 byte order mark; it was ignored"))
            bytes = bytes.dropFirst(3)
        }
        guard var text = String(validating: bytes, as: UTF8.self) else {
            diagnostics.append(.error(SourceLocation(path: path, line: firstInvalidUTF8Line(bytes)), "the file is not valid UTF-8; save it as UTF-8"))
            return nil
        }
        text = removingForbiddenCharacters(text, path: path, diagnostics: &diagnostics)
        return split(text, path: path, diagnostics: &diagnostics)
    }

    /// Jekyll's rule: front matter is a `---` first line up to the next `---` or `...` line.
    private static func split(_ text: String, path: String, diagnostics: inout [Diagnostic]) -> PostText? {
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var lineNumber = 1
        var yamlStart: String.Index?
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            let next = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
            let line = text[lineStart..<lineEnd]
            if let yamlStart {
                if isDelimiter(line, allowDots: true) {
                    return PostText(frontMatter: String(text[yamlStart..<lineStart]), body: text[next...], bodyLine: lineNumber + 1)
                }
            } else if isDelimiter(line, allowDots: false) {
                yamlStart = next
            } else {
                break
            }
            lineStart = next
            lineNumber += 1
        }
        guard yamlStart == nil else {
            diagnostics.append(.error(SourceLocation(path: path, line: 1), "the front matter that starts here is never closed by a \"---\" line"))
            return nil
        }
        return PostText(frontMatter: nil, body: text[...], bodyLine: 1)
    }

    private static func isDelimiter(_ line: Substring, allowDots: Bool) -> Bool {
        var word = line.utf8[...]
        while let last = word.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") || last == UInt8(ascii: "\r") {
            word = word.dropLast()
        }
        return word.elementsEqual("---".utf8) || (allowDots && word.elementsEqual("...".utf8))
    }

    /// Strips characters that XML 1.0 forbids so that every feed stays parseable,
    /// with one warning naming the first line that had one.
    static func removingForbiddenCharacters(_ text: String, path: String, diagnostics: inout [Diagnostic]) -> String {
        // On the bytes: nearly every post has none, and scanning scalars costs more than reading the file.
        let hasForbidden = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.indices.contains { XMLCharacters.forbiddenLength(in: bytes, at: $0) != nil }
        } ?? text.unicodeScalars.contains(where: XMLCharacters.isForbidden)
        guard hasForbidden else { return text }
        var line = 1
        var firstLine: Int?
        var removed = 0
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\n" { line += 1 }
            if XMLCharacters.isForbidden(scalar) {
                removed += 1
                if firstLine == nil { firstLine = line }
            } else {
                kept.append(scalar)
            }
        }
        diagnostics.append(.warning(SourceLocation(path: path, line: firstLine), "removed \(removed) control character\(removed == 1 ? "" : "s") that XML does not allow"))
        return String(kept)
    }

    private static func firstInvalidUTF8Line(_ bytes: ArraySlice<UInt8>) -> Int {
        var line = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var lineAtError = 1
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): if scalar == "\n" { line += 1 }
            case .emptyInput: break loop
            case .error: lineAtError = line; break loop
            }
        }
        return lineAtError
    }

    private static func megabytes(_ count: Int) -> String {
        String(format: "%.1f MB", Double(count) / 1_048_576)
    }
}
