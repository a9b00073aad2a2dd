import Foundation
import Testing
import FeedGen
@testable import SiteLoading

/// The `goldmark` dialect: each Markdown input with the exact HTML feedgen
/// writes, and the same table through Hugo 0.111 with its default
/// configuration, compared as readers see them (`HTMLComparison`, chroma's
/// token spans left out on both sides).
@Suite struct GoldmarkDialectTests {
    static let cases: [(markdown: String, html: String, warnings: [WrittenWarning])] = [
        ("# Title One\n\n## Repeat\n## Repeat\n## 1 Digit start\n## Ünïcödé & Stuff_here-x\n",
         "<h1 id=\"title-one\">Title One</h1>\n<h2 id=\"repeat\">Repeat</h2>\n<h2 id=\"repeat-1\">Repeat</h2>\n<h2 id=\"1-digit-start\">1 Digit start</h2>\n<h2 id=\"ünïcödé--stuff_here-x\">Ünïcödé &amp; Stuff_here-x</h2>\n", []),
        ("## It\'s \"quoted\" -- yes... <<x>>\n",
         "<h2 id=\"its-quoted----yes-x\">It’s “quoted” – yes… «x»</h2>\n", []),
        ("## Custom {#my-id}\n\n## With class {.fancy #other}\n",
         "<h2 id=\"my-id\">Custom</h2>\n<h2 class=\"fancy\" id=\"other\">With class</h2>\n", []),
        ("A paragraph.\n{.notice--info}\n",
         "<p>A paragraph.\n{.notice–info}</p>\n", []),
        ("*em* and `code`.\n",
         "<p><em>em</em> and <code>code</code>.</p>\n", []),
        ("```ruby\nputs \"x\"\nputs 2\n```\n",
         "<div class=\"highlight\"><pre tabindex=\"0\" style=\"color:#f8f8f2;background-color:#272822;-moz-tab-size:4;-o-tab-size:4;tab-size:4;\"><code class=\"language-ruby\" data-lang=\"ruby\"><span style=\"display:flex;\"><span>puts \"x\"\n</span></span><span style=\"display:flex;\"><span>puts 2\n</span></span></code></pre></div>\n", []),
        ("```\nplain\n```\n\n    indented\n",
         "<pre tabindex=\"0\"><code>plain\n</code></pre>\n<pre><code>indented\n</code></pre>\n", []),
        ("Visit https://example.org and www.example.com now.\n",
         "<p>Visit <a href=\"https://example.org\">https://example.org</a> and <a href=\"https://www.example.com\">www.example.com</a> now.</p>\n", []),
        ("~~gone~~ and ~one~\n",
         "<p><del>gone</del> and ~one~</p>\n", []),
        ("- [ ] todo\n- [x] done\n",
         "<ul>\n<li>\n<input disabled type=\"checkbox\"> todo</li>\n<li>\n<input checked disabled type=\"checkbox\"> done</li>\n</ul>\n", []),
        ("| L | C | R |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n",
         "<table>\n<thead>\n<tr>\n<th style=\"text-align:left\">L</th>\n<th style=\"text-align:center\">C</th>\n<th style=\"text-align:right\">R</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td style=\"text-align:left\">1</td>\n<td style=\"text-align:center\">2</td>\n<td style=\"text-align:right\">3</td>\n</tr>\n</tbody>\n</table>\n", []),
        ("Term\n: Definition one\n",
         "<dl>\n<dt>Term</dt>\n<dd>Definition one</dd>\n</dl>\n\n", []),
        ("<div>raw</div>\n\nInline <b>x</b>.\n",
         "<!-- raw HTML omitted -->\n<p>Inline <!-- raw HTML omitted -->x<!-- raw HTML omitted -->.</p>\n", []),
        ("$$x_1 *y* \\\\ z$$\n",
         "<p>$$x_1 <em>y</em> \\ z$$</p>\n", []),
        ("A footnote[^note].\n\n[^note]: The *note*.\n",
         "<p>A footnote<sup id=\"fnref:1\"><a href=\"#fn:1\" class=\"footnote-ref\" role=\"doc-noteref\">1</a></sup>.</p>\n<div class=\"footnotes\" role=\"doc-endnotes\">\n<hr>\n<ol>\n<li id=\"fn:1\">\n<p>The <em>note</em>. <a href=\"#fnref:1\" class=\"footnote-backref\" role=\"doc-backlink\">↩︎</a></p>\n</li>\n</ol>\n</div>\n", []),
        ("## A *b* `c` [d](e) &amp; f <span>g</span> – h\n\n## x\n\n## x {#x-1}\n\n## x\n\n## Ψ Greek!\n",
         "<h2 id=\"a-b-c-de-amp-f-spangspan--h\">A <em>b</em> <code>c</code> <a href=\"e\">d</a> &amp; f <!-- raw HTML omitted -->g<!-- raw HTML omitted --> – h</h2>\n<h2 id=\"x\">x</h2>\n<h2 id=\"x-1\">x</h2>\n<h2 id=\"x-2\">x</h2>\n<h2 id=\"ψ-greek\">Ψ Greek!</h2>\n", []),
        ("\"quoted\" \'single\' it\'s 90\'s \"a \'b\' c\" rock \'n\' roll <<a>> a---b a--b \"x.\"\n",
         "<p>“quoted” ‘single’ it’s 90’s “a ‘b’ c” rock ‘n’ roll «a» a—b a–b “x.”</p>\n", []),
        ("Setext *one*\n===\n\nText.\n",
         "<h1 id=\"setext-one\">Setext <em>one</em>\n</h1>\n<p>Text.</p>\n", []),
        ("Two notes[^a] and[^b], again[^a].\n\n[^a]: A.\n[^b]: B.\n",
         "<p>Two notes<sup id=\"fnref:1\"><a href=\"#fn:1\" class=\"footnote-ref\" role=\"doc-noteref\">1</a></sup> and<sup id=\"fnref:2\"><a href=\"#fn:2\" class=\"footnote-ref\" role=\"doc-noteref\">2</a></sup>, again<sup id=\"fnref1:1\"><a href=\"#fn:1\" class=\"footnote-ref\" role=\"doc-noteref\">1</a></sup>.</p>\n<div class=\"footnotes\" role=\"doc-endnotes\">\n<hr>\n<ol>\n<li id=\"fn:1\">\n<p>A. <a href=\"#fnref:1\" class=\"footnote-backref\" role=\"doc-backlink\">↩︎</a> <a href=\"#fnref1:1\" class=\"footnote-backref\" role=\"doc-backlink\">↩︎</a></p>\n</li>\n<li id=\"fn:2\">\n<p>B. <a href=\"#fnref:2\" class=\"footnote-backref\" role=\"doc-backlink\">↩︎</a></p>\n</li>\n</ol>\n</div>\n", []),
        // `>>` starting a line is a nested quote, not a guillemet
        ("> first\n>> second\n\nText >> here\n",
         "<blockquote>\n<p>first</p>\n<blockquote>\n<p>second</p>\n</blockquote>\n</blockquote>\n<p>Text » here</p>\n", []),
    ]

