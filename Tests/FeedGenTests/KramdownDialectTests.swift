import Foundation
import Testing
import Yams
import FeedGen
@testable import SiteLoading

/// The `kramdown` dialect: each Markdown input with the exact HTML feedgen
/// writes and the warnings it gives, and the same table through Jekyll 4.3's
/// own kramdown converter (kramdown 2.4, GFM input, rouge), compared as
/// readers see them (`HTMLComparison`).
@Suite struct KramdownDialectTests {
    static let cases: [(markdown: String, html: String, warnings: [WrittenWarning])] = [
        // A fenced block right after an item's or a quote's line is in it, and the lines after it (KramdownLists.fencesInContainers).
        ("1. One:\n```ruby\ncode\n```\n2. Two\n",
         "<ol>\n<li>One:\n<div class=\"language-ruby highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>code\n</code></pre></div></div>\n</li>\n<li>Two</li>\n</ol>\n", []),
        ("1. One:\n```\ncode\n```\nAfter text\n\n2. Two\n",
         "<ol>\n<li>One:\n<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>code\n</code></pre></div></div>\n<p>After text</p>\n</li>\n<li>Two</li>\n</ol>\n", []),
        ("1. One\n   - nested:\n```\ncode\n```\n2. Two\n",
         "<ol>\n<li>One\n<ul>\n<li>nested:\n<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>code\n</code></pre></div></div>\n</li>\n</ul>\n</li>\n<li>Two</li>\n</ol>\n", []),
        ("> quote\n```\ncode\n```\nafter\n",
         "<blockquote>\n<p>quote</p>\n<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>code\n</code></pre></div></div>\n<p>after</p>\n</blockquote>\n", []),
        ("Para:\n```\ncode\n```\nafter\n",
         "<p>Para:</p>\n<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>code\n</code></pre></div></div>\n<p>after</p>\n", []),
        ("A paragraph.\n{: .notice--info}\n",
         "<p class=\"notice--info\">A paragraph.</p>\n\n", []),
        ("{: #before .pre}\nBefore block.\n",
         "<p id=\"before\" class=\"pre\">Before block.</p>\n", []),
        ("## Repeat\n## Repeat\n## 1 Digit start\n## Ünïcödé & Stuff_here-x\n",
         "<h2 id=\"repeat\">Repeat</h2>\n<h2 id=\"repeat-1\">Repeat</h2>\n<h2 id=\"1-digit-start\">1 Digit start</h2>\n<h2 id=\"ünïcödé--stuff_here-x\">Ünïcödé &amp; Stuff_here-x</h2>\n", []),
        ("![alt](/img.png){: .align-center}\n",
         "<p><img src=\"/img.png\" alt=\"alt\" class=\"align-center\"></p>\n", []),
        ("[link](http://x.org){: .btn target=\"_blank\"}\n",
         "<p><a href=\"http://x.org\" class=\"btn\" target=\"_blank\">link</a></p>\n", []),
        ("*em*{: .x} and **strong**{:.y}\n",
         "<p><em class=\"x\">em</em> and <strong class=\"y\">strong</strong></p>\n", []),
        ("- a\n- b\n{: .list}\n",
         "<ul class=\"list\">\n<li>a</li>\n<li>b</li>\n</ul>\n\n", []),
        ("> quote\n{: .bq}\n",
         "<blockquote class=\"bq\">\n<p>quote</p>\n</blockquote>\n\n", []),
        ("| a | b |\n|---|---|\n| 1 | 2 |\n{: .tbl}\n",
         "<table class=\"tbl\">\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>\n\n", []),
        ("```ruby\nputs \"x\"\n```\n{: .code}\n",
         "<div class=\"language-ruby code highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>puts \"x\"\n</code></pre></div></div>\n\n", []),
        ("{:ref: .refclass style=\"color: red\"}\n\nPara with ref.\n{: ref}\n",
         "<p class=\"refclass\" style=\"color: red\">Para with ref.</p>\n\n", []),
        ("{::comment}\nhidden\n{:/comment}\n\nAfter.\n",
         "<!-- hidden -->\n\n\n<p>After.</p>\n", []),
        ("Last. {: .inline-junk}\n",
         "<p>Last. </p>\n",
         [.init(line: 1, message: "kramdown attribute list \"{: .inline-junk}\" does not follow a span element, which kramdown shows as text; removed")]),
        ("* TOC\n{:toc}\n\n# One\n## Two `code` *em*\n### Three\n{: .no_toc}\n## It\'s \"quoted\"\n## Two `code` *em*\n# 2023 review\n#### Deep\n",
         "<ul id=\"markdown-toc\">\n<li>\n<a href=\"#one\" id=\"markdown-toc-one\">One</a><ul>\n<li><a href=\"#two-code-em\" id=\"markdown-toc-two-code-em\">Two <code class=\"language-plaintext highlighter-rouge\">code</code> <em>em</em></a></li>\n<li><a href=\"#its-quoted\" id=\"markdown-toc-its-quoted\">It’s “quoted”</a></li>\n<li><a href=\"#two-code-em-1\" id=\"markdown-toc-two-code-em-1\">Two <code class=\"language-plaintext highlighter-rouge\">code</code> <em>em</em></a></li>\n</ul>\n</li>\n<li>\n<a href=\"#2023-review\" id=\"markdown-toc-2023-review\">2023 review</a><ul><li><a href=\"#deep\" id=\"markdown-toc-deep\">Deep</a></li></ul>\n</li>\n</ul>\n\n<h1 id=\"one\">One</h1>\n<h2 id=\"two-code-em\">Two <code class=\"language-plaintext highlighter-rouge\">code</code> <em>em</em>\n</h2>\n<h3 class=\"no_toc\" id=\"three\">Three</h3>\n\n<h2 id=\"its-quoted\">It’s “quoted”</h2>\n<h2 id=\"two-code-em-1\">Two <code class=\"language-plaintext highlighter-rouge\">code</code> <em>em</em>\n</h2>\n<h1 id=\"2023-review\">2023 review</h1>\n<h4 id=\"deep\">Deep</h4>\n", []),
        ("1. TOC\n{:toc .my-toc}\n\n## A\n\n## B\n",
         "<ol class=\"my-toc\" id=\"markdown-toc\">\n<li><a href=\"#a\" id=\"markdown-toc-a\">A</a></li>\n<li><a href=\"#b\" id=\"markdown-toc-b\">B</a></li>\n</ol>\n\n<h2 id=\"a\">A</h2>\n<h2 id=\"b\">B</h2>\n", []),
        ("* toc\n{:toc #custom}\n\n## A\n",
         "<ul id=\"custom\"><li><a href=\"#a\" id=\"custom-a\">A</a></li></ul>\n\n<h2 id=\"a\">A</h2>\n", []),
        ("```\nplain\n```\n\n    indented code\n",
         "<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>plain\n</code></pre></div></div>\n<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>indented code\n</code></pre></div></div>\n", []),
        ("Visit https://example.org and www.example.com now.\n",
         "<p>Visit https://example.org and www.example.com now.</p>\n", []),
        ("~~gone~~ and `x < y`\n",
         "<p><del>gone</del> and <code class=\"language-plaintext highlighter-rouge\">x &lt; y</code></p>\n", []),
        ("- [ ] todo\n- [x] done\n",
         "<ul class=\"task-list\">\n<li class=\"task-list-item\">\n<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled>todo</li>\n<li class=\"task-list-item\">\n<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled checked>done</li>\n</ul>\n", []),
        ("| L | C | R |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n",
         "<table>\n<thead>\n<tr>\n<th style=\"text-align: left\">L</th>\n<th style=\"text-align: center\">C</th>\n<th style=\"text-align: right\">R</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td style=\"text-align: left\">1</td>\n<td style=\"text-align: center\">2</td>\n<td style=\"text-align: right\">3</td>\n</tr>\n</tbody>\n</table>\n", []),
        ("line one\nline two  \nline three\\\nfour\n",
         "<p>line one\nline two<br>\nline three<br>\nfour</p>\n", []),
        ("Term\n: Definition one\n: Definition two\n",
         "<dl>\n<dt>Term</dt>\n<dd>Definition one</dd>\n<dd>Definition two</dd>\n</dl>\n\n\n", []),
        ("*[HTML]: Hyper Text Markup Language\n\nHTML is nice. <b>HTML</b> too.\n",
         "<p><abbr title=\"Hyper Text Markup Language\">HTML</abbr> is nice. <b><abbr title=\"Hyper Text Markup Language\">HTML</abbr></b> too.</p>\n", []),
        ("<div markdown=\"1\">\nInner *md* here.\n</div>\n",
         "<div>\n<p>Inner <em>md</em> here.</p>\n</div>\n", []),
        ("<div>\n*raw* here\n\nstill raw\n</div>\n",
         "<div>\n*raw* here\n\nstill raw\n</div>\n\n\n", []),
        ("<p markdown=\"span\">Span *md*</p>\n",
         "<p>Span <em>md</em></p>\n", []),
        ("<div markdown=\"0\">\n*zero*\n</div>\n",
         "<div>\n*zero*\n</div>\n\n\n", []),
        ("<section class=\"x\" markdown=\"block\">\n\n## Inside\n\ntext\n</section>\n",
         "<section class=\"x\">\n<h2 id=\"inside\">Inside</h2>\n<p>text</p>\n</section>\n", []),
        ("Inline $$x_1 *y* \\\\ z$$ and $$a<b$$ here.\n",
         "<p>Inline \\(x_1 *y* \\\\ z\\) and \\(a&lt;b\\) here.</p>\n", []),
        ("$$\n\\mathbf{x}_t = \\frac{a}{b} \\\\\ny_1 * 2 < 3\n$$\n",
         "\\[\\mathbf{x}_t = \\frac{a}{b} \\\\\ny_1 * 2 &lt; 3\\]\n", []),
        ("$$E = mc^2$$\n",
         "\\[E = mc^2\\]\n", []),
        ("Text before\n$$ z $$\n",
         "<p>Text before\n\\(z\\)</p>\n", []),
        ("- item $$k_1$$ here\n",
         "<ul>\n<li>item \\(k_1\\) here</li>\n</ul>\n", []),
        ("`$$not math$$` and \\$$escaped$$?\n",
         "<p><code class=\"language-plaintext highlighter-rouge\">$$not math$$</code> and $$escaped$$?</p>\n", []),
        ("A footnote[^note] and another[^2].\n\n[^note]: The *note*.\n\n[^2]: Second.\n",
         "<p>A footnote<sup id=\"fnref:note\" role=\"doc-noteref\"><a href=\"#fn:note\" class=\"footnote\" rel=\"footnote\">1</a></sup> and another<sup id=\"fnref:2\" role=\"doc-noteref\"><a href=\"#fn:2\" class=\"footnote\" rel=\"footnote\">2</a></sup>.</p>\n<div class=\"footnotes\" role=\"doc-endnotes\">\n<ol>\n<li id=\"fn:note\" role=\"doc-endnote\">\n<p>The <em>note</em>. <a href=\"#fnref:note\" class=\"reversefootnote\" role=\"doc-backlink\">↩</a></p>\n</li>\n<li id=\"fn:2\" role=\"doc-endnote\">\n<p>Second. <a href=\"#fnref:2\" class=\"reversefootnote\" role=\"doc-backlink\">↩</a></p>\n</li>\n</ol>\n</div>\n", []),
        ("Hello \"world\" -- it\'s... <<x>> &nbsp; *em*\n",
         "<p>Hello “world” – it’s… «x»   <em>em</em></p>\n", []),
        ("\"*emph*\" and \'_x_\' 5\'10\" tall, the \'90s\n",
         "<p>“<em>emph</em>” and ‘<em>x</em>’ 5’10” tall, the ’90s</p>\n", []),
        ("## Custom {#my-id}\n\n## Other\n{: #other-id .c}\n",
         "<h2 id=\"my-id\">Custom</h2>\n<h2 id=\"other-id\" class=\"c\">Other</h2>\n\n", []),
        ("Some text with {: .x} in the middle.\n",
         "<p>Some text with  in the middle.</p>\n",
         [.init(line: 1, message: "kramdown attribute list \"{: .x}\" does not follow a span element, which kramdown shows as text; removed")]),
        ("<div class=\"notice\" markdown=\"1\">\n**Note:** this is *important*.\n\n- one\n- two\n</div>\n",
         "<div class=\"notice\">\n<p><strong>Note:</strong> this is <em>important</em>.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n</div>\n", []),
        ("<figure>\n  <img src=\"/a.png\">\n  <figcaption>Cap</figcaption>\n</figure>\n",
         "<figure>\n  <img src=\"/a.png\">\n  <figcaption>Cap</figcaption>\n</figure>\n\n\n", []),
        // HTML comments kept whole wherever they are (HTMLComments), as kramdown keeps them; an unclosed one is text
        ("<!--\n<div class=\"x\">\nfoo\n</div>\n-->\nText -- here \"quoted\"\n",
         "<!--\n<div class=\"x\">\nfoo\n</div>\n-->\n<p>Text – here “quoted”</p>\n", []),
        ("<!--\n$$ x $$\n\n{: .class}\n*[HTML]: Hyper\nTerm\n: def\n-->\nHTML Text\n",
         "<!--\n$$ x $$\n\n{: .class}\n*[HTML]: Hyper\nTerm\n: def\n-->\n<p>HTML Text</p>\n", []),
        ("Para <!-- $$x$$ -- {: .c} --> y -- z\n",
         "<p>Para <!-- $$x$$ -- {: .c} --> y – z</p>\n", []),
        ("Para\n<!--\nmulti -- line\n--> end\n",
         "<p>Para\n<!--\nmulti -- line\n--> end</p>\n", []),
        ("<!-- a --> text -- after\n",
         "<!-- a -->\n<p>text – after</p>\n", []),
        ("<!-- a --><!-- b --> <!-- c -->\ntext\n",
         "<!-- a -->\n<!-- b -->\n<p><!-- c -->\ntext</p>\n", []),
        ("<!-- unclosed\ntext -- x\n\nmore\n",
         "<p>&lt;!– unclosed\ntext – x</p>\n<p>more</p>\n", []),
        ("| a | b |\n|---|---|\n| <!-- c -- x --> 1 | 2 |\n",
         "<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>\n<!-- c -- x --> 1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>\n", []),
        ("> quote <!-- c -- d --> here\n>\n> <!--\n> block -- e\n> -->\n",
         "<blockquote>\n<p>quote <!-- c -- d --> here</p>\n<!--\nblock -- e\n-->\n</blockquote>\n", []),
        ("- item <!-- c -- d -->\n\n  <!--\n  in list -- x\n  -->\n- two\n",
         "<ul>\n<li>\n<p>item <!-- c -- d --></p>\n<!--\nin list -- x\n-->\n</li>\n<li>\n<p>two</p>\n</li>\n</ul>\n", []),
        ("<div class=\"notice\" markdown=\"1\">\n<!--\n<p>inner -- x</p>\n-->\n*em*\n</div>\n",
         "<div class=\"notice\">\n<!--\n<p>inner -- x</p>\n-->\n<p><em>em</em></p>\n</div>\n", []),
        ("<div>\n<!-- <div> -->\ntext\n</div>\nafter\n",
         "<div>\n<!-- <div> -->\ntext\n</div>\n\n\n<p>after</p>\n", []),
        ("Para `code <!-- x -->` and \\<!-- not -->\n",
         "<p>Para <code class=\"language-plaintext highlighter-rouge\">code &lt;!-- x --&gt;</code> and &lt;!– not –&gt;</p>\n", []),
        // kramdown's own tables (KramdownTables): separator lines optional or anywhere, footers, ragged rows, the block boundaries that make pipes a paragraph
        ("|---|---|\n| a | b |\n| c | d |",
         "<table>\n<tbody>\n<tr>\n<td>a</td>\n<td>b</td>\n</tr>\n<tr>\n<td>c</td>\n<td>d</td>\n</tr>\n</tbody>\n</table>\n", []),
        ("|---|---|\n| Head 1 | Head 2 |\n|---|---|\n| a | b |",
         "<table>\n<thead>\n<tr>\n<th>Head 1</th>\n<th>Head 2</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>a</td>\n<td>b</td>\n</tr>\n</tbody>\n</table>\n", []),
        ("| a | b |\n|-|-\n| 1 | 2 |",
         "<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>\n", []),
        ("| a | b |\n|---|---|\n| 1 | 2 |\n|---|---|",
         "<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>\n", []),
        ("| a | b |\n|---|---|\n| 1 | 2 |\n|===|===|\n| Total | 3 |",
         "<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n</tbody>\n<tfoot>\n<tr>\n<td>Total</td>\n<td>3</td>\n</tr>\n</tfoot>\n</table>\n", []),
        ("| a | b |\n|---|---|\n1 | 2\n3 | 4 |",
         "<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n<tr>\n<td>3</td>\n<td>4</td>\n</tr>\n</tbody>\n</table>\n", []),
        ("| a | b |\n| c | d |\n|---|---|\n| 1 | 2 |\n|---|---|\n| 3 | 4 |",
         "<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n<tr>\n<th>c</th>\n<th>d</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n</tbody>\n<tbody>\n<tr>\n<td>3</td>\n<td>4</td>\n</tr>\n</tbody>\n</table>\n", []),
        ("| a | b | c |\n|:--|:-:|\n| 1 |\n| 1 | 2 | 3 | 4 |",
         "<table>\n<thead>\n<tr>\n<th style=\"text-align: left\">a</th>\n<th style=\"text-align: center\">b</th>\n<th>c</th>\n<th> </th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td style=\"text-align: left\">1</td>\n<td style=\"text-align: center\"> </td>\n<td> </td>\n<td> </td>\n</tr>\n<tr>\n<td style=\"text-align: left\">1</td>\n<td style=\"text-align: center\">2</td>\n<td>3</td>\n<td>4</td>\n</tr>\n</tbody>\n</table>\n", []),
        ("Name | Age\n:--- | ---:\nBob | 3",
         "<table>\n<thead>\n<tr>\n<th style=\"text-align: left\">Name</th>\n<th style=\"text-align: right\">Age</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td style=\"text-align: left\">Bob</td>\n<td style=\"text-align: right\">3</td>\n</tr>\n</tbody>\n</table>\n", []),
        ("This | that",
         "<table>\n<tbody>\n<tr>\n<td>This</td>\n<td>that</td>\n</tr>\n</tbody>\n</table>\n", []),
        ("## Heading\n| a | b |\n|---|---|\n| 1 | 2 |",
         "<h2 id=\"heading\">Heading</h2>\n<p>| a | b |\n|—|—|\n| 1 | 2 |</p>\n", []),
        ("| a | b |\n|---|---|\n| 1 | 2 |\nafter",
         "<p>| a | b |\n|—|—|\n| 1 | 2 |\nafter</p>\n", []),
        ("| a | b |\n|---|---|\n\nPara",
         "<p>| a | b |\n|—|—|</p>\n<p>Para</p>\n", []),
        ("Para\n| a | b |\n|---|---|\n| 1 | 2 |",
         "<p>Para\n| a | b |\n|—|—|\n| 1 | 2 |</p>\n", []),
        ("- Home | About\n- plain",
         "<ul>\n<li>\n\n<table>\n<tbody>\n<tr>\n<td>Home</td>\n<td>About</td>\n</tr>\n</tbody>\n</table>\n</li>\n<li>plain</li>\n</ul>\n", []),
        ("<div markdown=\"1\">\n| a | b |\n|---|---|\n| 1 | 2 |\n</div>",
         "<div>\n<p>| a | b |\n|—|—|\n| 1 | 2 |</p>\n</div>\n", []),
        ("<div markdown=\"1\">\n| a | b |\n|---|---|\n| 1 | 2 |\n\n</div>",
         "<div>\n\n<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>\n</div>\n", []),
        ("| Key | Value |\n|-----|-------|\n| `a|b` | <code>x|y</code> |\n| a \\| b | $$x|y$$ |",
         "<table>\n<thead>\n<tr>\n<th>Key</th>\n<th>Value</th>\n<th> </th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td><code class=\"language-plaintext highlighter-rouge\">a|b</code></td>\n<td><code>x|y</code></td>\n<td> </td>\n</tr>\n<tr>\n<td>a | b</td>\n<td>$$x</td>\n<td>y$$</td>\n</tr>\n</tbody>\n</table>\n", []),
        ("Para <code>raw</code> and `span`.\n",
         "<p>Para <code>raw</code> and <code class=\"language-plaintext highlighter-rouge\">span</code>.</p>\n", []),
        // kramdown's lists and paragraphs: any ordered number ends a paragraph, numbers ignored, no 1) lists; a span element alone on its line begins a paragraph
        ("Para\n- item\n- two",
         "<p>Para</p>\n<ul>\n<li>item</li>\n<li>two</li>\n</ul>\n", []),
        ("Steps:\n2. two\n3. three",
         "<p>Steps:</p>\n<ol>\n<li>two</li>\n<li>three</li>\n</ol>\n", []),
        ("3. a\n4. b",
         "<ol>\n<li>a</li>\n<li>b</li>\n</ol>\n", []),
        ("10. ten\n    - sub\n11. eleven",
         "<ol>\n<li>ten\n<ul>\n<li>sub</li>\n</ul>\n</li>\n<li>eleven</li>\n</ol>\n", []),
        ("Text\n2024. was a year",
         "<p>Text</p>\n<ol>\n<li>was a year</li>\n</ol>\n", []),
        ("1) paren\n2) paren",
         "<p>1) paren\n2) paren</p>\n", []),
        ("Intro:<br/>\n1. first<br/>\n2. second",
         "<p>Intro:<br></p>\n<ol>\n<li>first<br>\n</li>\n<li>second</li>\n</ol>\n", []),
        ("<br/>\nLine *two*",
         "<p><br>\nLine <em>two</em></p>\n", []),
        ("<img src=\"/a.png\">\nCaption *text*",
         "<p><img src=\"/a.png\">\nCaption <em>text</em></p>\n", []),
        ("<a href=\"/x\">\nLink text</a> and *more*",
         "<p><a href=\"/x\">\nLink text</a> and <em>more</em></p>\n", []),
        ("Para\n\n<br>\n\nNext *para*\n",
         "<p>Para</p>\n<p><br></p>\n<p>Next <em>para</em></p>\n", []),
        // math in list items, definitions, footnotes, quotes and tables: display where kramdown reads a block
        ("1. Item with display math:\n\n    $$\n    x^2 + y_1\n    $$\n\n2. Next",
         "<ol>\n<li>\n<p>Item with display math:</p>\n \\[x^2 + y_1\\]\n</li>\n<li>\n<p>Next</p>\n</li>\n</ol>\n", []),
        ("- item\n\n  $$a_1 * b_2$$\n\n- two",
         "<ul>\n<li>\n<p>item</p>\n\\[a_1 * b_2\\]\n</li>\n<li>\n<p>two</p>\n</li>\n</ul>\n", []),
        ("- item\n  $$a_1$$",
         "<ul>\n<li>item\n\\(a_1\\)</li>\n</ul>\n", []),
        ("> Quote\n>\n> $$\n> E = mc^2 \\\\ x_1\n> $$",
         "<blockquote>\n<p>Quote</p>\n\\[E = mc^2 \\\\ x_1\\]\n</blockquote>\n", []),
        ("> $$x_1 *y*$$",
         "<blockquote>\n\\[x_1 *y*\\]\n</blockquote>\n", []),
        ("| a | b |\n|---|---|\n| $$x_1$$ | $$y *z*$$ |",
         "<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>\\(x_1\\)</td>\n<td>\\(y *z*\\)</td>\n</tr>\n</tbody>\n</table>\n", []),
        ("- $$x_1$$",
         "<ul>\n<li>\n\\[x_1\\]\n</li>\n</ul>\n", []),
        ("1. Step\n\n   $$\\sum_{i=1}^n i$$\n\n   Text after.",
         "<ol>\n<li>\n<p>Step</p>\n\\[\\sum_{i=1}^n i\\]\n<p>Text after.</p>\n</li>\n</ol>\n", []),
        ("<div markdown=\"1\">\n\n$$\na_1\n$$\n\n</div>",
         "<div>\n\\[a_1\\]\n</div>\n", []),
        ("Term\n: $$x_1$$",
         "<dl>\n<dt>Term</dt>\n<dd>\\[x_1\\]</dd>\n</dl>\n\n", []),
        ("Footnote[^1].\n\n[^1]: Math $$x_1$$ inside.\n\n    $$\n    y_2\n    $$",
         "<p>Footnote<sup id=\"fnref:1\" role=\"doc-noteref\"><a href=\"#fn:1\" class=\"footnote\" rel=\"footnote\">1</a></sup>.</p>\n<div class=\"footnotes\" role=\"doc-endnotes\">\n<ol>\n<li id=\"fn:1\" role=\"doc-endnote\">\n<p>Math \\(x_1\\) inside.</p>\n\\[y_2\\]\n<p><a href=\"#fnref:1\" class=\"reversefootnote\" role=\"doc-backlink\">↩</a></p>\n</li>\n</ol>\n</div>\n", []),
        ("1. a\n   $$x$$\n2. b",
         "<ol>\n<li>a\n\\(x\\)</li>\n<li>b</li>\n</ol>\n", []),
        ("- a\n\n      $$x$$",
         "<ul>\n<li>\n<p>a</p>\n<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>$$x$$\n</code></pre></div></div>\n</li>\n</ul>\n", []),
        ("> > $$x_1$$",
         "<blockquote>\n<blockquote>\n\\[x_1\\]\n</blockquote>\n</blockquote>\n", []),
        ("Para $$a$$\n\n    $$code$$",
         "<p>Para \\(a\\)</p>\n<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>$$code$$\n</code></pre></div></div>\n", []),
        ("- one\n- $$\\alpha$$\n- three",
         "<ul>\n<li>one</li>\n<li>\n\\[\\alpha\\]\n</li>\n<li>three</li>\n</ul>\n", []),
        ("$$x$$\nText right after\n",
         "<p>\\(x\\)\nText right after</p>\n", []),
        // markdown="1" elements inside raw HTML (a theme's table of contents include), and {:toc} in them
        ("<div markdown=\"1\">\n* TOC\n{:toc}\n</div>\n\n## One\n\n## Two",
         "<div>\n<ul id=\"markdown-toc\">\n<li><a href=\"#one\" id=\"markdown-toc-one\">One</a></li>\n<li><a href=\"#two\" id=\"markdown-toc-two\">Two</a></li>\n</ul>\n\n</div>\n<h2 id=\"one\">One</h2>\n<h2 id=\"two\">Two</h2>\n", []),
        ("<nav class=\"toc\" markdown=\"1\">\n* TOC\n{:toc}\n</nav>\n\n# A",
         "<nav class=\"toc\">\n<ul id=\"markdown-toc\"><li><a href=\"#a\" id=\"markdown-toc-a\">A</a></li></ul>\n\n</nav>\n<h1 id=\"a\">A</h1>\n", []),
        ("<aside class=\"sidebar__right\" markdown=\"1\">\n<h4 class=\"nav__title\"><i class=\"fas fa-file-alt\"></i> On this page</h4>\n* Auto generated table of contents\n{:toc .toc__menu}\n</aside>\n\n## First\n\n### Sub",
         "<aside class=\"sidebar__right\">\n<h4 class=\"nav__title\">\n<i class=\"fas fa-file-alt\"></i> On this page</h4>\n\n\n<ul class=\"toc__menu\" id=\"markdown-toc\"><li>\n<a href=\"#first\" id=\"markdown-toc-first\">First</a><ul><li><a href=\"#sub\" id=\"markdown-toc-sub\">Sub</a></li></ul>\n</li></ul>\n\n</aside>\n<h2 id=\"first\">First</h2>\n<h3 id=\"sub\">Sub</h3>\n", []),
        ("<details markdown=\"1\">\n<summary>Contents</summary>\n\n* TOC\n{:toc}\n\n</details>\n\n## H",
         "<details>\n<summary>Contents</summary>\n\n\n<ul id=\"markdown-toc\"><li><a href=\"#h\" id=\"markdown-toc-h\">H</a></li></ul>\n\n</details>\n<h2 id=\"h\">H</h2>\n", []),
        ("<aside class=\"sidebar__right\">\n<nav class=\"toc\" markdown=\"1\">\n<header><h4 class=\"nav__title\"><i class=\"fa fa-file-text\"></i> On this page</h4></header>\n*  Auto generated table of contents\n{:toc .toc__menu}\n</nav>\n</aside>\n\n## First\n\n### Sub",
         "<aside class=\"sidebar__right\">\n<nav class=\"toc\">\n<header><h4 class=\"nav__title\">\n<i class=\"fa fa-file-text\"></i> On this page</h4></header>\n\n\n<ul class=\"toc__menu\" id=\"markdown-toc\"><li>\n<a href=\"#first\" id=\"markdown-toc-first\">First</a><ul><li><a href=\"#sub\" id=\"markdown-toc-sub\">Sub</a></li></ul>\n</li></ul>\n\n</nav>\n</aside>\n<h2 id=\"first\">First</h2>\n<h3 id=\"sub\">Sub</h3>\n", []),
        ("<div class=\"outer\">\n<div markdown=\"1\">\n*em* here\n</div>\n</div>",
         "<div class=\"outer\">\n<div>\n<p><em>em</em> here</p>\n</div>\n</div>\n", []),
        ("<section>\n<p markdown=\"span\">*x*</p>\n</section>",
         "<section>\n<p><em>x</em></p>\n</section>\n", []),
        ("<div class=\"outer\">\nRaw *text* line\n<div markdown=\"1\">\n*em* here\n</div>\n</div>\n",
         "<div class=\"outer\">\n\nRaw *text* line\n\n<div>\n<p><em>em</em> here</p>\n</div>\n</div>\n", []),
        // extensions in a line, parse_block_html, raw span elements (kbd, code, samp, var), footnote names kramdown accepts
        ("{::options parse_block_html=\"true\" /}\n\n<div class=\"box\">\n*md now*\n\n- list\n</div>\n\n<p>span *x*</p>",
         "<div class=\"box\">\n<p><em>md now</em></p>\n<ul>\n<li>list</li>\n</ul>\n</div>\n<p>span <em>x</em></p>\n", []),
        ("{::options parse_block_html=\"true\" /}\n\n<div markdown=\"0\">\n*raw*\n</div>",
         "<div>\n*raw*\n</div>\n\n\n", []),
        ("A {::comment}hidden{:/comment} text",
         "<p>A <!-- hidden --> text</p>\n", []),
        ("A {::nomarkdown}<b>*x*</b>{:/} b",
         "<p>A <b>*x*</b> b</p>\n", []),
        ("{::nomarkdown}\n<p>raw *x*</p>\n{:/nomarkdown}",
         "<p>raw *x*</p>\n\n\n\n\n", []),
        ("Text <code>*x*</code> and <samp>_y_</samp> <var>\"v\"</var>",
         "<p>Text <code>*x*</code> and <samp>_y_</samp> <var>\"v\"</var></p>\n", []),
        ("Press <kbd>Ctrl</kbd> + <kbd>**C**</kbd>.",
         "<p>Press <kbd>Ctrl</kbd> + <kbd>**C**</kbd>.</p>\n", []),
        ("Note[^n.1] and[^é] and [^ok].\n\n[^n.1]: dot\n[^é]: accent\n[^ok]: fine",
         "<p>Note[^n.1] and[^é] and <sup id=\"fnref:ok\" role=\"doc-noteref\"><a href=\"#fn:ok\" class=\"footnote\" rel=\"footnote\">1</a></sup>.</p>\n<div class=\"footnotes\" role=\"doc-endnotes\">\n<ol>\n<li id=\"fn:ok\" role=\"doc-endnote\">\n<p>fine <a href=\"#fnref:ok\" class=\"reversefootnote\" role=\"doc-backlink\">↩</a></p>\n</li>\n</ol>\n</div>\n", []),
        ("Text[^note]{: .fn}\n\n[^note]: Note.",
         "<p>Text<sup id=\"fnref:note\" role=\"doc-noteref\"><a href=\"#fn:note\" class=\"footnote\" rel=\"footnote\">1</a></sup></p>\n<div class=\"footnotes\" role=\"doc-endnotes\">\n<ol>\n<li id=\"fn:note\" role=\"doc-endnote\">\n<p>Note. <a href=\"#fnref:note\" class=\"reversefootnote\" role=\"doc-backlink\">↩</a></p>\n</li>\n</ol>\n</div>\n", []),
        ("<div>\n<kbd>**x**</kbd>\n</div>",
         "<div>\n<kbd>**x**</kbd>\n</div>\n\n\n", []),
        ("    <kbd>in code</kbd>\n",
         "<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>&lt;kbd&gt;in code&lt;/kbd&gt;\n</code></pre></div></div>\n", []),
        // kramdown's tight and loose list items, decided item by item; task boxes inside a loose item's paragraph
        ("- a\n- b\n\n- c",
         "<ul>\n<li>a</li>\n<li>\n<p>b</p>\n</li>\n<li>c</li>\n</ul>\n", []),
        ("- a\n\n- b\n- c",
         "<ul>\n<li>\n<p>a</p>\n</li>\n<li>b</li>\n<li>c</li>\n</ul>\n", []),
        ("- a\n- b\n\npara after",
         "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<p>para after</p>\n", []),
        ("1. one\n\n   more one\n2. two",
         "<ol>\n<li>\n<p>one</p>\n<p>more one</p>\n</li>\n<li>\n<p>two</p>\n</li>\n</ol>\n", []),
        ("- a\n  - b\n\n  - c\n- d",
         "<ul>\n<li>a\n<ul>\n<li>\n<p>b</p>\n</li>\n<li>\n<p>c</p>\n</li>\n</ul>\n</li>\n<li>d</li>\n</ul>\n", []),
        ("* Item one\n* Item two\n    * Nested four\n    * Nested four b\n* Item three",
         "<ul>\n<li>Item one</li>\n<li>Item two\n<ul>\n<li>Nested four</li>\n<li>Nested four b</li>\n</ul>\n</li>\n<li>Item three</li>\n</ul>\n", []),
        ("- a\n  - sub\n\n- b",
         "<ul>\n<li>a\n<ul>\n<li>sub</li>\n</ul>\n</li>\n<li>b</li>\n</ul>\n", []),
        ("1. x\n\n2. y\n3. z",
         "<ol>\n<li>\n<p>x</p>\n</li>\n<li>y</li>\n<li>z</li>\n</ol>\n", []),
        ("- [ ] task one\n- [x] task two\n\n- [ ] task three",
         "<ul class=\"task-list\">\n<li class=\"task-list-item\">\n<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled>task one</li>\n<li class=\"task-list-item\">\n<p><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled checked>task two</p>\n</li>\n<li class=\"task-list-item\">\n<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled>task three</li>\n</ul>\n", []),
        ("- \"quoted\" item\n- next\n\n- last",
         "<ul>\n<li>“quoted” item</li>\n<li>\n<p>next</p>\n</li>\n<li>last</li>\n</ul>\n", []),
        ("> - a\n> - b\n>\n> - c",
         "<blockquote>\n<ul>\n<li>a</li>\n<li>\n<p>b</p>\n</li>\n<li>c</li>\n</ul>\n</blockquote>\n", []),
        ("- a\n\n  para two\n- b\n- c\n",
         "<ul>\n<li>\n<p>a</p>\n<p>para two</p>\n</li>\n<li>b</li>\n<li>c</li>\n</ul>\n", []),
        // kramdown groups list items by position: any bullet continues a list, the other kind right after an item nests in it
        ("* a\n- b\n+ c",
         "<ul>\n<li>a</li>\n<li>b</li>\n<li>c</li>\n</ul>\n", []),
        ("- a\n * b\n- c",
         "<ul>\n<li>a</li>\n<li>b</li>\n<li>c</li>\n</ul>\n", []),
        ("1. a\n- b",
         "<ol>\n<li>a\n<ul>\n<li>b</li>\n</ul>\n</li>\n</ol>\n", []),
        ("1. one\n  - sub two spaces\n2. two",
         "<ol>\n<li>one\n<ul>\n<li>sub two spaces</li>\n</ul>\n</li>\n<li>two</li>\n</ol>\n", []),
        ("1. one\n- sub\n- sub2\n2. two",
         "<ol>\n<li>one\n<ul>\n<li>sub</li>\n<li>sub2</li>\n</ul>\n</li>\n<li>two</li>\n</ol>\n", []),
        ("- one\n\n1. other list",
         "<ul>\n<li>one</li>\n</ul>\n<ol>\n<li>other list</li>\n</ol>\n", []),
        ("- a\n  - nested\n  * nested star\n- b",
         "<ul>\n<li>a\n<ul>\n<li>nested</li>\n<li>nested star</li>\n</ul>\n</li>\n<li>b</li>\n</ul>\n", []),
        ("* Item one\n* Item two\n    * Nested four\n    * Nested four b\n* Item three",
         "<ul>\n<li>Item one</li>\n<li>Item two\n<ul>\n<li>Nested four</li>\n<li>Nested four b</li>\n</ul>\n</li>\n<li>Item three</li>\n</ul>\n", []),
        ("- a\n  para line\n- b\n\ntext after",
         "<ul>\n<li>a\npara line</li>\n<li>b</li>\n</ul>\n<p>text after</p>\n", []),
        ("1. first\n   * sub a\n   - sub b\n2. second\n",
         "<ol>\n<li>first\n<ul>\n<li>sub a</li>\n<li>sub b</li>\n</ul>\n</li>\n<li>second</li>\n</ol>\n", []),
        // Backslashes kramdown keeps (KramdownEscapes): before %, &, ",", /, ;, ?, @ and ^ a backslash is text, as MathJax wants it in $…$ TeX
        ("TeX in dollars: $5\\%$ and $a \\; b \\, c$, then \\& \\@ \\^ \\? \\/ but \\* \\~ \\\\%\n",
         "<p>TeX in dollars: $5\\%$ and $a \\; b \\, c$, then \\&amp; \\@ \\^ \\? \\/ but * ~ \\%</p>\n", []),
        ("`c\\%` <span title=\"x\\%y\">s\\%</span>\n\n    indented \\% \\;\n\n```\nfenced \\%\n```\n",
         "<p><code class=\"language-plaintext highlighter-rouge\">c\\%</code> <span title=\"x\\%y\">s\\%</span></p>\n<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>indented \\% \\;\n</code></pre></div></div>\n<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>fenced \\%\n</code></pre></div></div>\n", []),
        // Lines that go on a paragraph for kramdown (KramdownParagraphLines): a setext underline after more than one line, or after a block without a blank line; *** and ___
        ("line: one\nline: two\n---\n\n# Heading\nnext\n---\n\nx\ny\n===\n\none\n***\n\ntwo\n___\n\n> a\n> b\n> ---\n",
         "<p>line: one\nline: two\n—</p>\n<h1 id=\"heading\">Heading</h1>\n<p>next\n—</p>\n<p>x\ny\n===</p>\n<p>one\n***</p>\n<p>two\n___</p>\n<blockquote>\n<p>a\nb\n—</p>\n</blockquote>\n", []),
        ("Single\n---\n\n{: .x}\nAfter IAL\n---\n\n> quoted\n> ---\n\n- item\n  ---\n\nlist next\n* * *\n",
         "<h2 id=\"single\">Single</h2>\n\n<h2 class=\"x\" id=\"after-ial\">After IAL</h2>\n<blockquote>\n<h2 id=\"quoted\">quoted</h2>\n</blockquote>\n<ul>\n<li>\n<h2 id=\"item\">item</h2>\n</li>\n</ul>\n<p>list next</p>\n<hr>\n", []),
        // `{:` inside $$…$$ is TeX, not an attribute list, also in math over several lines of a list item (the Chirpy blog's \\text{: …})
        ("1. $$\\begin{gather*}a \\\\\n   \\text{: The flux (Gauss)}\n   \\end{gather*}$$\n2. $$b$$\n",
         "<ol>\n<li>\n\\[\\begin{gather*}a \\\\\n\\text{: The flux (Gauss)}\n\\end{gather*}\\]\n</li>\n<li>\n\\[b\\]\n</li>\n</ol>\n", []),
        ("Inline $$\\text{: x}$$ and *em*{: .x} after.\n\n$$\n\\text{: block} \\\\ y\n$$\n",
         "<p>Inline \\(\\text{: x}\\) and <em class=\"x\">em</em> after.</p>\n\\[\\text{: block} \\\\ y\\]\n", []),
        // A | inside an HTML comment in a table row, where kramdown splits the row: said, not silent
        ("| a | b |\n|---|---|\n| x <!-- c | d --> | y |\n",
         "<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>x <!-- c | d -->\n</td>\n<td>y</td>\n</tr>\n</tbody>\n</table>\n", [.init(line: 3, message: "a | inside an HTML comment in what may be a table row: kramdown splits the row there and shows the comment as text; feedgen keeps the comment whole")]),
        // `- - -` right after an item, which kramdown reads as a nested item: said, not silent
        ("- a\n- - -\n\nText\n",
         "<ul>\n<li>a</li>\n</ul>\n<hr>\n<p>Text</p>\n", [.init(line: 2, message: "- - - right after a list item: kramdown reads it as a nested list item, not a rule; feedgen writes a rule (a blank line before it makes it one for both)")]),
        // `>>` starting a line is a nested quote, not a guillemet
        ("> first\n>> second\n>>> third\n\nText >> and << here\n",
         "<blockquote>\n<p>first</p>\n<blockquote>\n<p>second</p>\n<blockquote>\n<p>third</p>\n</blockquote>\n</blockquote>\n</blockquote>\n<p>Text » and « here</p>\n", []),
    ]

