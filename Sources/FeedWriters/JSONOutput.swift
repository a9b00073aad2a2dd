import FeedModel
/// A JSON value whose object members keep the order they were written in,
/// so that the same feed always gives the same bytes.
package indirect enum JSONOutput {
    case string(String)
    case integer(Int)
    case bool(Bool)
    /// Written `null`, unlike a `nil` member, which is left out.
    case null
    case array([JSONOutput])
    case object([(String, JSONOutput?)])

    /// Two-space indented JSON; `nil` members are left out.
    package func serialized() -> String {
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
        case .null: output += "null"
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
        output += string.replacingUTF8 { bytes, index in
            switch bytes[index] {
            case UInt8(ascii: "\""): (1, "\\\"")
            case UInt8(ascii: "\\"): (1, "\\\\")
            case UInt8(ascii: "\n"): (1, "\\n")
            case UInt8(ascii: "\r"): (1, "\\r")
            case UInt8(ascii: "\t"): (1, "\\t")
            case 0..<0x20: (1, controlEscapes[Int(bytes[index])])
            // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA8: (3, "\\u2028")
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA9: (3, "\\u2029")
            default: nil
            }
        }
        output += "\""
    }

    /// `\u0000` to `\u001f`, by code.
    private static let controlEscapes: [StaticString] = [
        "\\u0000", "\\u0001", "\\u0002", "\\u0003", "\\u0004", "\\u0005", "\\u0006", "\\u0007",
        "\\u0008", "\\u0009", "\\u000a", "\\u000b", "\\u000c", "\\u000d", "\\u000e", "\\u000f",
        "\\u0010", "\\u0011", "\\u0012", "\\u0013", "\\u0014", "\\u0015", "\\u0016", "\\u0017",
        "\\u0018", "\\u0019", "\\u001a", "\\u001b", "\\u001c", "\\u001d", "\\u001e", "\\u001f",
    ]
}
