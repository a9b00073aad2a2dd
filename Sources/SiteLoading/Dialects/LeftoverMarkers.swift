import FeedXML
import Foundation

/// The last pass: a marker no pass took (where cmark-gfm put it somewhere
/// the dialect has no meaning for it) is removed, with a warning naming
/// what was written, so that no kramdown syntax reaches a reader.
enum LeftoverMarkers {
    static func remove(_ tree: HTMLTree, _ context: DialectContext, skipping raw: Set<UnsafeMutableRawPointer>) {
        let nodes = tree.body.descendants
        for node in nodes where node.isComment {
            guard let index = DialectMarkers.blockIndex(node.text) else { continue }
            let entry = context.markers.entries[index]
            if !entry.original.isEmpty { context.warn(entry.line, .leftoverMarker(entry.original.trimmed)) }
            node.remove()
        }
        for node in tree.body.descendants where node.isText && !node.isInside(["code", "pre"]) && !node.isWithin(raw) {
            var text = node.text
            for (range, index) in DialectMarkers.inlineMarkers(in: text).reversed() {
                let entry = context.markers.entries[index]
                if !entry.original.isEmpty { context.warn(entry.line, .leftoverMarker(entry.original)) }
                text.removeSubrange(range)
            }
            if text != node.text { node.text = text }
        }
    }
}