    /// Where feedgen differs from kramdown on purpose (README, "Markdown dialects"):
    /// an attribute list that follows no span is removed with a warning, where
    /// kramdown shows it as text; rouge's token spans are not written.
    static let deviations: Set<String> = ["Last. {: .inline-junk}\n", "Some text with {: .x} in the middle.\n", "| a | b |\n|---|---|\n| x <!-- c | d --> | y |\n", "- a\n- - -\n\nText\n"]

    @Test func exactHTMLAndWarnings() {
        for (markdown, html, warnings) in Self.cases {
            let result = DialectRenderer.render(markdown, dialect: .kramdown, excerptSeparator: nil)
            #expect(result.html == html, "\(markdown.debugDescription)")
            #expect(result.warnings.map(WrittenWarning.init) == warnings, "\(markdown.debugDescription)")
        }
    }

    @Test(.enabled(if: ReferenceRenderer.hasJekyll)) func sameAsJekyllsKramdown() throws {
        let inputs = Self.cases.map(\.markdown)
        let reference = try ReferenceRenderer.jekyll(inputs)
        for (markdown, jekyll) in zip(inputs, reference) where !Self.deviations.contains(markdown) {
            let ours = DialectRenderer.render(markdown, dialect: .kramdown, excerptSeparator: nil).html
            #expect(HTMLComparison.normalized(ours) == HTMLComparison.normalized(jekyll, ignoringHighlighting: true), "\(markdown.debugDescription)")
        }
    }

