import Foundation
import Testing
@testable import FeedGen

/// `LiquidFilter`: feedgen does not run Liquid, but drops `{% raw %}`
/// markers, fills in `{{ site.url }}` / `{{ site.baseurl }}`, and warns
/// about every other tag with the file line it is on.
@Suite struct LiquidTests {
    private let filter = LiquidFilter(siteURL: "https://example.org", baseURL: "/blog")
    private let path = "posts/2024-05-01-hello.md"

    private func apply(_ body: String, firstLine: Int = 5) -> (String, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let output = filter.apply(to: body[...], path: path, firstLine: firstLine, diagnostics: &diagnostics)
        return (output, diagnostics)
    }

    private func warning(_ line: Int, _ markup: String) -> Diagnostic {
        .warning(SourceLocation(path: path, line: line), "Liquid \(markup) is not run by feedgen and is left as written")
    }

    @Test func textWithoutLiquidIsUnchanged() {
        let (output, diagnostics) = apply("Plain *Markdown* with a { brace } and }} closers %}.\n")
        #expect(output == "Plain *Markdown* with a { brace } and }} closers %}.\n")
        #expect(diagnostics == [])
    }

    @Test func unclosedOpenersAreTextAndLaterMarkupStillCounts() {
        let (output, diagnostics) = apply("{{ site.url }} and {% a %} then {% b {{ site.url }} {{ c\n")
        #expect(output == "https://example.org and {% a %} then {% b https://example.org {{ c\n")
        #expect(diagnostics == [warning(5, "{% a %}")])
    }

    @Test func linesAreCountedInFilesWithWindowsLineEndings() {
        let (output, diagnostics) = apply("One\r\nTwo {{ site.url }}\r\nThree {% include x.html %} é\r\n")
        #expect(output == "One\r\nTwo https://example.org\r\nThree {% include x.html %} é\r\n")
        #expect(diagnostics == [warning(7, "{% include x.html %}")])
    }

    @Test func rawMarkersAreDroppedAndTheirContentKeptVerbatim() {
        let (output, diagnostics) = apply("""
            Before
            {% raw %}
            {{ page.title }} and {% if x %}yes{% endif %}
            {% endraw %}
            After

            """)
        #expect(output == "Before\n\n{{ page.title }} and {% if x %}yes{% endif %}\n\nAfter\n")
        #expect(diagnostics == [])
    }

    @Test func rawMarkersWithTrimmingDashesAndNoSpaces() {
        let (output, diagnostics) = apply("a{%- raw -%}{{ x }}{%endraw%}b")
        #expect(output == "a{{ x }}b")
        #expect(diagnostics == [])
    }

    @Test func siteURLAndBaseURLAreReplaced() {
        let (output, diagnostics) = apply("[home]({{ site.url }}{{ site.baseurl }}/) and {{site.url}} and {{- site.baseurl -}}\n")
        #expect(output == "[home](https://example.org/blog/) and https://example.org and /blog\n")
        #expect(diagnostics == [])
    }

    @Test func siteURLInsideRawIsKept() {
        let (output, _) = apply("{% raw %}{{ site.url }}{% endraw %}")
        #expect(output == "{{ site.url }}")
    }

    @Test func otherTagsAreKeptAndWarnedWithTheirLine() {
        // The body starts on file line 5.
        let body = "Line one\n\nHello {{ page.title }}\n{% include note.html %}\n"
        let (output, diagnostics) = apply(body)
        #expect(output == body)
        #expect(diagnostics == [
            warning(7, "{{ page.title }}"),
            warning(8, "{% include note.html %}"),
        ])
    }

    @Test func lineCountingContinuesAfterAMultiLineTag() {
        let body = "{% if site.show\n   and page.ok %}\nshown\n{% endif %}\n"
        let (output, diagnostics) = apply(body, firstLine: 10)
        #expect(output == body)
        #expect(diagnostics == [
            warning(10, "{% if site.show\n   and page.ok %}"),
            warning(13, "{% endif %}"),
        ])
    }

    @Test func linesInsideRawBlocksAreCounted() {
        let body = "{% raw %}\none\ntwo\n{% endraw %}\n{{ page.date }}\n"
        let (output, diagnostics) = apply(body, firstLine: 1)
        #expect(output == "\none\ntwo\n\n{{ page.date }}\n")
        #expect(diagnostics == [warning(5, "{{ page.date }}")])
    }

    @Test func unclosedOutputIsLeftWithoutAWarning() {
        let (output, diagnostics) = apply("Braces {{ never closed\n")
        #expect(output == "Braces {{ never closed\n")
        #expect(diagnostics == [])
    }
}
