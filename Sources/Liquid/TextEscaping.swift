import Foundation

/// Each scalar of `text` replaced by what `replacement` gives for it, or kept when it gives nil.
func replacingScalars(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
        if let replaced = replacement(scalar) { result += replaced } else { result.unicodeScalars.append(scalar) }
    }
    return result
}

/// HTML escaping as Ruby's `CGI.escapeHTML`, Jekyll's `xml_escape`, Rouge and Liquid's `escape_once` do it.
enum HTMLEscaping {
    static let code: [Unicode.Scalar: String] = ["&": "&amp;", "<": "&lt;", ">": "&gt;"]
    static let html = code.merging(["\"": "&quot;", "'": "&#39;"]) { $1 }
    static let xml = code.merging(["\"": "&quot;", "'": "&apos;"]) { $1 }

    static func escape(_ text: String) -> String {
        replacingScalars(text) { html[$0] }
    }

    /// Escapes all but the `&` that already start an entity (`&amp;`, `&#39;`).
    static func escapeOnce(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = ""
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "&" {
                var end = index + 1
                let isNumeric = end < scalars.count && scalars[end] == "#"
                if isNumeric { end += 1 }
                let start = end
                while end < scalars.count, isNumeric ? ("0"..."9").contains(scalars[end]) : (("a"..."z").contains(scalars[end]) || ("A"..."Z").contains(scalars[end])) { end += 1 }
                if end > start, end < scalars.count, scalars[end] == ";" {
                    result.unicodeScalars.append(scalar)
                } else {
                    result += "&amp;"
                }
            } else if scalar == "<" || scalar == ">" || scalar == "\"" || scalar == "'" {
                result += escape(String(scalar))
            } else {
                result.unicodeScalars.append(scalar)
            }
            index += 1
        }
        return result
    }

    /// Jekyll's `xml_escape`: `&`, `<`, `>`, `"` and `'` (Ruby's `encode(xml: :attr)`).
    static func xmlEscape(_ text: String) -> String {
        replacingScalars(text) { xml[$0] }
    }
}

/// Percent-encoding as Ruby's `CGI.escape` and Addressable's `normalize_component` do it.
enum URLEscaping {
    private static func encode(_ text: String, keeping keep: (UInt8) -> Bool, spaceAsPlus: Bool) -> String {
        var result = ""
        for byte in text.utf8 {
            if spaceAsPlus && byte == 0x20 {
                result += "+"
            } else if keep(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += String(format: "%%%02X", byte)
            }
        }
        return result
    }

    static func isUnreserved(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || "-._~".utf8.contains(byte)
    }

    static func cgiEscape(_ text: String) -> String {
        encode(text, keeping: isUnreserved, spaceAsPlus: true)
    }

    static func cgiUnescape(_ text: String) -> String {
        percentDecoded(text.replacingOccurrences(of: "+", with: " "))
    }

    static func percentDecoded(_ text: String) -> String {
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "%"), index + 2 < utf8.count, let byte = UInt8(String(decoding: utf8[(index + 1)...(index + 2)], as: UTF8.self), radix: 16) {
                bytes.append(byte)
                index += 3
            } else {
                bytes.append(utf8[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Jekyll's `uri_escape`: everything but URI's reserved and unreserved characters percent-encoded.
    static func uriEscape(_ text: String) -> String {
        encode(percentDecoded(text), keeping: { isUnreserved($0) || ":/?#[]@!$&'()*+,;=".utf8.contains($0) }, spaceAsPlus: false)
    }

    /// What Addressable's `normalize` does to a path that Jekyll's URL filters build: characters a path may not hold are percent-encoded.
    static func normalizePath(_ text: String) -> String {
        encode(text, keeping: { isUnreserved($0) || ":/?#[]@!$&'()*+,;=%".utf8.contains($0) }, spaceAsPlus: false)
    }
}