    /// `kramdown:` options of `_config.yml` that feedgen applies, each with
    /// the HTML it gives, and the same through Jekyll with those options.
    static let optionCases: [(options: String, markdown: String, html: String)] = [
        (#"{"parse_block_html": true}"#, "<div class=\"box\">\n*md* here\n\n- item\n</div>\n\n<div markdown=\"0\">\n*raw*\n</div>\n",
         "<div class=\"box\">\n<p><em>md</em> here</p>\n<ul>\n<li>item</li>\n</ul>\n</div>\n<div>\n*raw*\n</div>\n\n\n"),
        (#"{"auto_id_prefix": "sec-"}"#, "## One\n\n## One\n", "<h2 id=\"sec-one\">One</h2>\n<h2 id=\"sec-one-1\">One</h2>\n"),
        (#"{"auto_ids": false}"#, "## One\n", "<h2>One</h2>\n"),
        (#"{"toc_levels": "2..3"}"#, "* TOC\n{:toc}\n\n# Top\n## Two\n### Three\n#### Four\n",
         "<ul id=\"markdown-toc\"><li>\n<a href=\"#two\" id=\"markdown-toc-two\">Two</a><ul><li><a href=\"#three\" id=\"markdown-toc-three\">Three</a></li></ul>\n</li></ul>\n\n<h1 id=\"top\">Top</h1>\n<h2 id=\"two\">Two</h2>\n<h3 id=\"three\">Three</h3>\n<h4 id=\"four\">Four</h4>\n"),
        (#"{"hard_wrap": true}"#, "line one\nline two\n", "<p>line one<br>\nline two</p>\n"),
    ]

    static func options(_ json: String) throws -> KramdownOptions {
        let mapping = try #require(try Yams.compose(yaml: "kramdown: " + json)?.mapping)
        let (options, warnings) = KramdownOptions.read(path: "_config.yml", mapping)
        #expect(warnings == [])
        return options
    }

    @Test func configOptionsAreApplied() throws {
        for (json, markdown, html) in Self.optionCases {
            let rendered = DialectRenderer.render(markdown, dialect: .kramdown, excerptSeparator: nil, options: .init(kramdown: try Self.options(json)))
            #expect(rendered.html == html, "\(json) \(markdown.debugDescription)")
        }
    }

    @Test(.enabled(if: ReferenceRenderer.hasJekyll)) func configOptionsAsJekyllsKramdownAppliesThem() throws {
        for (json, markdown, _) in Self.optionCases {
            let jekyll = try ReferenceRenderer.jekyll([markdown], kramdown: json)[0]
            let ours = DialectRenderer.render(markdown, dialect: .kramdown, excerptSeparator: nil, options: .init(kramdown: try Self.options(json))).html
            #expect(HTMLComparison.normalized(ours) == HTMLComparison.normalized(jekyll, ignoringHighlighting: true), "\(json) \(markdown.debugDescription)")
        }
    }

    @Test func excerptIsTheFirstParagraphOrUpToTheSeparator() {
        let markdown = "# Title\n\nFirst \"one\".\n\nSecond.\n"
        #expect(DialectRenderer.render(markdown, dialect: .kramdown, excerptSeparator: nil).excerptHTML == "<h1 id=\"title\">Title</h1>\n<p>First “one”.</p>")
        #expect(DialectRenderer.render(markdown, dialect: .kramdown, excerptSeparator: "Second").excerptHTML == "<h1 id=\"title\">Title</h1>\n<p>First “one”.</p>\n")
    }

    @Test func gfmStaysCmarkGFMExactly() {
        let markdown = "## Heading\n\nA \"quote\" -- x.\n{: .y}\n\n$$a_1 *b*$$\n"
        let gfm = DialectRenderer.render(markdown, dialect: .gfm, excerptSeparator: nil)
        #expect(gfm.html == MarkdownRenderer.render(markdown, excerptSeparator: nil).html)
        #expect(gfm.warnings == [])
    }
}
