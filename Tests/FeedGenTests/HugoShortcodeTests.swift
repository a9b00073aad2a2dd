import Foundation
import Testing
import FeedGen
@testable import FeedSupport
@testable import SiteLoading

/// Hugo's built-in shortcodes: the HTML feedgen renders for each page below is
/// byte for byte the HTML the real `hugo` renders for it (a layout that writes
/// only `.Content`), before feedgen makes its URLs absolute.
@Suite struct HugoShortcodeTests {
    static let pages = [
        "figure-full": #"{{< figure src="/img/a.png" alt="Alt text" title="The Title" caption="A *caption*" link="https://x.org" class="wide" width="300" height="200" attr="Photo by B" attrlink="https://b.org" >}}"#,
        "figure-plain": #"{{< figure src="pic.jpg" >}}"#,
        "figure-caption": #"{{< figure src="a b.png" caption="Only caption" >}}"#,
        "figure-title": #"{{< figure src="x.png" title="T & U" >}}"#,
        "figure-attr": #"{{< figure src="x.png" caption="Cap" attr="Attr" >}}"#,
        "figure-link": #"{{< figure src="x.png" link="/l" target="_blank" rel="noopener" alt="A" >}}"#,
        "youtube": "{{< youtube w7Ft2ymGmfc >}}",
        "youtube-named": #"{{< youtube id="w7Ft2ymGmfc" title="My video" autoplay="true" >}}"#,
        "youtube-class": #"{{< youtube id="abc" class="vid" >}}"#,
        "vimeo": "{{< vimeo 146022717 >}}",
        "vimeo-named": #"{{< vimeo id="146022717" class="c" title="T" >}}"#,
        "gist": "{{< gist spf13 7896402 >}}",
        "gist-file": #"{{< gist spf13 7896402 "img.html" >}}"#,
        "param": "Site {{< param author >}}, nested {{< param \"sub.key\" >}}, page {{% param mine %}}.",
        "ref": #"[link]({{< ref "b.md" >}}), [rel]({{< relref "b" >}}), {{< ref "/posts/b.md#sec" >}}, [bundle]({{< relref "bundle" >}})"#,
        "escaped": "Write {{</* gist a b */>}} for a gist.",
        "inline": "Text {{< figure src=\"i.png\" >}} more\nand {{% param author %}} **here**",
    ]

    func site() throws -> TemporarySite {
        let site = try TemporarySite()
        try FileManager.default.removeItem(at: site.url("config.json"))
        try site.write("hugo.toml", "baseURL = \"https://e.org/\"\ntitle = \"SC\"\n[params]\nauthor = \"Ann\"\nsub = { key = \"nested\" }\n")
        try site.write("layouts/_default/single.html", "{{ .Content }}")
        try site.write("content/posts/b.md", "---\ntitle: B\ndate: 2024-01-02\n---\nb\n")
        try site.write("content/posts/bundle/index.md", "---\ntitle: Bundle\nslug: the-bundle\ndate: 2024-01-02\n---\nb\n")
        for (name, body) in Self.pages {
            try site.write("content/posts/\(name).md", "---\ntitle: \(name)\ndate: 2024-01-01\nmine: \"my value\"\n---\n\(body)\n")
        }
        return site
    }

