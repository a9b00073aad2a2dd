import Foundation

/// Hugo's heading ids with its default `autoHeadingIDType = "github"`: the
/// heading as written in Markdown (markup characters, entities and inline
/// HTML included, not as rendered), trimmed, lowercased, with spaces and
/// `-` kept as `-`, letters, digits and `_` kept, everything else dropped;
/// an empty one is `heading`. An id already taken, explicit ids included
/// (in document order), gets `-1`, `-2`, … until it is free.
enum GoldmarkHeadingIDs {
    static func apply(_ headings: [MarkdownHeadings.Heading], lines: [SourceLine]) {
        var taken = Set<String>()
        for heading in headings {
            if let id = heading.element.attribute("id") {
                taken.insert(id)
                continue
            }
            var id = sanitize(written(heading.source, lines: lines))
            if id.isEmpty { id = "heading" }
            if taken.contains(id) {
                var number = 1
                while taken.contains(id + "-\(number)") { number += 1 }
                id += "-\(number)"
            }
            taken.insert(id)
            heading.element.setAttribute("id", id)
        }
    }

    /// The heading's text as written: an ATX heading's line without its
    /// `#` marks, a setext heading's lines without the underline.
    private static func written(_ source: MarkdownRenderer.HeadingSource, lines: [SourceLine]) -> String {
        let first = source.lines.lowerBound - 1
        guard first >= 0, first < lines.count else { return "" }
        var text: String
        if source.isSetext {
            let last = min(source.lines.upperBound - 2, lines.count - 1)
            text = lines[first...max(first, last)].map(\.text).joined()
        } else {
            text = String(lines[first].text.drop { $0 == " " }.drop { $0 == "#" })
            text = text.replacingOccurrences(of: #"[ \t]+#+[ \t]*$"#, with: "", options: .regularExpression)
        }
        for (range, _) in DialectMarkers.inlineMarkers(in: text).reversed() { text.removeSubrange(range) }
        return text.trimmingCharacters(in: .whitespaces)
    }

    private static func sanitize(_ text: String) -> String {
        var id = ""
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "-" {
                id.append("-")
            } else if scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal {
                id += String(scalar).lowercased()
            }
        }
        return id
    }
}
