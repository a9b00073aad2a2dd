import Foundation
import Testing
@testable import Liquid

/// A host with includes from a table, two posts, Markdown as `<p>…</p>`.
struct TableHost: LiquidHost {
    var includes: [String: String] = [:]
    var relativeIncludes: [String: String] = [:]

    func include(_ name: String, relative: Bool) throws(LiquidError) -> LiquidTemplate? {
        guard let source = (relative ? relativeIncludes : includes)[name] else { return nil }
        return try LiquidTemplate(source)
    }
    func postURL(_ name: String) -> String? {
        ["2024-05-01-hello": "/blog/2024/05/01/hello.html", "news/2024-06-01-more": "/blog/news/2024/06/01/more.html"][name]
    }
    func link(_ path: String) -> String? {
        ["_posts/2024-05-01-hello.md": "/blog/2024/05/01/hello.html", "about.md": "/blog/about/"][path]
    }
    func markdownify(_ markdown: String) -> String { "<p>\(markdown)</p>\n" }
    func smartify(_ text: String) -> String { text.replacingOccurrences(of: "--", with: "–") }
}

@Suite struct JekyllTagTests {
    let variables: LiquidMap = ["site": ["url": "https://example.org", "baseurl": "/blog", "title": "Site"], "page": ["title": "Post", "image": "pic.png"]]

    func render(_ source: String, host: TableHost = TableHost()) throws(LiquidError) -> (String, [LiquidWarning]) {
        let template = try LiquidTemplate(source)
        let (output, warnings) = try template.render(variables, host: host)
        return (output, template.warnings + warnings)
    }

