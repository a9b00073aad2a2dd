import Foundation
import Testing
import FeedGen

/// `HTMLFragment`: relative URLs in content made absolute against the
/// post's permalink (RFC 3986 §5.2 reference resolution), and plain text.
@Suite struct URLRewritingTests {
    private let base = URL(string: "https://example.org/2024/05/01/hello/")!

    private func absolute(_ html: String) -> String {
        (try? HTMLFragment.preparedForReaders(html, base: base)) ?? "unreadable"
    }

    @Test func relativeHref() {
        #expect(absolute(#"<p><a href="about/">About</a></p>"#) == #"<p><a href="https://example.org/2024/05/01/hello/about/">About</a></p>"#)
    }

    @Test func rootRelativeHref() {
        #expect(absolute(#"<p><a href="/about/">About</a></p>"#) == #"<p><a href="https://example.org/about/">About</a></p>"#)
    }

    @Test func dotDotRelativeHref() {
        // /2024/05/01/hello/ → ../../ is /2024/05/ → /2024/05/02/x/
        #expect(absolute(#"<p><a href="../../02/x/">x</a></p>"#) == #"<p><a href="https://example.org/2024/05/02/x/">x</a></p>"#)
    }

    @Test func dotDotAboveTheRootStopsAtTheRoot() {
        #expect(absolute(#"<p><a href="../../../../../../images/a.png">a</a></p>"#) == #"<p><a href="https://example.org/images/a.png">a</a></p>"#)
    }

    @Test func imageSrc() {
        #expect(absolute(#"<p><img src="pic.jpg" alt="A pic"></p>"#) == #"<p><img src="https://example.org/2024/05/01/hello/pic.jpg" alt="A pic"></p>"#)
    }

    @Test func srcsetWithWidthAndDensityDescriptors() {
        #expect(absolute(#"<p><img srcset="small.jpg 480w, /large.jpg 2x" src="/a.jpg"></p>"#)
            == #"<p><img srcset="https://example.org/2024/05/01/hello/small.jpg 480w, https://example.org/large.jpg 2x" src="https://example.org/a.jpg"></p>"#)
    }

    /// Image CDNs (Cloudinary, imgix) put commas inside URLs; in `srcset` a
    /// comma only separates candidates after a URL and its descriptor (HTML
    /// spec, "parse a srcset attribute"), so these URLs must stay whole.
    @Test func srcsetWithCommasInsideTheURLs() {
        #expect(absolute(#"<p><img srcset="https://res.cloudinary.com/demo/image/upload/w_300,h_200/a.jpg 300w, /img/w_600,h_400/a.jpg 600w"></p>"#)
            == #"<p><img srcset="https://res.cloudinary.com/demo/image/upload/w_300,h_200/a.jpg 300w, https://example.org/img/w_600,h_400/a.jpg 600w"></p>"#)
    }

    @Test func srcsetWithoutDescriptor() {
        #expect(absolute(#"<p><img srcset="/one.jpg"></p>"#) == #"<p><img srcset="https://example.org/one.jpg"></p>"#)
    }

    @Test func videoPosterAndSrc() {
        #expect(absolute(#"<video poster="/poster.jpg" src="clip.mp4"></video>"#)
            == #"<video poster="https://example.org/poster.jpg" src="https://example.org/2024/05/01/hello/clip.mp4"></video>"#)
    }

    @Test func blockquoteCite() {
        #expect(absolute(#"<blockquote cite="/source/"><p>Q</p></blockquote>"#)
            == #"<blockquote cite="https://example.org/source/"><p>Q</p></blockquote>"#)
    }

    @Test func fragmentOnlyIsTheFragmentOfThePost() {
        #expect(absolute(##"<p><a href="#fn-1">1</a></p>"##) == ##"<p><a href="https://example.org/2024/05/01/hello/#fn-1">1</a></p>"##)
    }

    @Test func queryOnlyIsAQueryOnThePost() {
        #expect(absolute(#"<p><a href="?page=2">2</a></p>"#) == #"<p><a href="https://example.org/2024/05/01/hello/?page=2">2</a></p>"#)
    }

    @Test func schemeRelativeTakesTheSchemeOfThePost() {
        #expect(absolute(#"<p><img src="//cdn.example.net/x.png"></p>"#) == #"<p><img src="https://cdn.example.net/x.png"></p>"#)
    }

    @Test func alreadyAbsoluteIsLeftAlone() {
        #expect(absolute(#"<p><a href="https://other.example.net/a?b=1&amp;c=2">o</a></p>"#)
            == #"<p><a href="https://other.example.net/a?b=1&amp;c=2">o</a></p>"#)
    }

    @Test func mailtoIsLeftAlone() {
        #expect(absolute(#"<p><a href="mailto:ann@example.org">Ann</a></p>"#) == #"<p><a href="mailto:ann@example.org">Ann</a></p>"#)
    }

    @Test func ampersandInARelativeQueryStaysEscaped() {
        #expect(absolute(#"<p><a href="/search?q=a&amp;page=2">s</a></p>"#)
            == #"<p><a href="https://example.org/search?q=a&amp;page=2">s</a></p>"#)
    }

    @Test func textIsKeptWithItsEscapesAndNonASCII() {
        #expect(absolute("<p>Fish &amp; chips &lt;3 — Café 日本</p>") == "<p>Fish &amp; chips &lt;3 — Café 日本</p>")
    }

    @Test func blocksKeepTheirNewlines() {
        #expect(absolute("<p>One <a href=\"/a\">a</a></p>\n<p>Two</p>\n")
            == "<p>One <a href=\"https://example.org/a\">a</a></p>\n<p>Two</p>\n")
    }

    @Test func codeBlockIsKeptVerbatim() {
        #expect(absolute("<pre><code class=\"language-html\">&lt;a href=\"/x\"&gt;\n  two spaces\n</code></pre>\n")
            == "<pre><code class=\"language-html\">&lt;a href=\"/x\"&gt;\n  two spaces\n</code></pre>\n")
    }

    // MARK: - Plain text

    @Test func plainTextDropsTagsAndDecodesEntities() {
        #expect(HTMLFragment.plainText("<p>Hello <em>world</em> &amp; you &lt;3.</p>") == "Hello world & you <3.")
    }

    @Test func plainTextFoldsWhiteSpace() {
        #expect(HTMLFragment.plainText("<p>First\nline.</p>\n<p>  Second   paragraph.</p>\n") == "First line. Second paragraph.")
    }

    @Test func plainTextOfCodeAndLinks() {
        #expect(HTMLFragment.plainText("<p>Run <code>ls -l</code> or read <a href=\"/x\">the docs</a>.</p>") == "Run ls -l or read the docs.")
    }

    /// Two blocks written without white space between them are still two
    /// sentences to a reader, not one glued word.
    @Test func plainTextSeparatesAdjacentBlocks() {
        #expect(HTMLFragment.plainText("<p>One.</p><p>Two.</p><ul><li>three</li><li>four</li></ul>") == "One. Two. three four")
    }

    @Test func plainTextOfEmptyHTMLIsEmpty() {
        #expect(HTMLFragment.plainText("") == "")
    }
}
