import Testing
import FeedGen
@testable import FeedSupport
@testable import SiteLoading

/// The strict JSON parser behind config.json and the JSON Feed checks.
@Suite struct JSONParserTests {
    func string(_ json: String) throws -> String? {
        try JSONParser.parse(Array(json.utf8)).string
    }

    @Test func stringsWithAndWithoutEscapes() throws {
        #expect(try string(#""plain ü 語""#) == "plain ü 語")
        #expect(try string(#""a\"b\\c\/d\b\f\n\r\t""#) == "a\"b\\c/d\u{8}\u{C}\n\r\t")
        #expect(try string(#""\u00e9 \u2028 \ud83d\ude00 end""#) == "é \u{2028} 😀 end")
        #expect(try string(#""\n""#) == "\n")
        #expect(try string(#""""#) == "")
    }

    @Test func badStringsAreSyntaxErrorsWithTheirColumn() {
        #expect(throws: Diagnostic(line: 1, column: 4, message: "unterminated string")) { try string(#""ab"#) }
        #expect(throws: Diagnostic(line: 1, column: 3, message: "control character U+0001 must be escaped in a string")) {
            try string("\"a\u{01}\"")
        }
        #expect(throws: Diagnostic(line: 1, column: 8, message: "unpaired surrogate \\ud83d")) { try string(#""\ud83d x""#) }
        #expect(throws: Diagnostic(line: 1, column: 5, message: "invalid escape '\\q'")) { try string(#""a\q""#) }
    }
}

/// Every other rule of the parser, each with the exact error and where it points:
/// config.json and the JSON Feed checks report these positions to the user.
/// Each rule holds both ways: with the bytes all there (config.json, the
/// build's feeds) and read a chunk at a time (`feedgen validate`), chunks
/// cut anywhere, inside a string, an escape, a number or a character.
@Suite struct JSONParserRuleTests {
    static let chunkSizes = [1, 2, 3, 5, 64 * 1024]