    @Test func includeWithParametersAndVariableName() throws {
        let host = TableHost(includes: [
            "figure.html": "<figure><img src=\"{{ include.src | relative_url }}\" alt=\"{{ include.alt }}\"><figcaption>{{ include.caption }}</figcaption></figure>",
            "pic.png.html": "variable name: {{ page.title }}",
            "note.html": "[{{ include.text }}{{ x }}]",
        ])
        let (output, warnings) = try render("""
            {% include figure.html src="/img/a.png" alt='An "a"' caption=page.title %}
            {% include {{ page.image }}.html %}
            {% assign x = 1 %}{% include note.html text="t" %}
            """, host: host)
        #expect(output == """
            <figure><img src="/blog/img/a.png" alt="An "a""><figcaption>Post</figcaption></figure>
            variable name: Post
            [t1]
            """)
        #expect(warnings == [])
    }

    @Test func missingIncludeIsAnErrorOnItsLine() {
        #expect(throws: LiquidError(line: 2, .includeNotFound("nope.html"))) { try render("one\n{% include nope.html %}") }
        #expect(throws: LiquidError(line: 1, .invalidIncludeName("../secret"))) { try render("{% include ../secret %}") }
    }

    @Test func errorsInsideAnIncludeNameItAndAreOnTheIncludeLine() {
        let host = TableHost(includes: ["bad.html": "a\n{{ 1 | divided_by: 0 }}"])
        #expect(throws: LiquidError(line: 3, .inInclude(name: "bad.html", line: 2, .dividedByZero))) { try render("\n\n{% include bad.html %}", host: host) }
    }

    @Test func includesThatIncludeThemselvesStop() {
        let host = TableHost(includes: ["loop.html": "x{% include loop.html %}"])
        #expect(throws: (any Error).self) { try render("{% include loop.html %}", host: host) }
    }

    @Test func includeRelative() throws {
        let (output, _) = try render("{% include_relative part.md %}", host: TableHost(relativeIncludes: ["part.md": "Part of {{ page.title }}"]))
        #expect(output == "Part of Post")
    }

    @Test func highlightEscapesAndTrimsLineBreaks() throws {
        let (output, _) = try render("{% highlight C++ %}\n\nif (a < b && c) {{ page.title }}\n\n{% endhighlight %}")
        #expect(output == "<figure class=\"highlight\"><pre><code class=\"language-c--\" data-lang=\"c++\">if (a &lt; b &amp;&amp; c) Post</code></pre></figure>")
    }

    @Test func highlightWithLineNumbersAsRougeWritesIt() throws {
        let (output, _) = try render("{% highlight text linenos %}\na\nb\n{% endhighlight %}")
        #expect(output == """
            <figure class="highlight"><pre><code class="language-text" data-lang="text"><table class="rouge-table"><tbody><tr><td class="gutter gl"><pre class="lineno">1
            2
            </pre></td><td class="code"><pre>a
            b
            </pre></td></tr></tbody></table></code></pre></figure>
            """)
    }

    @Test func highlightRawKeepsLiquid() throws {
        let (output, _) = try render("{% highlight liquid %}{% raw %}{{ x }}{% endraw %}{% endhighlight %}")
        #expect(output == "<figure class=\"highlight\"><pre><code class=\"language-liquid\" data-lang=\"liquid\">{{ x }}</code></pre></figure>")
    }

    @Test func postURLAndLink() throws {
        let (output, _) = try render("[a]({% post_url 2024-05-01-hello %}) [b]({% post_url news/2024-06-01-more %}) [c]({% link _posts/2024-05-01-hello.md %}) [d]({% link about.md %})")
        #expect(output == "[a](/blog/2024/05/01/hello.html) [b](/blog/news/2024/06/01/more.html) [c](/blog/2024/05/01/hello.html) [d](/blog/about/)")
        #expect(throws: LiquidError(line: 1, .postNotFound("2020-01-01-none"))) { try render("{% post_url 2020-01-01-none %}") }
        #expect(throws: LiquidError(line: 1, .linkNotFound("none.md"))) { try render("{% link none.md %}") }
    }

    @Test func markdownifyAndSmartifyGoThroughTheHost() throws {
        let (output, _) = try render("{{ 'a -- b' | smartify }} {{ page.title | markdownify }}")
        #expect(output == "a – b <p>Post</p>\n")
    }

    @Test func pluginTagsRenderAsNothingOrALinkWithAWarning() throws {
        let (output, warnings) = try render("""
            a{% youtube dQw4w9WgXcQ %}b
            {% video https://example.org/v.mp4 %}
            {% details Summary %}
            hidden {{ page.title }} {% if x %}
            {% enddetails %}c
            """)
        #expect(output == "ab\n<a href=\"https://example.org/v.mp4\">https://example.org/v.mp4</a>\nc")
        #expect(warnings == [
            LiquidWarning(line: 1, .unknownTag("youtube", link: nil)),
            LiquidWarning(line: 2, .unknownTag("video", link: "https://example.org/v.mp4")),
            LiquidWarning(line: 3, .unknownBlock("details")),
        ])
        #expect(warnings.map(\.message) == [
            "Liquid tag \"youtube\" comes from a plugin feedgen does not have; it renders as nothing",
            "Liquid tag \"video\" comes from a plugin feedgen does not have; it renders as a link to https://example.org/v.mp4",
            "Liquid block \"details\" comes from a plugin feedgen does not have; it and its content render as nothing",
        ])
    }

    @Test func pluginFiltersPassTheValueThroughWithAWarning() throws {
        let (output, warnings) = try render("x\n{{ page.title | reading_time | upcase }}")
        #expect(output == "x\nPOST")
        #expect(warnings == [LiquidWarning(line: 2, .unknownFilter("reading_time"))])
    }

    @Test func warningsInsideAnIncludeAreOnTheIncludeLine() throws {
        let host = TableHost(includes: ["p.html": "\n{% gist 123 %}{{ 1 | nope }}"])
        let (_, warnings) = try render("\n{% include p.html %}", host: host)
        #expect(warnings == [
            LiquidWarning(line: 2, .inInclude(name: "p.html", line: 2, .unknownTag("gist", link: nil))),
            LiquidWarning(line: 2, .inInclude(name: "p.html", line: 2, .unknownFilter("nope"))),
        ])
    }

    @Test func strayEndTagsAreWarnings() throws {
        let (output, warnings) = try render("a{% endif %}b{% else %}")
        #expect(output == "ab")
        #expect(warnings == [LiquidWarning(line: 1, .strayTag("endif")), LiquidWarning(line: 1, .strayTag("else"))])
    }

    @Test func laxMarkupIsReadLikeJekyllWithAWarning() throws {
        let (output, warnings) = try render("{{ page.title | upcase | }}")
        #expect(output == "POST")
        #expect(warnings == [LiquidWarning(line: 1, .lax("Expected id but found end_of_string in \"{{ page.title | upcase | }}\""))])
    }
}
