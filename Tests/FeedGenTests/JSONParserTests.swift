import Testing
@testable import FeedGen

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
        #expect(throws: JSONParser.SyntaxError(line: 1, column: 4, message: "unterminated string")) { try string(#""ab"#) }
        #expect(throws: JSONParser.SyntaxError(line: 1, column: 3, message: "control character U+0001 must be escaped in a string")) {
            try string("\"a\u{01}\"")
        }
        #expect(throws: JSONParser.SyntaxError(line: 1, column: 8, message: "unpaired surrogate \\ud83d")) { try string(#""\ud83d x""#) }
        #expect(throws: JSONParser.SyntaxError(line: 1, column: 5, message: "invalid escape '\\q'")) { try string(#""a\q""#) }
    }
}

/// Every other rule of the parser, each with the exact error and where it points:
/// config.json and the JSON Feed checks report these positions to the user.
@Suite struct JSONParserRuleTests {
    func parse(_ json: String) throws(JSONParser.SyntaxError) -> JSONValue {
        try JSONParser.parse(Array(json.utf8))
    }

    func number(_ json: String) throws -> Double? {
        if case .number(let value) = try parse(json).kind { return value }
        return nil
    }

    func error(_ json: String) -> JSONParser.SyntaxError? {
        error(Array(json.utf8))
    }

    func error(_ bytes: [UInt8]) -> JSONParser.SyntaxError? {
        do {
            _ = try JSONParser.parse(bytes)
            return nil
        } catch {
            return error
        }
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

    @Test func bytesThatAreNotUTF8AreRefused() {
        #expect(error([0x22, 0xFF, 0x22]) == .init(line: 1, column: 1, message: "the file is not valid UTF-8"))
        #expect(error([0x22, 0xC3, 0x22]) == .init(line: 1, column: 1, message: "the file is not valid UTF-8"))
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
