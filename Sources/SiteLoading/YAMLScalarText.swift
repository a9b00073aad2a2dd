/// The text a plain YAML scalar becomes where a generator prints it (a title, a tag, a
/// slug): YAML reads `1.10` as the number 1.1, and Jekyll and Hugo each read it with their
/// own library and print the number their own way. `title: 1.10` is "1.1" to both,
/// `title: 010` is "8", `title: 1e3` is "1e3" to Jekyll and "1000" to Hugo.
/// Checked against Jekyll 4.3 and hugo 0.111 (JekyllSiteTests, HugoSiteTests).
enum YAMLScalarText {
    /// As Jekyll prints it: Ruby's Psych (`ScalarScanner#tokenize`, YAML 1.1 with its own
    /// patterns) and then `to_s`. Timestamps and dates are left as written.
    static func psych(_ text: String) -> String {
        guard let first = text.utf8.first, first.isASCIIDigit || "+-.ytonfYTONF".utf8.contains(first) else { return text }
        if text.utf8.count <= 5 {
            switch text.lowercased() {
            case "yes", "true", "on": return "true"
            case "no", "false", "off": return "false"
            default: break
            }
        }
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return "Infinity"
        case "-.inf", "-.Inf", "-.INF": return "-Infinity"
        case ".nan", ".NaN", ".NAN": return "NaN"
        default: break
        }
        guard first.isASCIIDigit || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || first == UInt8(ascii: ".") else { return text }
        if let sexagesimal = psychSexagesimal(text) { return sexagesimal }
        if let float = psychFloat(text) { return float }
        return psychInteger(text) ?? text
    }

    /// As Hugo prints it: go-yaml v2's `resolve` (YAML 1.1 booleans; Go's integer syntax
    /// with `_` removed; floats) and then `cast.ToString` (`strconv.FormatFloat(f, 'f', -1, 64)`,
    /// so never an exponent). Timestamps stay as written, as go-yaml v2 leaves them for Hugo.
    static func goYAML(_ text: String) -> String {
        guard let first = text.utf8.first, first.isASCIIDigit || "+-.yYnNoOtTfF".utf8.contains(first) else { return text }
        switch text {
        case "y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "true", "True", "TRUE": return "true"
        case "n", "N", "no", "No", "NO", "off", "Off", "OFF", "false", "False", "FALSE": return "false"
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return "+Inf"
        case "-.inf", "-.Inf", "-.INF": return "-Inf"
        case ".nan", ".NaN", ".NAN": return "NaN"
        default: break
        }
        if first == UInt8(ascii: ".") {
            // `strconv.ParseFloat(in)`: underscores are not digits there.
            guard text.utf8.dropFirst().allSatisfy({ $0.isASCIIDigit || "eE+-".utf8.contains($0) }), let value = Double(text), value.isFinite else { return text }
            return goFixed(value)
        }
        guard first.isASCIIDigit || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") else { return text }
        let plain = text.replacingOccurrences(of: "_", with: "")
        if let integer = goInteger(plain) { return integer }
        // yamlStyleFloat: ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$
        guard matchesDecimal(plain, signedExponent: false, requiresPoint: false, separators: false), let value = Double(plain), value.isFinite else { return text }
        return goFixed(value)
    }

    // MARK: - Psych

    /// Psych's base-60 integers and floats (`1:20` is 4800: each part times 60 to the power of
    /// its distance from the third, as Psych computes it even for two parts).
    private static func psychSexagesimal(_ text: String) -> String? {
        guard text.contains(":") else { return nil }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count) else { return nil }
        let isFloat = parts.last!.contains(".")
        for (index, part) in parts.enumerated() {
            var digits = Substring(part)
            if index == 0, let sign = digits.first, sign == "+" || sign == "-" { digits = digits.dropFirst() }
            if index == parts.count - 1, isFloat, let point = digits.firstIndex(of: ".") {
                guard digits[digits.index(after: point)...].allSatisfy({ $0.isASCIIDigitCharacter || $0 == "_" }) else { return nil }
                digits = digits[..<point]
            }
            if index == 0 {
                guard let lead = digits.first, lead.isASCIIDigitCharacter, digits.allSatisfy({ $0.isASCIIDigitCharacter || $0 == "_" }) else { return nil }
            } else {
                guard (1...2).contains(digits.count), digits.allSatisfy(\.isASCIIDigitCharacter), digits.count == 1 || digits.first! <= "5" else { return nil }
            }
        }
        var total = 0.0
        for (index, part) in parts.enumerated() {
            // Ruby's `to_i`/`to_f`: underscores between digits are ignored.
            let number = Double(part.replacingOccurrences(of: "_", with: "")) ?? 0
            let power = abs(index - 2)
            total += number * Double([1, 60, 3600][power])
        }
        if isFloat { return rubyFloat(total) }
        guard let integer = Int(exactly: total) else { return nil }
        return String(integer)
    }

    /// Psych's FLOAT: `[-+]?([0-9][0-9_,]*)?\.[0-9]*([eE][-+][0-9]+)?`, then Ruby's `Float#to_s`.
    private static func psychFloat(_ text: String) -> String? {
        guard matchesDecimal(text, signedExponent: true, requiresPoint: true, separators: true) else { return nil }
        let cleaned = text.filter { $0 != "," && $0 != "_" }
        guard cleaned != "+." && cleaned != "-." && cleaned != "." else { return nil }
        guard let value = Double(cleaned.replacingOccurrences(of: ".e", with: "e").replacingOccurrences(of: ".E", with: "E")) ?? Double(cleaned + "0"),
              value.isFinite
        else { return nil }
        return rubyFloat(value)
    }

    /// Psych's INTEGER_LEGACY (binary, octal with a leading 0, decimal, hex; `,` and `_`
    /// allowed), then `Integer(…)`: printed in decimal.
    private static func psychInteger(_ text: String) -> String? {
        let (negative, body) = signed(text)
        let radix: Int
        let digits: Substring
        if body.hasPrefix("0b") {
            (radix, digits) = (2, body.dropFirst(2))
            guard !digits.isEmpty, digits.allSatisfy({ "01_,".contains($0) }) else { return nil }
        } else if body.hasPrefix("0x") {
            (radix, digits) = (16, body.dropFirst(2))
            guard !digits.isEmpty, digits.allSatisfy({ $0.isHexDigit || $0 == "_" || $0 == "," }) else { return nil }
        } else if body.hasPrefix("0"), body.count > 1 {
            (radix, digits) = (8, body.dropFirst())
            guard digits.allSatisfy({ "01234567_,".contains($0) }) else { return nil }
        } else {
            // `0`, or a digit 1-9 and then digits, each `,` or `_` between two digits.
            guard let lead = body.first, lead.isASCIIDigitCharacter, lead != "0" || body.count == 1 else { return nil }
            var previous: Character = lead
            for character in body.dropFirst() {
                guard character.isASCIIDigitCharacter || ((character == "," || character == "_") && previous.isASCIIDigitCharacter) else { return nil }
                previous = character
            }
            guard previous.isASCIIDigitCharacter else { return nil }
            let decimal = body.filter(\.isASCIIDigitCharacter)
            // Ruby's integers have no limit: print the digits themselves.
            return (negative && decimal != "0" ? "-" : "") + decimal
        }
        let cleaned = digits.filter { $0 != "_" && $0 != "," }
        guard !cleaned.isEmpty, let magnitude = Int(cleaned, radix: radix) else { return cleaned.isEmpty ? nil : text }
        return String(negative ? -magnitude : magnitude)
    }

    /// Ruby's `Float#to_s`: the shortest digits, in fixed notation (with `.0` when whole) while
    /// the number has at most 16 integer digits (15 when whole) and no more than three zeros after
    /// the point; else `d.ddde+XX`.
    static func rubyFloat(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        let sign = value.sign == .minus ? "-" : ""
        if value == 0 { return sign + "0.0" }
        let (digits, point) = shortestDigits(value)
        let fixed = point > 0 ? (point < digits.count ? point <= 16 : point <= 15) : point > -4
        guard fixed else {
            let rest = digits.dropFirst()
            let exponent = point - 1
            return sign + String(digits.first!) + "." + (rest.isEmpty ? "0" : rest) + "e" + (exponent < 0 ? "-" : "+") + (abs(exponent) < 10 ? "0" : "") + String(abs(exponent))
        }
        return sign + fixedNotation(digits, point, wholeSuffix: ".0")
    }

    // MARK: - Go

    /// `strconv.ParseInt(plain, 0, 64)`, then `ParseUint`: Go's syntax (a sign, `0x`, `0o`,
    /// `0b`, a leading `0` for octal), printed in decimal.
    private static func goInteger(_ plain: String) -> String? {
        let (negative, body) = signed(plain)
        let radix: Int
        var digits = body
        switch body.prefix(2).lowercased() {
        case "0x": (radix, digits) = (16, body.dropFirst(2))
        case "0o": (radix, digits) = (8, body.dropFirst(2))
        case "0b": (radix, digits) = (2, body.dropFirst(2))
        default: radix = body.hasPrefix("0") && body.count > 1 ? 8 : 10
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isHexDigit }) else { return nil }
        if let magnitude = UInt64(digits, radix: radix) {
            if negative {
                // ParseUint takes no sign: a negative value is ParseInt's or nothing.
                guard magnitude <= UInt64(Int64.max) + 1 else { return nil }
                return magnitude == 0 ? "0" : "-" + String(magnitude)
            }
            return String(magnitude)
        }
        return nil
    }

    /// `strconv.FormatFloat(value, 'f', -1, 64)`: the shortest digits, never an exponent.
    static func goFixed(_ value: Double) -> String {
        let sign = value.sign == .minus ? "-" : ""
        if value == 0 { return sign + "0" }
        let (digits, point) = shortestDigits(value)
        return sign + fixedNotation(digits, point, wholeSuffix: "")
    }

    // MARK: - Shared

    /// A leading `+` or `-` taken off.
    private static func signed(_ text: String) -> (negative: Bool, body: Substring) {
        guard let sign = text.first, sign == "+" || sign == "-" else { return (false, Substring(text)) }
        return (sign == "-", Substring(text).dropFirst())
    }

    /// The shortest digits that read back as `value` (as Ruby's, Go's and Swift's printing
    /// all find them), without leading or trailing zeros, and how many of them come before
    /// the point (`1.5` is ("15", 1), `0.001` is ("1", -2), `1e21` is ("1", 22)).
    private static func shortestDigits(_ value: Double) -> (digits: String, point: Int) {
        let text = "\(abs(value))"
        let parts = text.split(separator: "e")
        let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let mantissa = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        let whole = mantissa[0]
        var digits = String(whole) + (mantissa.count > 1 ? String(mantissa[1]) : "")
        var point = whole.count + exponent
        while digits.first == "0" {
            digits.removeFirst()
            point -= 1
        }
        while digits.last == "0" { digits.removeLast() }
        return (digits, point)
    }

    private static func fixedNotation(_ digits: String, _ point: Int, wholeSuffix: String) -> String {
        if point <= 0 { return "0." + String(repeating: "0", count: -point) + digits }
        if point >= digits.count { return digits + String(repeating: "0", count: point - digits.count) + wholeSuffix }
        let split = digits.index(digits.startIndex, offsetBy: point)
        return digits[..<split] + "." + digits[split...]
    }

    /// A decimal number: a sign, digits (with `,` and `_` when `separators`), a point
    /// (required by Psych, optional in go-yaml), digits, an exponent (whose sign Psych requires).
    private static func matchesDecimal(_ text: String, signedExponent: Bool, requiresPoint: Bool, separators: Bool) -> Bool {
        var bytes = Substring(text).utf8[...]
        if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let whole = bytes.prefix { $0.isASCIIDigit || (separators && ($0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "_"))) }
        if let lead = whole.first, !lead.isASCIIDigit { return false }
        bytes = bytes.dropFirst(whole.count)
        var fraction = bytes.prefix(0)
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            fraction = bytes.prefix(while: \.isASCIIDigit)
            bytes = bytes.dropFirst(fraction.count)
            // go-yaml: a point needs digits on one side at least; `\.[0-9]+` or `[0-9]+\.`
            if !requiresPoint && whole.isEmpty && fraction.isEmpty { return false }
        } else if requiresPoint || whole.isEmpty {
            return false
        }
        if requiresPoint == false && whole.isEmpty && fraction.isEmpty { return false }
        if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                bytes = bytes.dropFirst()
            } else if signedExponent {
                return false
            }
            let exponent = bytes.prefix(while: \.isASCIIDigit)
            guard !exponent.isEmpty else { return false }
            bytes = bytes.dropFirst(exponent.count)
        }
        return bytes.isEmpty
    }
}

private extension UInt8 {
    var isASCIIDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
}

private extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