    func parse(_ json: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws(Diagnostic) -> JSONValue {
        let value = try JSONParser.parse(Array(json.utf8))
        for size in Self.chunkSizes {
            #expect((try? Self.render(Self.parse(Array(json.utf8), chunksOf: size))) == Self.render(value), "chunks of \(size)", sourceLocation: sourceLocation)
        }
        return value
    }

    /// The document given `size` bytes at a time; the top-level "items" go to `items`.
    static func parse(_ bytes: [UInt8], chunksOf size: Int, items: any JSONItemSink = ItemRecorder()) throws(Diagnostic) -> JSONValue {
        var offset = 0
        return try JSONParser.parse(reading: { window in
            guard offset < bytes.count else { return false }
            let end = min(offset + size, bytes.count)
            window += bytes[offset..<end]
            offset = end
            return true
        }, items: items)
    }

    /// What a sink was given, as text.
    final class ItemRecorder: JSONItemSink {
        var log: [String] = []
        func begin() { log.append("begin") }
        func add(_ item: JSONValue) { log.append(JSONParserRuleTests.render(item)) }
    }

    /// Every value with its position, to compare two parses.
    static func render(_ value: JSONValue) -> String {
        let inner = switch value.kind {
        case .null: "null"
        case .bool(let flag): "\(flag)"
        case .number(let number): "\(number)"
        case .string(let text): "\(text.debugDescription)"
        case .array(let elements): "[" + elements.map(render).joined(separator: ",") + "]"
        case .object(let members): "{" + members.map { "\($0.key.debugDescription):" + render($0.value) }.joined(separator: ",") + "}"
        }
        return "\(value.line):\(value.column)=\(inner)"
    }

    func number(_ json: String) throws -> Double? {
        if case .number(let value) = try parse(json).kind { return value }
        return nil
    }

    func error(_ json: String) -> Diagnostic? {
        error(Array(json.utf8))
    }

    func error(_ bytes: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Diagnostic? {
        func error(_ parse: () throws(Diagnostic) -> JSONValue) -> Diagnostic? {
            do {
                _ = try parse()
                return nil
            } catch {
                return error
            }
        }
        let whole = error { () throws(Diagnostic) in try JSONParser.parse(bytes) }
        for size in Self.chunkSizes {
            #expect(error { () throws(Diagnostic) in try Self.parse(bytes, chunksOf: size) } == whole, "chunks of \(size)", sourceLocation: sourceLocation)
        }
        return whole
    }

    @Test func numbersInEveryFormRFC8259Allows() throws {
        #expect(try number("0") == 0)
        #expect(try number("-0") == 0)
        #expect(try number("42") == 42)
        #expect(try number("-12.25E-2") == -0.1225)
        #expect(try number("1.5e3") == 1500)
        #expect(try number("2E+2") == 200)
        #expect(try number("0.5") == 0.5)
    }

    @Test func numbersRFC8259RefusesAreErrorsAtTheirColumn() {
        #expect(error("01") == .init(line: 1, column: 3, message: "numbers must not have leading zeros"))
        #expect(error("-007") == .init(line: 1, column: 5, message: "numbers must not have leading zeros"))
        #expect(error("-") == .init(line: 1, column: 2, message: "a digit was expected"))
        #expect(error("-x") == .init(line: 1, column: 2, message: "a digit was expected"))
        #expect(error("1.") == .init(line: 1, column: 3, message: "a digit was expected after '.'"))
        #expect(error("1e") == .init(line: 1, column: 3, message: "a digit was expected in the exponent"))
        #expect(error("1e+") == .init(line: 1, column: 4, message: "a digit was expected in the exponent"))
        #expect(error("+1") == .init(line: 1, column: 1, message: "unexpected character '+', a value was expected"))
        #expect(error(".5") == .init(line: 1, column: 1, message: "unexpected character '.', a value was expected"))
    }

    @Test func literalsAreLowercaseAndWhole() throws {
        guard case .bool(true) = try parse("true").kind, case .bool(false) = try parse("false").kind,
              case .null = try parse("null").kind
        else {
            Issue.record("true, false and null were not read as themselves")
            return
        }
        #expect(error("tru") == .init(line: 1, column: 4, message: "invalid literal, 'true' was expected"))
        #expect(error("trUe") == .init(line: 1, column: 3, message: "invalid literal, 'true' was expected"))
        #expect(error("nul") == .init(line: 1, column: 4, message: "invalid literal, 'null' was expected"))
        #expect(error("True") == .init(line: 1, column: 1, message: "unexpected character 'T', a value was expected"))
    }

    @Test func nestingStopsAt512Levels() throws {
        let deepest = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(try parse(deepest).elements?.count == 1)
        let tooDeep = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        #expect(error(tooDeep) == .init(line: 1, column: 513, message: "nesting deeper than 512 levels"))
        let tooDeepObjects = String(repeating: "{\"a\":", count: 513) + "1" + String(repeating: "}", count: 513)
        #expect(error(tooDeepObjects) == .init(line: 1, column: 2561, message: "nesting deeper than 512 levels"))
    }

    @Test func aByteOrderMarkIsRefused() {
        #expect(error([0xEF, 0xBB, 0xBF] + Array("{}".utf8))
            == .init(line: 1, column: 1, message: "the file starts with a byte order mark, which JSON does not allow"))
    }

    @Test func bytesThatAreNotUTF8AreRefused() throws {
        #expect(error([0x22, 0xFF, 0x22]) == .init(line: 1, column: 1, message: "the file is not valid UTF-8"))
        #expect(error([0x22, 0xC3, 0x22]) == .init(line: 1, column: 1, message: "the file is not valid UTF-8"))
        // Anywhere in the file, after a syntax error too; a character cut by the end; a surrogate.
        #expect(error(Array("[1 2 \"".utf8) + [0xE2, 0x82] + Array("\"]".utf8)) == .init(line: 1, column: 1, message: "the file is not valid UTF-8"))
        #expect(error(Array("\"".utf8) + [0xF0, 0x9F, 0x98]) == .init(line: 1, column: 1, message: "the file is not valid UTF-8"))
        #expect(error(Array("\"".utf8) + [0xED, 0xA0, 0x80, 0x22]) == .init(line: 1, column: 1, message: "the file is not valid UTF-8"))
        #expect(try parse("\"€ 😀 é\"").string == "€ 😀 é")
    }

    /// Read a chunk at a time, the top-level object's "items" arrays are
    /// given away element by element (each "items" begins afresh), an empty
    /// array standing in their place; "items" further down stays where it is.
    @Test func theTopLevelItemsAreGivenAwayOneByOne() throws {
        let json = "{\"a\": 1, \"items\": [{\"x\": 1},\n 2, [3]], \"o\": {\"items\": [4]}, \"items\": \"s\"}"
        for size in Self.chunkSizes {
            let recorder = ItemRecorder()
            let value = try Self.parse(Array(json.utf8), chunksOf: size, items: recorder)
            #expect(recorder.log == ["begin", #"1:20={"x":1:26=1.0}"#, "2:2=2.0", "2:5=[2:6=3.0]", "begin"])
            #expect(Self.render(value) == #"1:1={"a":1:7=1.0,"items":1:19=[],"o":2:16={"items":2:26=[2:27=4.0]},"items":2:41="s"}"#)
        }
    }

    @Test func textAfterTheValueIsRefused() throws {
        #expect(error("1 2") == .init(line: 1, column: 3, message: "unexpected text after the JSON value"))
        #expect(error("{}\n}") == .init(line: 2, column: 1, message: "unexpected text after the JSON value"))
        #expect(error("[]x") == .init(line: 1, column: 3, message: "unexpected text after the JSON value"))
        #expect(try parse(" \t\r\n{} \r\n\t ").members?.isEmpty == true)
    }

    @Test func emptyInputIsAnError() {
        #expect(error("") == .init(line: 1, column: 1, message: "unexpected end of input, a value was expected"))
        #expect(error(" \n ") == .init(line: 2, column: 2, message: "unexpected end of input, a value was expected"))
    }

    @Test func objectAndArraySyntaxErrorsPointAtTheByte() {
        #expect(error("{a:1}") == .init(line: 1, column: 2, message: "a member name in double quotes was expected"))
        #expect(error("{\"a\" 1}") == .init(line: 1, column: 6, message: "':' was expected after the member name"))
        #expect(error("{\"a\":1,}") == .init(line: 1, column: 8, message: "a member name in double quotes was expected"))
        #expect(error("{\"a\":1 \"b\":2}") == .init(line: 1, column: 8, message: "',' or '}' was expected"))
        #expect(error("{\"a\":1") == .init(line: 1, column: 7, message: "',' or '}' was expected"))
        #expect(error("[1 2]") == .init(line: 1, column: 4, message: "',' or ']' was expected"))
        #expect(error("[1,]") == .init(line: 1, column: 4, message: "unexpected character ']', a value was expected"))
        #expect(error("[") == .init(line: 1, column: 2, message: "unexpected end of input, a value was expected"))
    }

    @Test func duplicateKeysAreKeptInOrderAndTheLastOneIsRead() throws {
        let value = try parse(#"{"a": 1, "b": 2, "a": "last"}"#)
        #expect(value.members?.map(\.key) == ["a", "b", "a"])
        #expect(value["a"]?.string == "last")
        #expect(value["missing"] == nil)
    }

    @Test func everyValueRemembersItsLineAndColumn() throws {
        let value = try parse("{\n  \"a\": [\n    true,\r\n    \"x\"\n  ],\n\t\"b\": null\n}")
        #expect((value.line, value.column) == (1, 1))
        let array = try #require(value["a"])
        #expect((array.line, array.column) == (2, 8))
        let elements = try #require(array.elements)
        #expect(elements.map { [$0.line, $0.column] } == [[3, 5], [4, 5]])
        let null = try #require(value["b"])
        #expect((null.line, null.column) == (6, 7))
    }

    @Test func escapeErrorsPointAtTheEscape() {
        #expect(error(#""\u00G0""#) == .init(line: 1, column: 4, message: "four hex digits were expected after \\u"))
        #expect(error(#""\u12""#) == .init(line: 1, column: 4, message: "four hex digits were expected after \\u"))
        #expect(error(#""\ud83d\u0041""#) == .init(line: 1, column: 14, message: "invalid low surrogate"))
        #expect(error(#""\udc00""#) == .init(line: 1, column: 8, message: "unpaired surrogate \\udc00"))
        #expect(error(#""\"#) == .init(line: 1, column: 3, message: "unterminated escape"))
        #expect(error("\"a\nb\"") == .init(line: 1, column: 3, message: "control character U+000A must be escaped in a string"))
    }

    @Test func typeNamesAsMessagesSayThem() throws {
        #expect(try ["null", "true", "1", "\"s\"", "[]", "{}"].map { try parse($0).typeName }
            == ["null", "a boolean", "a number", "a string", "an array", "an object"])
    }
}
