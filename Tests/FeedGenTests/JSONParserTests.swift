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
