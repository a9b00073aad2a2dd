import FeedXML
import Foundation

/// A post body as Jekyll renders it with kramdown (GFM input, Jekyll's
/// default options): cmark-gfm parses, and named passes before and after it
/// do what kramdown does differently. Only the posts that reach a feed go
/// through here.
enum KramdownRenderer {
    static func render(_ markdown: String, _ context: DialectContext) -> String {
        var lines = [SourceLine](markdown: markdown)
        HTMLComments.prepare(&lines, context)
        MarkdownInHTML.prepare(&lines, context)
        Abbreviations.prepare(&lines, context)
        AttributeLists.prepare(&lines, context)
        KramdownTables.prepare(&lines, context)
        KramdownLists.prepare(&lines, context)
        FootnoteNames.prepare(&lines)
        MathBlocks.prepare(&lines, context)
        KramdownLinkURLs.prepare(&lines, context)
        KramdownEscapes.prepare(&lines, context)
        KramdownParagraphLines.prepare(&lines, context)
        DefinitionLists.prepare(&lines, context)
        Guillemets.prepare(&lines, Guillemets.kramdown)
        let (html, sources) = MarkdownRenderer.renderForDialect(
            lines.markdown, settings: .init(smart: false, autolink: false, alignmentStyle: true, doubleTildeOnly: true, markRawCode: true, hardBreaks: context.hardWrap,
                                 kramdownListParagraphs: true))
        guard let tree = HTMLTree(html) else { return html }
        CodeMarkers.restore(tree, context)
        KramdownLinkURLs.finish(tree, context)
        KramdownLists.unwrapTransparentParagraphs(tree)
        HTMLComments.finish(tree, context)
        KramdownTables.finish(tree, context)
        let raw = MarkdownInHTML.finish(tree, context)
        AttributeLists.finish(tree, context)
        DefinitionLists.finish(tree, context)
        KramdownSmartPunctuation.apply(tree, skipping: raw)
        MathBlocks.finish(tree, context)
        let headings = MarkdownHeadings.collect(tree, sources: sources)
        KramdownHeadingIDs.apply(headings, context)
        TableOfContents.apply(tree, headings: headings, context)
        FootnoteMarkup.apply(tree, style: .kramdown)
        KramdownCodeBlocks.apply(tree, skipping: raw)
        KramdownTaskLists.apply(tree)
        KramdownLists.finish(tree, skipping: raw)
        Abbreviations.finish(tree, context, skipping: raw)
        LeftoverMarkers.remove(tree, context, skipping: raw)
        return tree.html
    }
}