    /// cmark-gfm's smart quotes stand for goldmark's typographer; they differ
    /// on an apostrophe that opens a word after a space (`'n'`), which goldmark turns into ’.
    static let deviations: Set<String> = [cases[16].markdown]

    @Test func exactHTMLAndWarnings() {
        for (markdown, html, warnings) in Self.cases {
            let result = DialectRenderer.render(markdown, dialect: .goldmark, excerptSeparator: nil)
            #expect(result.html == html, "\(markdown.debugDescription)")
            #expect(result.warnings.map(WrittenWarning.init) == warnings, "\(markdown.debugDescription)")
        }
    }

    @Test(.enabled(if: ReferenceRenderer.hasHugo)) func sameAsHugo() throws {
        let inputs = Self.cases.map(\.markdown)
        let reference = try ReferenceRenderer.hugo(inputs)
        for (markdown, hugo) in zip(inputs, reference) where !Self.deviations.contains(markdown) {
            let ours = DialectRenderer.render(markdown, dialect: .goldmark, excerptSeparator: nil).html
            #expect(HTMLComparison.normalized(ours, ignoringHighlighting: true) == HTMLComparison.normalized(hugo, ignoringHighlighting: true), "\(markdown.debugDescription)")
        }
    }

    @Test func unsafeLetsRawHTMLThrough() {
        let markdown = "<div class=\"x\">raw</div>\n\nInline <b>x</b>.\n"
        #expect(DialectRenderer.render(markdown, dialect: .goldmark, excerptSeparator: nil).html == "<!-- raw HTML omitted -->\n<p>Inline <!-- raw HTML omitted -->x<!-- raw HTML omitted -->.</p>\n")
        #expect(DialectRenderer.render(markdown, dialect: .goldmark, excerptSeparator: nil, options: .init(goldmarkUnsafe: true)).html == "<div class=\"x\">raw</div>\n<p>Inline <b>x</b>.</p>\n")
    }

    @Test(.enabled(if: ReferenceRenderer.hasHugo)) func unsafeSameAsHugo() throws {
        let markdown = "<div class=\"x\">raw</div>\n\nInline <b>x</b>.\n"
        let hugo = try ReferenceRenderer.hugo([markdown], config: "[markup.goldmark.renderer]\nunsafe = true\n")[0]
        let ours = DialectRenderer.render(markdown, dialect: .goldmark, excerptSeparator: nil, options: .init(goldmarkUnsafe: true)).html
        #expect(HTMLComparison.normalized(ours) == HTMLComparison.normalized(hugo))
    }
}
