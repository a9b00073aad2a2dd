import FeedXML
import Foundation

/// The headings cmark-gfm made from Markdown (not those written in raw
/// HTML), found by the marker `MarkdownRenderer.renderForDialect` starts
/// each with, which this takes out again.
enum MarkdownHeadings {
    struct Heading {
        var element: HTMLNode
        var level: Int
        /// Where it is in the Markdown, for dialects whose ids come from the text as written.
        var source: MarkdownRenderer.HeadingSource
    }

    static func collect(_ tree: HTMLTree, sources: [MarkdownRenderer.HeadingSource]) -> [Heading] {
        var headings: [Heading] = []
        for node in tree.body.descendants where node.isText && node.text.hasPrefix("\u{E010}") {
            let text = node.text
            guard let close = text.firstIndex(of: "\u{E011}"), let index = Int(text[text.index(after: text.startIndex)..<close]), index < sources.count else { continue }
            let rest = String(text[text.index(after: close)...])
            var element = node.parent
            while let current = element, !["h1", "h2", "h3", "h4", "h5", "h6"].contains(current.name) { element = current.parent }
            if rest.isEmpty { node.remove() } else { node.text = rest }
            if let element { headings.append(Heading(element: element, level: sources[index].level, source: sources[index])) }
        }
        return headings
    }
}
