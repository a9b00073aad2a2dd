import Foundation
import FeedGen

/// Two renderings compared as readers see them: both read and written by
/// libxml2 (the serializer every feed's content goes through), white space
/// around block-level tags dropped (kramdown indents its blocks, cmark-gfm
/// does not).
enum HTMLComparison {
    private static let blockTag = try! NSRegularExpression(
        pattern: #"\s*(</?(?:p|ul|ol|li|div|h[1-6]|table|thead|tbody|tr|td|th|blockquote|pre|dl|dt|dd|hr|section|br|figure|details|summary|aside|nav|header|footer|main|article)\b[^>]*>)\s*"#)

    private static let highlighting = try! NSRegularExpression(pattern: #"<span (?:class|style)="[^"]*">|</span>"#)

    /// With `ignoringHighlighting`, rouge's and chroma's token spans are
    /// dropped (feedgen writes the code's text without them).
    static func normalized(_ html: String, ignoringHighlighting: Bool = false) -> String {
        var html = html
        if ignoringHighlighting {
            html = highlighting.stringByReplacingMatches(in: html, range: NSRange(location: 0, length: (html as NSString).length), withTemplate: "")
        }
        let written = HTMLTree(html)?.html ?? html
        let source = written as NSString
        return blockTag.stringByReplacingMatches(in: written, range: NSRange(location: 0, length: source.length), withTemplate: "$1")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
