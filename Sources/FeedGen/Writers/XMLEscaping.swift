/// Escaping for XML character data and attribute values.
enum XMLEscaping {
    /// `&`, `<` and `>` (the last so that `]]>` can never appear).
    static func text(_ string: String) -> String {
        escape(string, attribute: false)
    }

    /// As `text`, plus both quotes and the white space that attribute
    /// normalisation would otherwise fold.
    static func attribute(_ string: String) -> String {
        escape(string, attribute: true)
    }

    private static func escape(_ string: String, attribute: Bool) -> String {
        let needsWork = string.utf8.contains { byte in
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\r"): true
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "\t"), UInt8(ascii: "\n"): attribute
            case 0..<0x20: true
            default: false
            }
        }
        guard needsWork else { return string }
        var output = ""
        output.reserveCapacity(string.utf8.count + 16)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where attribute: output += "&quot;"
            case "'" where attribute: output += "&apos;"
            case "\t" where attribute: output += "&#9;"
            case "\n" where attribute: output += "&#10;"
            case "\r": output += "&#13;"
            default:
                // Loading already removed these; this keeps a writer's output
                // well-formed whatever model it is given.
                if !XMLCharacters.isForbidden(scalar) { output.unicodeScalars.append(scalar) }
            }
        }
        return output
    }
}
