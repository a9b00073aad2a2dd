import Foundation

/// Jekyll's `Utils.slugify` (the `slugify` filter), in each of its modes.
enum Slugify {
    static func slug(_ text: String, mode: String?) -> String {
        let mode = mode ?? "default"
        let pattern: String
        var text = text
        switch mode {
        case "raw": pattern = #"\s+"#
        case "default": pattern = #"[^\p{M}\p{L}\p{Nd}]+"#
        case "pretty": pattern = #"[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+"#
        case "ascii": pattern = #"[^A-Za-z0-9]+"#
        case "latin":
            // I18n.transliterate: accents dropped from Latin letters, anything else `?`.
            text = String(text.folding(options: .diacriticInsensitive, locale: Locale(identifier: "en")).unicodeScalars.map { $0.isASCII ? Character($0) : "?" })
            pattern = #"[^A-Za-z0-9]+"#
        default:
            // Jekyll: an unknown mode (and "none") only lowers the case.
            return text.lowercased()
        }
        var slug = text.replacingOccurrences(of: pattern, with: "-", options: .regularExpression)
        slug = slug.replacingOccurrences(of: #"(?m)^-|-$"#, with: "", options: .regularExpression)
        return slug.lowercased()
    }
}