    /// feedgen's rendering of a page, before URLs are made absolute.
    func render(_ name: String, in site: TemporarySite) throws -> (String, [Diagnostic]) {
        let config = try ConfigDiscovery.load(explicit: nil, in: site.root)
        let file = PostFile(folder: config.postsFolder.path, relativePath: name + ".md", displayFolder: "content/posts")
        let post = try #require(PostLoader(config: config).load(file).0)
        let (rendered, diagnostics) = PostRenderer(config: config).render(post)
        return (try #require(rendered).html, diagnostics)
    }

    @Test func builtInsAsHugoRendersThem() throws {
        let site = try site()
        try HugoRun.build(site.root)
        for name in Self.pages.keys.sorted() {
            let theirs = try site.read("public/posts/\(name)/index.html")
            let (ours, diagnostics) = try render(name, in: site)
            #expect(diagnostics == [], "\(name)")
            #expect(ours == theirs, "\(name)")
        }
        let (figure, _) = try render("figure-full", in: site)
        #expect(figure == """
            <figure class="wide"><a href="https://x.org"><img src="/img/a.png"
                     alt="Alt text" width="300" height="200"/></a><figcaption>
                        <h4>The Title</h4><p>A <em>caption</em>
                                <a href="https://b.org">Photo by B</a></p>
                    </figcaption>
            </figure>


            """)
        #expect(try render("ref", in: site).0 == "<p><a href=\"https://e.org/posts/b/\">link</a>, <a href=\"/posts/b/\">rel</a>, https://e.org/posts/b/#sec, <a href=\"/posts/the-bundle/\">bundle</a></p>\n")
    }

    /// `highlight` keeps Hugo's markup and text; Chroma's colours are not there.
    @Test func highlightHasHugosMarkupWithoutColours() throws {
        let site = try site()
        try site.write("content/posts/hl.md", "---\ntitle: hl\ndate: 2024-01-01\n---\n{{< highlight go >}}\na := 1\nb := \"<x>\"\n{{< /highlight >}}\n")
        try HugoRun.build(site.root)
        let (ours, _) = try render("hl", in: site)
        #expect(ours == """
            <div class="highlight"><pre tabindex="0" style="color:#f8f8f2;background-color:#272822;-moz-tab-size:4;-o-tab-size:4;tab-size:4;"><code class="language-go" data-lang="go"><span style="display:flex;"><span>a := 1
            </span></span><span style="display:flex;"><span>b := &#34;&lt;x&gt;&#34;</span></span></code></pre></div>

            """)
        #expect(HTMLFragment.plainText(ours) == HTMLFragment.plainText(try site.read("public/posts/hl/index.html")))
    }

    /// `highlight`'s `linenos` and `hl_lines`, which feedgen does not write: one warning, the code still there.
    @Test func highlightOptionsNotRenderedAreWarnedAbout() throws {
        let site = try site()
        try site.write("content/posts/hl.md", "---\ntitle: hl\ndate: 2024-01-01\n---\n{{< highlight go \"linenos=table, linenostart=10, hl_lines=3 6\" >}}\na := 1\n{{< /highlight >}}\n\n{{< highlight go \"linenos=false\" >}}\nb := 2\n{{< /highlight >}}\n")
        let (html, diagnostics) = try render("hl", in: site)
        #expect(HTMLFragment.plainText(html) == "a := 1 b := 2")
        #expect(diagnostics == [.warning(SourceLocation(path: "content/posts/hl.md", line: 5),
                                         "shortcode \"highlight\": linenos and hl_lines not rendered (Chroma's line numbers and highlighted lines), only the code")])
    }

    /// Newer Hugo's `details` and `x`, and `tweet` without Twitter's servers.
    @Test func detailsAndTweets() throws {
        let site = try site()
        try site.write("content/posts/d.md", "---\ntitle: d\ndate: 2024-01-01\n---\n{{< details summary=\"Click *me*\" open=true >}}\nHidden **text**\n{{< /details >}}\n\n{{< x user=\"SanDiegoZoo\" id=\"1453110110599868418\" >}}\n")
        let (details, _) = try render("d", in: site)
        #expect(details == """
            <details open>
              <summary>Click <em>me</em></summary>
              <p>Hidden <strong>text</strong></p>
            </details>
            <blockquote class="twitter-tweet"><p><a href="https://twitter.com/SanDiegoZoo/status/1453110110599868418">https://twitter.com/SanDiegoZoo/status/1453110110599868418</a></p></blockquote>


            """)
    }

    /// A site's own shortcode, or an unknown one: one warning naming post and
    /// line, and only its inner text reaches readers.
    @Test func ownAndUnknownShortcodesAreWarnedAboutAndNeverRaw() throws {
        let site = try site()
        try site.write("layouts/shortcodes/note.html", "<div class=\"note\">{{ .Inner | markdownify }}</div>")
        try site.write("content/posts/own.md", "---\ntitle: own\ndate: 2024-01-01\n---\nFirst.\n\n{{% note %}}\nInner **text**\n{{% /note %}}\n\n{{< mystery a=1 >}}\n\n[gone]({{< ref \"nowhere.md\" >}})\n")
        let (html, diagnostics) = try render("own", in: site)
        #expect(html == "<p>First.</p>\n<p>Inner <strong>text</strong></p>\n<p><a href=\"\">gone</a></p>\n")
        #expect(diagnostics == [
            .warning(SourceLocation(path: "content/posts/own.md", line: 7), "shortcode \"note\" is the site's own (layouts/shortcodes/note.html), whose template feedgen does not run; only its inner text was kept"),
            .warning(SourceLocation(path: "content/posts/own.md", line: 11), "shortcode \"mystery\" is not one of Hugo's built-ins that feedgen renders; it was left out"),
            .warning(SourceLocation(path: "content/posts/own.md", line: 13), "shortcode \"ref\" names no page or param feedgen can find, or lacks a parameter; it was left out"),
        ])
    }

    /// A site's own shortcode whose template only places its inner content
    /// among text (PaperMod's `rawhtml`, a wrapper, text alone) is run as Hugo
    /// runs it, the theme's and the site's alike, byte for byte as `hugo` does;
    /// one that replaces a built-in is warned about, and the built-in rendered.
    @Test func shortcodesThatOnlyPlaceTheirInnerContent() throws {
        let site = try site()
        try site.write("hugo.toml", "baseURL = \"https://e.org/\"\ntitle = \"SC\"\ntheme = \"PaperMod\"\n[params]\nauthor = \"Ann\"\nsub = { key = \"nested\" }\n")
        try site.write("themes/PaperMod/layouts/shortcodes/rawhtml.html", "<!-- raw html -->\n{{- .Inner }}\n")
        try site.write("themes/PaperMod/layouts/shortcodes/figure.html", "<figure class=\"theirs\">{{ .Get \"src\" }}</figure>")
        try site.write("layouts/shortcodes/note.html", "{{/* a note */}}\n<div class=\"note\">\n  {{- .Inner -}}\n</div>")
        try site.write("layouts/shortcodes/wrap.html", "{{- /* trimmed */ -}}\n<aside>{{ $.Inner | safeHTML }}</aside>\n")
        try site.write("layouts/shortcodes/hr.html", "<hr class=\"fancy\">")
        let pages = [
            "raw-block": "Video:\n\n{{< rawhtml >}}\n<p align=\"center\">\n<iframe width=\"233\" src=\"https://www.youtube.com/embed/QsaT23CZIpM\" allowfullscreen=\"\"></iframe>\n</p>\n{{< /rawhtml >}}\n\nAfter.\n",
            "raw-inline": "The `0x` prefix indicates {{< rawhtml >}}<a href=\"https://x.org/#:~:text=a\" data-proofer-ignore>hexadecimal</a>{{< /rawhtml >}}, a base.\n",
            "note": "{{% note %}}\nInner **text**\n{{% /note %}}\n\n{{% wrap %}}*x*{{% /wrap %}}\n",
            "wrap": "{{< wrap >}}<em>x</em> {{< hr >}}{{< /wrap >}}\n\n{{< hr >}}\n",
        ]
        for (name, body) in pages { try site.write("content/posts/\(name).md", "---\ntitle: \(name)\ndate: 2024-01-01\n---\n\(body)") }
        try site.write("content/posts/fig.md", "---\ntitle: fig\ndate: 2024-01-01\n---\n{{< figure src=\"a.png\" >}}\n")
        try HugoRun.build(site.root)
        for name in pages.keys.sorted() {
            let (ours, diagnostics) = try render(name, in: site)
            #expect(diagnostics == [], "\(name)")
            let theirs = try site.read("public/posts/\(name)/index.html")
            #expect(ours == theirs, "\(name)\n\(ours.debugDescription)\n\(theirs.debugDescription)")
        }
        #expect(try render("raw-block", in: site).0 == "<p>Video:</p>\n\n<p align=\"center\">\n<iframe width=\"233\" src=\"https://www.youtube.com/embed/QsaT23CZIpM\" allowfullscreen=\"\"></iframe>\n</p>\n\n\n<p>After.</p>\n")
        let (figure, diagnostics) = try render("fig", in: site)
        #expect(figure.hasPrefix("<figure><img src=\"a.png\"/>"))
        #expect(diagnostics == [.warning(SourceLocation(path: "content/posts/fig.md", line: 5),
                                         "shortcode \"figure\" is the site's own (themes/PaperMod/layouts/shortcodes/figure.html), whose template feedgen does not run; Hugo's built-in figure was rendered instead")])
    }

    /// On a Hugo site `{{<` is not Liquid, and Liquid is not run.
    @Test func liquidIsNotRunOnAHugoSite() throws {
        let site = try site()
        try site.write("content/posts/l.md", "---\ntitle: l\ndate: 2024-01-01\n---\n{{ site.url }} and {% raw %}\n")
        #expect(try render("l", in: site) == ("<p>{{ site.url }} and {% raw %}</p>\n", []))
    }
}
