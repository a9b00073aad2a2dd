/// Ruby's `String#split`, `slice` and `sub` as the string filters use them.
enum RubyString {
    /// `split(" ")` is awk-style (runs of white space, none at the start);
    /// `split("")` gives characters; trailing empty strings are dropped.
    static func split(_ text: String, _ separator: String) -> [String] {
        guard !text.isEmpty else { return [] }
        var pieces: [String]
        if separator == " " {
            return whitespaceSplit(text)
        } else if separator.isEmpty {
            pieces = text.map { String($0) }
        } else {
            pieces = text.components(separatedBy: separator)
        }
        while pieces.last == "" { pieces.removeLast() }
        return pieces
    }

    static func whitespaceSplit(_ text: String, limit: Int = .max) -> [String] {
        text.utf8.split(whereSeparator: Whitespace.isRubySpace).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `Array#slice(offset, length)` / `String#slice`: nil past the end or for a negative length.
    static func slice<Element>(_ items: [Element], _ offset: Int, _ length: Int) -> [Element]? {
        let start = offset < 0 ? items.count + offset : offset
        guard start >= 0, start <= items.count, length >= 0 else { return nil }
        return Array(items[start..<min(items.count, start + min(length, items.count))])
    }

    static func replaceFirst(_ text: String, _ target: String, _ replacement: String) -> String {
        guard let range = text.range(of: target) else { return text }
        return text.replacingCharacters(in: range, with: replacement)
    }

    static func replaceLast(_ text: String, _ target: String, _ replacement: String) -> String {
        guard let range = text.range(of: target, options: .backwards) else { return text }
        return text.replacingCharacters(in: range, with: replacement)
    }
}

import Foundation
