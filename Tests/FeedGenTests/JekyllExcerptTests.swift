import Testing
import FeedGen
@testable import SiteLoading

/// The link reference definitions an excerpt carries along, as Jekyll's
/// `MKDWN_LINK_REF_REGEX` (`^ {0,3}(\[[^\]]+\])(:.+)$`, multi-line) finds them.
@Suite struct JekyllExcerptTests {
    @Test func linkDefinitionsAreFoundAsJekyllsPatternFindsThem() {
        let text = "[a]: /a/\n   [b]:   /b/  \n    [four]: /indented-four/\n[empty]:\n[]: /no-label/\ntext [c]: /mid-line/\n[multi\nline]: /m/\n[d]:x"
        #expect(JekyllExcerpt.linkDefinitions(in: text) == ["[a]: /a/", "[b]:   /b/", "[multi\nline]: /m/", "[d]:x"])
    }

    @Test func theExcerptGetsTheWholePostsDefinitions() {
        let body = "One [x][ref].\n\nTwo.\n\n[ref]: /target/\n"
        #expect(JekyllExcerpt.source(of: body, separator: "\n\n") == "One [x][ref].\n\n[ref]: /target/")
    }
}
