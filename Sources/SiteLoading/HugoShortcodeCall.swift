/// One Hugo shortcode call in a page's body, as Hugo's page lexer reads it:
/// `{{< name params >}}` (output placed in the rendered HTML) or
/// `{{% name params %}}` (output read as Markdown), closed by
/// `{{< /name >}}` when it has inner content, or self-closed with `/>}}`;
/// `{{</* … */>}}` is the call written out as text.
struct HugoShortcodeCall {
    var name: String
    /// Positional parameters, in order.
    var positional: [String] = []
    /// Named parameters (`key="value"`), in order.
    var named: [(String, String)] = []
    /// `%`: the output is Markdown.
    var isMarkdown: Bool
    var isClosing = false
    var isSelfClosing = false
    /// The escaped form `{{</* … */>}}`, which Hugo writes out as the call itself.
    var isEscaped = false
    /// Where the call is in the body's UTF-8 bytes.
    var range: Range<Int>

    func parameter(_ name: String, at position: Int? = nil) -> String? {
        if let value = named.first(where: { $0.0 == name })?.1 { return value }
        if let position, named.isEmpty, position < positional.count { return positional[position] }
        return nil
    }

    /// The next call at or after `start` in `bytes`, or `nil`.
    static func next(in bytes: [UInt8], from start: Int) -> HugoShortcodeCall? {
        var index = start
        while index + 2 < bytes.count {
            if bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{"),
               bytes[index + 2] == UInt8(ascii: "<") || bytes[index + 2] == UInt8(ascii: "%"),
               let call = read(bytes, at: index) {
                return call
            }
            index += 1
        }
        return nil
    }

    /// The call that starts at `start`, when it is one.
    private static func read(_ bytes: [UInt8], at start: Int) -> HugoShortcodeCall? {
        let isMarkdown = bytes[start + 2] == UInt8(ascii: "%")
        let closer: [UInt8] = isMarkdown ? Array("%}}".utf8) : Array(">}}".utf8)
        var index = start + 3
        func skipSpace() { while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 } }
        func at(_ text: [UInt8]) -> Bool { index + text.count <= bytes.count && Array(bytes[index..<(index + text.count)]) == text }
        skipSpace()
        var call = HugoShortcodeCall(name: "", isMarkdown: isMarkdown, range: start..<start)
        if at(Array("/*".utf8)) {
            call.isEscaped = true
            index += 2
            skipSpace()
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "/") {
            call.isClosing = true
            index += 1
            skipSpace()
        }
        let nameStart = index
        while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
        guard index > nameStart else { return nil }
        call.name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
        while true {
            skipSpace()
            if call.isEscaped, at(Array("*/".utf8)) {
                index += 2
                skipSpace()
            }
            if at(Array("/".utf8) + closer) {
                call.isSelfClosing = true
                index += 1 + closer.count
                break
            }
            if at(closer) {
                index += closer.count
                break
            }
            guard index < bytes.count, let first = value(bytes, &index) else { return nil }
            if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                index += 1
                guard let second = value(bytes, &index) else { return nil }
                call.named.append((first, second))
            } else {
                call.positional.append(first)
            }
        }
        call.range = start..<index
        return call
    }

    /// A quoted (`"…"` with `\"` escapes, or a raw `` `…` ``) or bare parameter value.
    private static func value(_ bytes: [UInt8], _ index: inout Int) -> String? {
        guard index < bytes.count else { return nil }
        let quote = bytes[index]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "`") {
            var text: [UInt8] = []
            index += 1
            while index < bytes.count, bytes[index] != quote {
                if quote == UInt8(ascii: "\""), bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count { index += 1 }
                text.append(bytes[index])
                index += 1
            }
            guard index < bytes.count else { return nil }
            index += 1
            return String(decoding: text, as: UTF8.self)
        }
        let start = index
        while index < bytes.count, ![0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "%")].contains(bytes[index]) {
            if bytes[index] == UInt8(ascii: "/"), index + 1 < bytes.count, [UInt8(ascii: ">"), UInt8(ascii: "%")].contains(bytes[index + 1]) { break }
            index += 1
        }
        return index > start ? String(decoding: bytes[start..<index], as: UTF8.self) : nil
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }
}
