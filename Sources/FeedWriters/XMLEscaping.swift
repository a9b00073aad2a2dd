import FeedModel
/// Escaping for XML character data and attribute values.
package enum XMLEscaping {
    /// `&`, `<` and `>` (the last so that `]]>` can never appear).
    package static func text(_ string: String) -> String {
        escape(string, attribute: false)
    }

    /// As `text`, but `&` and `<` as hexadecimal character references
    /// (`&#x26;`, `&#x3C;`): the RSS Advisory Board's profile
    /// asks for them in RSS's plain-text elements, so that readers which
    /// decode entities once too often (and so take `&amp;lt;b&gt;` for HTML)
    /// still show the text, and the W3C validator does not warn.
    package static func rssPlainText(_ string: String) -> String {
        escape(string, attribute: false, hexadecimal: true)
    }

    /// As `text`, plus both quotes and the white space that attribute
    /// normalisation would otherwise fold.
    package static func attribute(_ string: String) -> String {
        escape(string, attribute: true)
    }

    private static func escape(_ string: String, attribute: Bool, hexadecimal: Bool = false) -> String {
        string.replacingUTF8 { bytes, index in
            switch bytes[index] {
            case UInt8(ascii: "&"): (1, hexadecimal ? "&#x26;" : "&amp;")
            case UInt8(ascii: "<"): (1, hexadecimal ? "&#x3C;" : "&lt;")
            case UInt8(ascii: ">"): (1, "&gt;")
            case UInt8(ascii: "\r"): (1, "&#13;")
            case UInt8(ascii: "\"") where attribute: (1, "&quot;")
            case UInt8(ascii: "'") where attribute: (1, "&apos;")
            case UInt8(ascii: "\t") where attribute: (1, "&#9;")
            case UInt8(ascii: "\n") where attribute: (1, "&#10;")
            // Loading already removed what XML forbids; this keeps a writer's
            // output well-formed whatever model it is given.
            default: XMLCharacters.forbiddenLength(in: bytes, at: index).map { ($0, "") }
            }
        }
    }
}
