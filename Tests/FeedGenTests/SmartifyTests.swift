import Foundation
import Testing
import FeedGen
@testable import SiteLoading

/// `Smartify`: Jekyll's `smartify` filter, exact results as Jekyll 4.3
/// (kramdown 2.4) gives them, and the same table through the real filter.
@Suite struct SmartifyTests {
    static let cases: [(String, String)] = [
        ("Hello \"world\"", "Hello “world”"),
        ("It's the '90s, isn't it?", "It’s the ’90s, isn’t it?"),
        ("\"Hello,\" she said. 'Yes.'", "“Hello,” she said. ‘Yes.’"),
        ("a -- b --- c...", "a – b — c…"),
        ("<<Guillemets>> and << spaced >>", "«Guillemets» and «\u{A0}spaced\u{A0}»"),
        ("Tom &amp; Jerry &nbsp;here", "Tom &amp; Jerry \u{A0}here"),
        ("A & B < C > D", "A &amp; B &lt; C &gt; D"),
        ("&foo; &#39;x&#39; &quot;q&quot; &#x2014;", "&amp;foo; 'x' \"q\" —"),
        ("<em class='x'>it's</em> <br> done", "<em class=\"x\">it’s</em> <br /> done"),
        ("He said \"'Hi'\"", "He said “‘Hi’”"),
        ("\\\"escaped\\\" \\\\ \\*", "\\“escaped\\” \\\\ \\*"),
        ("\"*emph*\" and '_x_'", "“*emph*” and ‘_x_’"),
        ("5'10\" tall", "5’10” tall"),
        ("x'', ''y", "x’’, ‘‘y"),
        ("line one\nline \"two\"", "line one\nline “two”"),
        ("<code>\"raw\"</code> \"after\"", "<code>\"raw\"</code> “after”"),
        ("<code>a &amp; b \"x\"</code>", "<code>a &amp; b \"x\"</code>"),
        ("<!-- c \"x\" --> y", "<!-- c \"x\" -->\n y"),
        ("dash-ed re-do \"a\"-\"b\"", "dash-ed re-do “a”-“b”"),
        ("'tis \"so\"", "‘tis “so”"),
        ("(‘already’) \"é\" l'été", "(‘already’) “é” l’été"),
        ("<em>a &amp; b</em> <b title=\"a&b\" x>y</b>", "<em>a &amp; b</em> <b title=\"a&amp;b\" x=\"\">y</b>"),
        ("</em> stray", "&lt;/em&gt; stray"),
        ("a <div>b</div> \"c\"", "a &lt;div&gt;b&lt;/div&gt; “c”"),
        ("<span>unclosed \"x\"", "<span>unclosed “x”\n</span>"),
        ("x &#60; &lt; &#38; &#169;", "x &#60; &lt; &#38; ©"),
        ("Jekyll&#39;s \"smartify\" &ndash; <3", "Jekyll's “smartify” – &lt;3"),
        ("can't \"stop\"—won't", "can’t “stop”—won’t"),
        ("\"a\"", "“a”"),
        ("x\"", "x”"),
        ("\"'", "”’"),
        ("---", "—"),
        ("a...b", "a…b"),
        ("\\<< x \\>>", "&lt;&lt; x &gt;&gt;"),
        ("&ThisIsNot; &Auml; &hearts; &apos;", "&amp;ThisIsNot; Ä ♥ '"),
        ("Trailing newline\n", "Trailing newline"),
        ("", ""),
    ]

    @Test func exactResults() {
        for (input, expected) in Self.cases {
            #expect(Smartify.html(input) == expected, "\(input.debugDescription)")
        }
    }

    @Test(.enabled(if: ReferenceRenderer.hasJekyll)) func sameAsJekyllsFilter() throws {
        let inputs = Self.cases.map(\.0)
        let reference = try ReferenceRenderer.smartify(inputs)
        for (input, jekyll) in zip(inputs, reference) {
            #expect(Smartify.html(input) == jekyll, "\(input.debugDescription)")
        }
    }
}
