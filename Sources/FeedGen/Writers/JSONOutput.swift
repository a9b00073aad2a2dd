/// A JSON value whose object members keep the order they were written in,
/// so that the same feed always gives the same bytes.
indirect enum JSONOutput {
    case string(String)
    case integer(Int)
    case bool(Bool)
    case array([JSONOutput])
    case object([(String, JSONOutput?)])

    /// Two-space indented JSON; `nil` members are left out.
    func serialized() -> String {
        var output = ""
        output.reserveCapacity(64 * 1024)
        write(into: &output, depth: 0)
        return output + "\n"
    }

    private func write(into output: inout String, depth: Int) {
        switch self {
        case .string(let string): Self.quote(string, into: &output)
        case .integer(let number): output += String(number)
        case .bool(let flag): output += flag ? "true" : "false"
        case .array(let elements):
            guard !elements.isEmpty else { output += "[]"; return }
            output += "[\n"
            for (index, element) in elements.enumerated() {
                output += String(repeating: "  ", count: depth + 1)
                element.write(into: &output, depth: depth + 1)
                output += index < elements.count - 1 ? ",\n" : "\n"
            }
            output += String(repeating: "  ", count: depth) + "]"
        case .object(let members):
            let present = members.compactMap { name, value in value.map { (name, $0) } }
            guard !present.isEmpty else { output += "{}"; return }
            output += "{\n"
            for (index, (name, value)) in present.enumerated() {
                output += String(repeating: "  ", count: depth + 1)
                Self.quote(name, into: &output)
                output += ": "
                value.write(into: &output, depth: depth + 1)
                output += index < present.count - 1 ? ",\n" : "\n"
            }
            output += String(repeating: "  ", count: depth) + "}"
        }
    }

    /// RFC 8259 string escaping; U+2028 and U+2029 too, for JavaScript consumers.
    private static func quote(_ string: String, into output: inout String) {
        output += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
