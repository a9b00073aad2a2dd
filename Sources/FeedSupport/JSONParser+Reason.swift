extension JSONParser {
    /// Every syntax error the parser reports, in its words. Callers put them
    /// after "not valid JSON: ".
    package enum Reason: DiagnosticReason, Equatable {
        case byteOrderMark
        case notUTF8
        case textAfterValue
        case endInsteadOfValue
        case characterInsteadOfValue(Unicode.Scalar)
        case invalidLiteral(expected: String)
        case tooDeep(levels: Int)
        case memberNameExpected
        case colonExpected
        case commaOrBraceExpected
        case commaOrBracketExpected
        case digitExpected
        case leadingZero
        case digitExpectedAfterPoint
        case digitExpectedInExponent
        case unterminatedString
        case unescapedControl(UInt8)
        case unterminatedEscape
        case unpairedSurrogate(UInt32)
        case invalidLowSurrogate
        case invalidEscape(Unicode.Scalar)
        case hexDigitsExpected

        package var message: String {
            switch self {
            case .byteOrderMark: "the file starts with a byte order mark, which JSON does not allow"
            case .notUTF8: "the file is not valid UTF-8"
            case .textAfterValue: "unexpected text after the JSON value"
            case .endInsteadOfValue: "unexpected end of input, a value was expected"
            case .characterInsteadOfValue(let character): "unexpected character '\(character)', a value was expected"
            case .invalidLiteral(let word): "invalid literal, '\(word)' was expected"
            case .tooDeep(let levels): "nesting deeper than \(levels) levels"
            case .memberNameExpected: "a member name in double quotes was expected"
            case .colonExpected: "':' was expected after the member name"
            case .commaOrBraceExpected: "',' or '}' was expected"
            case .commaOrBracketExpected: "',' or ']' was expected"
            case .digitExpected: "a digit was expected"
            case .leadingZero: "numbers must not have leading zeros"
            case .digitExpectedAfterPoint: "a digit was expected after '.'"
            case .digitExpectedInExponent: "a digit was expected in the exponent"
            case .unterminatedString: "unterminated string"
            case .unescapedControl(let byte): "control character U+\(Self.hex4(byte)) must be escaped in a string"
            case .unterminatedEscape: "unterminated escape"
            case .unpairedSurrogate(let unit): "unpaired surrogate \\u\(String(unit, radix: 16))"
            case .invalidLowSurrogate: "invalid low surrogate"
            case .invalidEscape(let character): "invalid escape '\\\(character)'"
            case .hexDigitsExpected: "four hex digits were expected after \\u"
            }
        }

        private static func hex4(_ byte: UInt8) -> String {
            let digits = String(byte, radix: 16, uppercase: true)
            return String(repeating: "0", count: 4 - digits.count) + digits
        }
    }
}
