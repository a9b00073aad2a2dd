import FeedModel
import FeedSupport
import Foundation

/// A post file's text, split into its front matter (YAML, TOML or JSON) and its Markdown body.
struct PostText {
    /// The front matter's text, or `nil` when the file has none.
    var frontMatter: String?
    var frontMatterFormat: FrontMatterBlock.Format = .yaml
    /// File line of the front matter's first line, so its positions map to the file.
    var frontMatterLine = 2
    var body: Substring
    /// File line on which the body starts.
    var bodyLine: Int

    /// Posts larger than this are refused: libxml2 and most feed readers
    /// refuse text nodes over 10 MB, and escaping makes HTML grow.
    static let maximumSize = 5 * 1024 * 1024

    /// Decodes and splits a post file, or explains what is wrong with it.
    static func read(_ bytes: [UInt8], path: String, rule: FrontMatterBlock.Rule = .hugo, diagnostics: inout [Diagnostic]) -> PostText? {
        let location = SourceLocation(path: path)
        guard !bytes.isEmpty else {
            diagnostics.append(.error(SourceLocation(path: path, line: 1), PostReason.empty))
            return nil
        }
        guard bytes.count <= maximumSize else {
            diagnostics.append(.error(location, PostReason.unreadable(.tooLarge(Int64(bytes.count)))))
            return nil
        }
        var bytes = bytes[...]
        if ByteOrderMark.starts(bytes) {
            diagnostics.append(.warning(SourceLocation(path: path, line: 1), PostReason.byteOrderMark))
            bytes = bytes.dropFirst(3)
        }
        guard var text = String(validating: bytes, as: UTF8.self) else {
            diagnostics.append(.error(SourceLocation(path: path, line: firstInvalidUTF8Line(bytes)), PostReason.notUTF8))
            return nil
        }
        text = removingForbiddenCharacters(text, path: path, diagnostics: &diagnostics)
        return split(text, path: path, rule: rule, diagnostics: &diagnostics)
    }

    /// Split by `FrontMatterBlock`'s rule, the one `PostReader` reads by.
    private static func split(_ text: String, path: String, rule: FrontMatterBlock.Rule, diagnostics: inout [Diagnostic]) -> PostText? {
        var text = text
        let scan = text.withUTF8 { FrontMatterBlock.scan($0, complete: true, rule: rule) }
        let utf8 = text.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        switch scan {
        case .found(let format, let content, let contentLine, let end, let bodyLine):
            return PostText(frontMatter: String(text[index(content.lowerBound)..<index(content.upperBound)]), frontMatterFormat: format,
                            frontMatterLine: contentLine, body: text[index(end)...], bodyLine: bodyLine)
        case .unclosed(let format, let line):
            diagnostics.append(.error(SourceLocation(path: path, line: line), PostReason.frontMatterNotClosed(format)))
            return nil
        case .none, .incomplete:
            return PostText(frontMatter: nil, body: text[...], bodyLine: 1)
        }
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
        diagnostics.append(.warning(SourceLocation(path: path, line: firstLine), PostReason.controlCharactersRemoved(removed)))
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
}
