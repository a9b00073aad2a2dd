import Foundation
import Testing
import FeedGen
@testable import SiteLoading

/// `MarkdownRenderer`: CommonMark with GitHub's extensions through
/// cmark-gfm (0.29.0.gfm.6 on this machine), raw HTML passed through, smart
/// punctuation on, and the excerpt rules. Expected HTML follows the GFM
/// spec's examples in cmark-gfm's own spelling (`<input … disabled="" />`).
@Suite struct MarkdownTests {
    private func html(_ markdown: String) -> String {
        MarkdownRenderer.render(markdown, excerptSeparator: nil).html
    }

    private func excerpt(_ markdown: String, separator: String? = nil) -> String {
        MarkdownRenderer.render(markdown, excerptSeparator: separator).excerptHTML
    }

    @Test func paragraphAndEmphasis() {
        #expect(html("Hello *world* and **you**.\n") == "<p>Hello <em>world</em> and <strong>you</strong>.</p>\n")
    }

    @Test func table() {
        #expect(html("| a | b |\n|---|:-:|\n| 1 | 2 |\n") == """
            <table>
            <thead>
            <tr>
            <th>a</th>
            <th align="center">b</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td>1</td>
            <td align="center">2</td>
            </tr>
            </tbody>
            </table>

            """)
    }

    @Test func strikethrough() {
        #expect(html("~~gone~~ and kept\n") == "<p><del>gone</del> and kept</p>\n")
    }

    @Test func autolinkOfABareURLAndWWW() {
        #expect(html("See https://example.org and www.example.com.\n")
            == "<p>See <a href=\"https://example.org\">https://example.org</a> and <a href=\"http://www.example.com\">www.example.com</a>.</p>\n")
    }

    @Test func taskList() {
        #expect(html("- [x] done\n- [ ] todo\n") == """
            <ul>
            <li><input type="checkbox" checked="" disabled="" /> done</li>
            <li><input type="checkbox" disabled="" /> todo</li>
            </ul>

            """)
    }

    @Test func footnote() {
        #expect(html("Text[^1].\n\n[^1]: Note.\n") == """
            <p>Text<sup class="footnote-ref"><a href="#fn-1" id="fnref-1" data-footnote-ref>1</a></sup>.</p>
            <section class="footnotes" data-footnotes>
            <ol>
            <li id="fn-1">
            <p>Note. <a href="#fnref-1" class="footnote-backref" data-footnote-backref aria-label="Back to content">↩</a></p>
            </li>
            </ol>
            </section>

            """)
    }

    @Test func rawHTMLBlockPassesThrough() {
        #expect(html("<div class=\"note\">\n<b>Hi</b> & bye\n</div>\n\nText\n")
            == "<div class=\"note\">\n<b>Hi</b> & bye\n</div>\n<p>Text</p>\n")
    }

    @Test func inlineRawHTMLPassesThrough() {
        #expect(html("A <kbd>Ctrl</kbd> key.\n") == "<p>A <kbd>Ctrl</kbd> key.</p>\n")
    }

    @Test func specialCharactersAreEscaped() {
        #expect(html("`<tag>` & 5 > 3\n") == "<p><code>&lt;tag&gt;</code> &amp; 5 &gt; 3</p>\n")
    }

    @Test func fencedCodeWithLanguage() {
        #expect(html("```swift\nlet a = \"<b>\"\n```\n") == "<pre><code class=\"language-swift\">let a = &quot;&lt;b&gt;&quot;\n</code></pre>\n")
    }

    @Test func smartPunctuation() {
        #expect(html("\"Hello\" -- it's... --- yes\n") == "<p>“Hello” – it’s… — yes</p>\n")
    }

    // MARK: - Excerpt

    @Test func excerptIsTheFirstParagraph() {
        #expect(excerpt("First paragraph\non two lines.\n\nSecond paragraph.\n") == "<p>First paragraph\non two lines.</p>\n")
    }

    @Test func excerptIncludesTheBlocksBeforeTheFirstParagraph() {
        #expect(excerpt("# Title\n\n- a\n- b\n\nFirst paragraph.\n\nSecond.\n")
            == "<h1>Title</h1>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<p>First paragraph.</p>\n")
    }

    @Test func excerptWithoutAnyParagraphIsEveryBlock() {
        #expect(excerpt("# Only\n\n## Headings\n") == "<h1>Only</h1>\n<h2>Headings</h2>\n")
    }

    @Test func excerptUpToACustomSeparator() {
        let markdown = "Intro paragraph.\n\nMore intro.\n\n<!--more-->\n\nThe rest.\n"
        let rendered = MarkdownRenderer.render(markdown, excerptSeparator: "<!--more-->")
        #expect(rendered.excerptHTML == "<p>Intro paragraph.</p>\n<p>More intro.</p>\n")
        #expect(rendered.html == "<p>Intro paragraph.</p>\n<p>More intro.</p>\n<!--more-->\n<p>The rest.</p>\n")
    }

    @Test func customSeparatorInsideAParagraph() {
        #expect(excerpt("Intro <!--more--> rest.\n", separator: "<!--more-->") == "<p>Intro</p>\n")
    }

    @Test func missingCustomSeparatorMakesTheWholePostTheExcerpt() {
        #expect(excerpt("One.\n\nTwo.\n", separator: "<!--more-->") == "<p>One.</p>\n<p>Two.</p>\n")
    }
}
