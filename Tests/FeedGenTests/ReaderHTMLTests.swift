import Foundation
import Testing
@testable import FeedGen

/// `ReaderHTML`: what feed readers' sanitizers would drop from a post's HTML (feedparser's
/// allow-lists, which the W3C Feed Validation Service checks content against) becomes what
/// every reader shows, or goes when no reader shows it; the rest stays byte for byte.
@Suite struct ReaderHTMLTests {
    private let base = URL(string: "https://example.org/2024/05/01/hello/")!

    private func forReaders(_ html: String) -> String {
        (try? HTMLFragment.preparedForReaders(html, base: base)) ?? "unreadable"
    }

    // MARK: embeds

    /// The sample Jekyll blog's include: the iframe and the box that sizes it become a link
    /// named by the iframe's title (feedparser drops the iframe and leaves an empty box).
    @Test func anIframeInItsBoxBecomesALinkInAParagraph() {
        #expect(forReaders(#"<p>The recording:</p><div class="video"><iframe src="https://www.youtube-nocookie.com/embed/abc" title="Solvers in the wild" allowfullscreen></iframe></div>"#)
            == "<p>The recording:</p>\n" + #"<p><a href="https://www.youtube-nocookie.com/embed/abc">Solvers in the wild</a></p>"#)
    }

    /// Hugo's `youtube` shortcode: a box of zero height whose style readers keep in part
    /// (`height: 0; overflow: hidden`), which would hide a link left inside it.
    @Test func hugosYouTubeBoxGoesWithItsIframe() {
        let hugo = """

            <div style="position: relative; padding-bottom: 56.25%; height: 0; overflow: hidden;">
              <iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" style="position: absolute; top: 0; left: 0; width: 100%; height: 100%; border:0;" allowfullscreen title="YouTube Video"></iframe>
            </div>

            """
        #expect(forReaders(hugo) == "\n<p><a href=\"https://www.youtube.com/embed/dQw4w9WgXcQ\">YouTube Video</a></p>\n")
    }

    @Test func anIframeAmongTextIsALinkInItsLine() {
        #expect(forReaders(#"<p>See <iframe src="/maps/embed?q=x"></iframe> here.</p>"#)
            == #"<p>See <a href="https://example.org/maps/embed?q=x">https://example.org/maps/embed?q=x</a> here.</p>"#)
    }

    @Test func anIframeWithoutSourceIsRemoved() {
        #expect(forReaders(#"<p>A</p><iframe srcdoc="<b>x</b>"></iframe><p>B</p>"#) == "<p>A</p>\n<p>B</p>")
    }

    /// Hugo's `gist` shortcode and jekyll-gist: the script no reader runs becomes a link to the gist.
    @Test func aGistsScriptBecomesALinkToTheGist() {
        #expect(forReaders("<p>v1.0</p>\n<script type=\"application/javascript\" src=\"https://gist.github.com/example/1234.js\"></script>\n")
            == "<p>v1.0</p>\n<p><a href=\"https://gist.github.com/example/1234\">https://gist.github.com/example/1234</a></p>\n")
        #expect(forReaders(#"<script src="//gist.github.com/ann/5a6b.js?file=solve.py"> </script>"#)
            == #"<p><a href="https://gist.github.com/ann/5a6b">https://gist.github.com/ann/5a6b</a></p>"#)
    }

    @Test func otherScriptsAndStyleSheetsAreRemovedWithWhatIsInside() {
        #expect(forReaders(#"<p>A</p><script>document.write("<p>x</p>")</script><style>p { color: red }</style><script src="https://platform.example.com/widgets.js" async></script><p>B</p>"#)
            == "<p>A</p>\n<p>B</p>")
    }

    // MARK: attributes

    /// cmark-gfm's footnote back-link: its label stays, as a title every reader keeps.
    @Test func anAriaLabelBecomesTheTitle() {
        #expect(forReaders(##"<a href="#fnref-1" class="footnote-backref" data-footnote-backref aria-label="Back to content">↩</a>"##)
            == #"<a href="https://example.org/2024/05/01/hello/#fnref-1" class="footnote-backref" data-footnote-backref title="Back to content">↩</a>"#)
        #expect(forReaders(#"<a href="/x" title="Own" aria-label="Other" aria-hidden="true">x</a>"#) == #"<a href="https://example.org/x" title="Own">x</a>"#)
    }

    /// kramdown's and goldmark's footnotes, as jekyll-feed and Hugo publish them, without their roles.
    @Test func rolesAreRemoved() {
        let kramdown = ##"<p>A<sup id="fnref:1" role="doc-noteref"><a href="#fn:1" class="footnote" rel="footnote">1</a></sup></p><div class="footnotes" role="doc-endnotes"><ol><li id="fn:1"><p>N <a href="#fnref:1" class="reversefootnote" role="doc-backlink">↩</a></p></li></ol></div>"##
        #expect(forReaders(kramdown) == #"<p>A<sup id="fnref:1"><a href="https://example.org/2024/05/01/hello/#fn:1" class="footnote" rel="footnote">1</a></sup></p>"# + "\n" + #"<div class="footnotes"><ol><li id="fn:1"><p>N <a href="https://example.org/2024/05/01/hello/#fnref:1" class="reversefootnote">↩</a></p></li></ol></div>"#)
    }

    // MARK: style

    /// Chroma's `pre` (Hugo's highlighting): the colours stay, the vendor `tab-size`s go.
    @Test func aStyleKeepsTheDeclarationsReadersAccept() {
        #expect(forReaders(#"<pre tabindex="0" style="color:#f8f8f2;background-color:#272822;-moz-tab-size:4;-o-tab-size:4;tab-size:4;"><code>x</code></pre>"#)
            == #"<pre tabindex="0" style="color:#f8f8f2;background-color:#272822;"><code>x</code></pre>"#)
        #expect(forReaders(#"<p style="background: url(/a.png) no-repeat; margin: 0 auto; padding: 1.25rem; font-weight: bold">x</p>"#)
            == #"<p style="margin: 0 auto;font-weight: bold">x</p>"#)
    }

    @Test func aStyleReadersAcceptWhollyIsLeftAsWritten() {
        #expect(forReaders(#"<p style="text-align: center; color: #333 !important">x</p>"#) == #"<p style="text-align: center; color: #333 !important">x</p>"#)
        #expect(forReaders(#"<span style="display:flex;">y</span>"#) == #"<span style="display:flex;">y</span>"#)
    }

    @Test func aStyleWithNothingAcceptedIsRemoved() {
        #expect(forReaders(#"<div style="position: absolute; top: 0">x</div>"#) == "<div>x</div>")
    }

    /// What readers keep already is not touched: a video's controls, data attributes, classes.
    @Test func everythingElseStays() {
        let html = #"<figure class="wide"><video controls poster="https://example.org/p.jpg" src="https://example.org/v.mp4"></video><figcaption data-note="1">A <abbr title="x">X</abbr></figcaption></figure>"#
        #expect(forReaders(html) == html)
    }
}
