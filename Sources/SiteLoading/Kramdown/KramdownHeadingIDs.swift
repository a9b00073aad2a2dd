import Foundation

/// kramdown-parser-gfm's automatic heading ids (`generate_gfm_header_id`,
/// with Jekyll's `auto_ids: true`): the heading's text as readers see it
/// (smart quotes and all), lowercased, without characters other than
/// letters, digits, `_`, `-`, spaces and tabs, spaces and tabs turned into
/// `-`; the second heading of the same text gets `-1`, the third `-2`.
/// Explicit ids are kept and, as in kramdown, not counted. An empty id is left out.
enum KramdownHeadingIDs {
    private static let removed = try! NSRegularExpression(pattern: #"[^\p{L}\p{M}\p{N}\p{Pc}\- \t]"#)

    static func apply(_ headings: [MarkdownHeadings.Heading], _ context: DialectContext) {
        guard context.autoIDs else { return }
        var counts: [String: Int] = [:]
        for heading in headings where heading.element.attribute("id") == nil {
            var id = heading.element.text.lowercased()
            id = removed.stringByReplacingMatches(in: id, range: NSRange(location: 0, length: (id as NSString).length), withTemplate: "")
            id = id.replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: "\t", with: "-")
            let seen = counts[id, default: -1] + 1
            counts[id] = seen
            if seen > 0 { id += "-\(seen)" }
            if !id.isEmpty || !context.autoIDPrefix.isEmpty { heading.element.setAttribute("id", context.autoIDPrefix + id) }
        }
    }
}
