/// A strict RFC 8259 parser that produces `JSONValue`s with positions.
package struct JSONParser {
    /// The bytes read, or (reading a chunk at a time) those of the value being read and what follows.
    private var bytes: [UInt8]
    private var index = 0
    private var line = 1
    /// Where the current line starts in `bytes` (before its start once the bytes read are forgotten).
    private var lineStart = 0
    private var depth = 0
    private static let maximumDepth = 512
    /// Appends the next chunk to `bytes`; `false` at the end. `nil` when every byte is there.
    private var readMore: ((inout [UInt8]) -> Bool)?
    /// Where the elements of the top-level object's "items" go instead of into it.
    private var items: (any JSONItemSink)?

    package static func parse(_ bytes: [UInt8]) throws(Diagnostic) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        if ByteOrderMark.starts(bytes) {
            throw parser.error(.byteOrderMark)
        }
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw parser.error(.notUTF8)
        }
        return try parser.parseDocument()
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    /// Parses a document given a chunk at a time by `read` (which appends the
    /// next one and says `false` at the end), with the same values and errors
    /// as `parse`; each element of the top-level object's "items" arrays is
    /// given to `items` once read and forgotten, an empty array standing in
    /// for it. Memory holds the other members and the item being read.
    package static func parse(reading read: @escaping (inout [UInt8]) -> Bool, items: any JSONItemSink) throws(Diagnostic) -> JSONValue {
        var validity = UTF8Validity()
        var parser = JSONParser(bytes: [])
        parser.items = items
        parser.readMore = { bytes in
            let start = bytes.count
            guard validity.isValid, read(&bytes) else { return false }
            validity.check(bytes[start...])
            return validity.isValid
        }
        while parser.bytes.count < 3, parser.readMore?(&parser.bytes) == true {}
        if parser.bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            throw parser.error(.byteOrderMark)
        }
        let result: Result<JSONValue, Diagnostic>
        do {
            result = .success(try parser.parseDocument())
        } catch {
            result = .failure(error)
        }
        // Every byte is checked, as `parse` checks them before reading any.
        var rest: [UInt8] = []
        while validity.isValid, read(&rest) {
            validity.check(rest[...])
            rest.removeAll(keepingCapacity: true)
        }
        validity.finish()
        guard validity.isValid else { throw JSONParser(bytes: []).error(.notUTF8) }
        return try result.get()
    }

    private mutating func parseDocument() throws(Diagnostic) -> JSONValue {
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        guard current == nil else { throw error(.textAfterValue) }
        return value
    }

    /// Reads the next chunk, if there is one to read.
    private mutating func readChunk() -> Bool {
        guard let readMore else { return false }
        return readMore(&bytes)
    }

    /// At least `count` bytes from `index` on, when the document has them.
    private mutating func ensure(_ count: Int) -> Bool {
        while index + count > bytes.count {
            guard readChunk() else { return false }
        }
        return true
    }

    /// Drops the bytes before `index` once a value is read, reading a chunk at a time.
    private mutating func forgetRead() {
        guard readMore != nil, index > 0 else { return }
        bytes.removeFirst(index)
        lineStart -= index
        index = 0
    }

    private var column: Int { index - lineStart + 1 }

    /// A syntax error where the parser is; the caller that knows the file places it (`Diagnostic.inFile`).
    private func error(_ reason: Reason) -> Diagnostic {
        .error(SourceLocation(line: line, column: column), reason)
    }

    private var current: UInt8? {
        @inline(__always) mutating get { index < bytes.count ? bytes[index] : currentAfterReading() }
    }

    /// The byte at `index` once the next chunk is read: off the path of a document read whole.
    @inline(never) private mutating func currentAfterReading() -> UInt8? {
        ensure(1) ? bytes[index] : nil
    }

    private mutating func skipWhitespace() {
        while let byte = current {
            switch byte {
            case UInt8(ascii: "\n"):
                index += 1
                line += 1
                lineStart = index
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                index += 1
            default:
                return
            }
        }
    }

    /// A value; an array's elements go to `sink` instead of into it when one is given.
    private mutating func parseValue(streamingTo sink: (any JSONItemSink)? = nil) throws(Diagnostic) -> JSONValue {
        let (startLine, startColumn) = (line, column)
        func value(_ kind: JSONValue.Kind) -> JSONValue {
            JSONValue(kind: kind, line: startLine, column: startColumn)
        }
        guard let byte = current else { throw error(.endInsteadOfValue) }
        switch byte {
        case UInt8(ascii: "{"): return value(try parseObject())
        case UInt8(ascii: "["): return value(try parseArray(streamingTo: sink))
        case UInt8(ascii: "\""): return value(.string(try parseString()))
        case UInt8(ascii: "t"): try expect("true"); return value(.bool(true))
        case UInt8(ascii: "f"): try expect("false"); return value(.bool(false))
        case UInt8(ascii: "n"): try expect("null"); return value(.null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return value(.number(try parseNumber()))
        default: throw error(.characterInsteadOfValue(Unicode.Scalar(byte)))
        }
    }

    private mutating func expect(_ word: String) throws(Diagnostic) {
        for byte in word.utf8 {
            guard current == byte else { throw error(.invalidLiteral(expected: word)) }
            index += 1
        }
    }

    private mutating func enter() throws(Diagnostic) {
        depth += 1
        if depth > Self.maximumDepth { throw error(.tooDeep(levels: Self.maximumDepth)) }
    }

    private mutating func parseObject() throws(Diagnostic) -> JSONValue.Kind {
        try enter()
        defer { depth -= 1 }
        index += 1
        var members: [(key: String, value: JSONValue)] = []
        skipWhitespace()
        if current == UInt8(ascii: "}") { index += 1; return .object(members) }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else { throw error(.memberNameExpected) }
            let key = try parseString()
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw error(.colonExpected) }
            index += 1
            skipWhitespace()
            // JSONValue's subscript reads the last of a repeated key: each "items" starts the items afresh.
            let sink = depth == 1 && key == "items" ? items : nil
            sink?.begin()
            members.append((key, try parseValue(streamingTo: sink)))
            if depth == 1 { forgetRead() }
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"): index += 1; return .object(members)
            default: throw error(.commaOrBraceExpected)
            }
        }
    }

    private mutating func parseArray(streamingTo sink: (any JSONItemSink)?) throws(Diagnostic) -> JSONValue.Kind {
        try enter()
        defer { depth -= 1 }
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") { index += 1; return .array(elements) }
        while true {
            skipWhitespace()
            let element = try parseValue()
            if let sink {
                sink.add(element)
                forgetRead()
            } else {
                elements.append(element)
            }
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"): index += 1; return .array(elements)
            default: throw error(.commaOrBracketExpected)
            }
        }
    }

    private mutating func parseNumber() throws(Diagnostic) -> Double {
        let start = index
        if current == UInt8(ascii: "-") { index += 1 }
        func digits(_ parser: inout JSONParser) -> Int {
            let from = parser.index
            while let byte = parser.current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { parser.index += 1 }
            return parser.index - from
        }
        let integerStart = index
        guard digits(&self) > 0 else { throw error(.digitExpected) }
        if bytes[integerStart] == UInt8(ascii: "0") && index - integerStart > 1 {
            throw error(.leadingZero)
        }
        if current == UInt8(ascii: ".") {
            index += 1
            guard digits(&self) > 0 else { throw error(.digitExpectedAfterPoint) }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            index += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
            guard digits(&self) > 0 else { throw error(.digitExpectedInExponent) }
        }
        return Double(String(decoding: bytes[start..<index], as: UTF8.self)) ?? .nan
    }

    private mutating func parseString() throws(Diagnostic) -> String {
        index += 1
        // The bytes are valid UTF-8 (checked up front): runs between escapes are copied as they are.
        var decoded: [UInt8] = []
        var hasEscapes = false
        var runStart = index
        while true {
            // The bytes up to the next quote, escape or control character, in one loop.
            index = bytes.withUnsafeBufferPointer { buffer in
                var end = index
                while end < buffer.count, buffer[end] != UInt8(ascii: "\""), buffer[end] != UInt8(ascii: "\\"), buffer[end] >= 0x20 { end += 1 }
                return end
            }
            guard index < bytes.count || ensure(1) else { throw error(.unterminatedString) }
            switch bytes[index] {
            case UInt8(ascii: "\""):
                defer { index += 1 }
                guard hasEscapes else { return String(decoding: bytes[runStart..<index], as: UTF8.self) }
                decoded += bytes[runStart..<index]
                return String(decoding: decoded, as: UTF8.self)
            case UInt8(ascii: "\\"):
                decoded += bytes[runStart..<index]
                hasEscapes = true
                index += 1
                // Appended as UTF-8 bytes: a feed's content is mostly escapes (quotes,
                // newlines), and a String per escape cost more than the rest of the parse.
                UTF8.encode(try parseEscape()) { decoded.append($0) }
                runStart = index
            case let byte where byte < 0x20:
                throw error(.unescapedControl(byte))
            default:
                index += 1
            }
        }
    }

    private mutating func parseEscape() throws(Diagnostic) -> Unicode.Scalar {
        guard let byte = current else { throw error(.unterminatedEscape) }
        index += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{8}"
        case UInt8(ascii: "f"): return "\u{C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let first = try parseHex4()
            if (0xD800..<0xDC00).contains(first) {
                guard current == UInt8(ascii: "\\"), ensure(2), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw error(.unpairedSurrogate(first))
                }
                index += 2
                let second = try parseHex4()
                guard (0xDC00..<0xE000).contains(second) else { throw error(.invalidLowSurrogate) }
                return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))!
            }
            guard let scalar = Unicode.Scalar(first) else { throw error(.unpairedSurrogate(first)) }
            return scalar
        default:
            throw error(.invalidEscape(Unicode.Scalar(byte)))
        }
    }

    private mutating func parseHex4() throws(Diagnostic) -> UInt32 {
        guard ensure(4), let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16) else {
            throw error(.hexDigitsExpected)
        }
        index += 4
        return value
    }
}
