import FeedXML
import Foundation

/// Markers that cmark-gfm put inside code (a `{: …}` or `$$` written in a
/// code span or an indented block) are what the author wrote, and are put
/// back as written.
enum CodeMarkers {
    static func restore(_ tree: HTMLTree, _ context: DialectContext) {
        for node in tree.body.descendants where node.isText && node.text.contains(DialectMarkers.inlineOpen) && node.isInside(["code", "pre"]) {
            node.text = context.markers.restoringOriginals(node.text)
        }
        for node in tree.body.descendants where node.isText && node.text.contains("<!--" + DialectMarkers.blockPrefix) && node.isInside(["code", "pre"]) {
            var text = node.text
            while let start = text.range(of: "<!--" + DialectMarkers.blockPrefix), let end = text[start.upperBound...].range(of: "-->"),
                let index = Int(text[start.upperBound..<end.lowerBound]), index < context.markers.entries.count
            {
                text.replaceSubrange(start.lowerBound..<end.upperBound, with: context.markers.entries[index].original)
            }
            node.text = text
        }
    }
}
