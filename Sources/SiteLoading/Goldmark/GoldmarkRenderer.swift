import FeedXML
import Foundation

/// A post body as Hugo 0.111 renders it with goldmark and its default
/// `markup` settings: cmark-gfm parses (its smart punctuation stands for
/// goldmark's typographer), and named passes after it do what goldmark does
/// differently.
enum GoldmarkRenderer {
    static func render(_ markdown: String, _ context: DialectContext) -> String {
        var lines = [SourceLine](markdown: markdown)
        GoldmarkHeadingAttributes.prepare(&lines, context)
        DefinitionLists.prepare(&lines, context)
        Guillemets.prepare(&lines, Guillemets.goldmark)
        let (html, sources) = MarkdownRenderer.renderForDialect(
            lines.markdown, settings: .init(smart: true, autolink: true, alignmentStyle: true, doubleTildeOnly: true, rawHTML: context.rawHTML, markFencedCode: true))
        guard let tree = HTMLTree(html) else { return html }
        CodeMarkers.restore(tree, context)
        DefinitionLists.finish(tree, context)
        AttributeLists.finish(tree, context)
        let headings = MarkdownHeadings.collect(tree, sources: sources)
        GoldmarkHeadingIDs.apply(headings, lines: lines)
        FootnoteMarkup.apply(tree, style: .goldmark)
        GoldmarkCodeBlocks.apply(tree)
        GoldmarkMarkup.apply(tree)
        LeftoverMarkers.remove(tree, context, skipping: [])
        return tree.html
    }
}
