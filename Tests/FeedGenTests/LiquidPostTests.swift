import Foundation
import Testing
import FeedGen

/// Posts that use Liquid, built by the binary: the exact HTML readers get,
/// and the one-line diagnostics on the post line of the tag.
@Suite struct LiquidPostTests {
    static let config = #"{"title": "Test Site", "url": "https://example.org/blog", "author": {"name": "Ann Author"}}"#

    /// A site with `_config.yml`, an include and data files next to its config.json.
    func makeSite(_ posts: [String: String]) throws -> TemporarySite {
        let site = try TemporarySite(config: Self.config, posts: posts)
        try site.write("_config.yml", "title: Test Site\nrepository: ann/site\n")
        try site.write("_includes/figure.html", """
            <figure><img src="{{ include.src | relative_url }}" alt="{{ include.alt }}"><figcaption>{{ include.caption | default: page.title }}</figcaption></figure>

            """)
        try site.write("_data/solvers.yml", "- name: L-BFGS\n  kind: quasi-Newton\n- name: Adam\n  kind: first-order\n")
        try site.write("_data/team/people.csv", "name,role\nAnn,editor\nBob,writer\n")
        return site
    }

    /// Each JSON Feed item's `content_html` and `summary`, newest first.
    func items(_ site: TemporarySite) throws -> [(html: String, summary: String)] {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: site.url("feeds/feed.json"))) as? [String: Any]
        return (json?["items"] as? [[String: Any]] ?? []).map { ($0["content_html"] as? String ?? "", $0["summary"] as? String ?? "") }
    }

    static let hello = "---\ntitle: Hello\n---\nFirst paragraph.\n\nMore.\n"

    @Test func everyConstructRendersAsJekyllWouldWriteIt() throws {
        let site = try makeSite(["2024-05-01-hello.md": Self.hello, "2024-05-02-liquid.md": """
            ---
            title: Liquid
            series: "Year of solvers"
            ---
            {% assign count = site.data.solvers | size %}Part of *{{ page.series }}*, {{ count }} solvers, repo {{ site.repository }}.

            {% capture note %}See [the first post]({% post_url 2024-05-01-hello %}).{% endcapture %}
            {{ note }}

            {% include figure.html src="/img/a.png" alt="An A" %}

            | Solver | Kind |
            | --- | --- |
            {% for s in site.data.solvers %}| {{ s.name }} | {{ s.kind }} |
            {% endfor %}
            {% for p in site.data.team.people %}{{ p.name }} ({{ p.role }}){% unless forloop.last %}, {% endunless %}{% endfor %}

            {% highlight ruby %}
            puts "<a>" if x && y
            {% endhighlight %}

            {% raw %}{{ not run }}{% endraw %} and {% youtube abc %}

            Recent: {% for post in site.posts limit: 2 %}{{ post.title }} {{ post.url }}; {% endfor %}

            """])
        let result = try FeedgenProcess.run(["build"], in: site.root)
        #expect(result.status == 0)
        #expect(result.stderr == "posts/2024-05-02-liquid.md:22: warning: Liquid tag \"youtube\" comes from a plugin feedgen does not have; it renders as nothing\n")
        let items = try items(site)
        #expect(items.first?.html == """
            <p>Part of <em>Year of solvers</em>, 2 solvers, repo ann/site.</p>
            <p>See <a href="https://example.org/blog/2024/05/01/hello/">the first post</a>.</p>
            <figure><img src="https://example.org/blog/img/a.png" alt="An A"><figcaption>Liquid</figcaption></figure>
            <table>
            <thead>
            <tr>
            <th>Solver</th>
            <th>Kind</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td>L-BFGS</td>
            <td>quasi-Newton</td>
            </tr>
            <tr>
            <td>Adam</td>
            <td>first-order</td>
            </tr>
            </tbody>
            </table>
            <p>Ann (editor), Bob (writer)</p>
            <figure class="highlight"><pre><code class="language-ruby" data-lang="ruby">puts "&lt;a&gt;" if x &amp;&amp; y</code></pre></figure>
            <p>{{ not run }} and</p>
            <p>Recent: Liquid /2024/05/02/liquid/; Hello /2024/05/01/hello/;</p>

            """)
        #expect(items.first?.summary == "Part of Year of solvers, 2 solvers, repo ann/site.")
    }

    @Test func aMissingIncludeIsAnErrorNamingThePostAndLine() throws {
        let site = try makeSite(["2024-05-01-hello.md": "---\ntitle: Hello\n---\nText.\n\n{% include nope.html %}\n"])
        let result = try FeedgenProcess.run(["build", "--quiet"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stderr == "posts/2024-05-01-hello.md:6: could not locate the included file \"nope.html\" in _includes\n")
    }

    @Test func aSyntaxErrorSpanningLinesIsOneLine() throws {
        let site = try makeSite(["2024-05-01-hello.md": "---\ntitle: Hello\n---\nText.\n\n{% if page.title\n  %}never closed\n"])
        let result = try FeedgenProcess.run(["build", "--quiet"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stderr == "posts/2024-05-01-hello.md:6: Liquid \"if\" tag was never closed with \"endif\"\n")
    }

    @Test func theExcerptIsCutFromTheRawBodyAsJekyllCutsIt() throws {
        let site = try makeSite([
            "2024-05-01-heading.md": "---\ntitle: Heading\n---\n# A heading\n\nThe first paragraph.\n",
            "2024-05-02-own.md": "---\ntitle: Own\nexcerpt_separator: <!--more-->\n---\nOne.\n\nTwo [link][ref].\n<!--more-->\nThree.\n\n[ref]: /target/\n",
            "2024-05-03-open.md": "---\ntitle: Open\n---\n{% if true %}Inside {{ page.title }}.\n\nAfter.\n{% endif %}\n",
        ])
        let result = try FeedgenProcess.run(["build", "--quiet"], in: site.root)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let atom = TextCollector(try Data(contentsOf: site.url("feeds/atom.xml")))
        #expect(atom.texts("summary") == [
            "<p>Inside Open.</p>\n",
            "<p>One.</p>\n<p>Two <a href=\"https://example.org/target/\">link</a>.</p>\n",
            "<h1>A heading</h1>\n",
        ])
    }

    @Test func aChangedIncludeRendersThePostsAgain() throws {
        let site = try makeSite(["2024-05-01-hello.md": "---\ntitle: Hello\n---\n{% include figure.html src=\"a.png\" %}\n"])
        #expect(try FeedgenProcess.run(["build", "--quiet"], in: site.root).status == 0)
        try site.write("_includes/figure.html", "<p>changed</p>\n")
        #expect(try FeedgenProcess.run(["build", "--quiet"], in: site.root).status == 0)
        #expect(try items(site).first?.html == "<p>changed</p>\n")
    }
}

extension LiquidPostTests {
    @Test func pageHoldsEveryFrontMatterKeyOverTheJekyllDefaults() throws {
        let site = try TemporarySite(config: Self.config)
        try FileManager.default.removeItem(at: site.url("config.json"))
        try site.write("_config.yml", """
            title: Defaults
            url: https://example.org
            defaults:
              - scope: {path: "", type: posts}
                values: {image: /img/card.png, series: From defaults, excerpt_separator: "<!--cut-->"}

            """)
        try site.write("_posts/2024-05-01-hello.md", "---\ntitle: Hello\ncustom: [1, 2]\nseries: Own\n---\n{{ page.image }} {{ page.series }} {{ page.custom | join: '+' }} {{ page.path }} {{ page.id }}\n\nMore<!--cut-->Rest\n")
        let result = try FeedgenProcess.run(["build", "--quiet"], in: site.root)
        #expect(result.stderr == "")
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: site.url("_site/feed.json"))) as? [String: Any]
        let item = (json?["items"] as? [[String: Any]])?.first
        #expect(item?["content_html"] as? String == "<p>/img/card.png Own 1+2 _posts/2024-05-01-hello.md /2024/05/01/hello</p>\n<p>More<!--cut-->Rest</p>\n")
        #expect(item?["summary"] as? String == "/img/card.png Own 1+2 _posts/2024-05-01-hello.md /2024/05/01/hello More")
    }
}
