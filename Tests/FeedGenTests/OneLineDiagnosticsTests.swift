import Foundation
import Testing
import FeedGen
@testable import FeedSupport
@testable import SiteLoading

/// Every diagnostic is one line, whatever the text it quotes holds.
@Suite struct OneLineDiagnosticsTests {
    @Test func controlCharactersInQuotedTextAreEscaped() {
        let diagnostic = Diagnostic.warning(SourceLocation(path: "posts/a.md", line: 3), "tag {% include x\n  y=\"1\"\t%}\r\u{1B}[31m\u{2028}")
        #expect(diagnostic.description == #"posts/a.md:3: warning: tag {% include x\n  y="1"\t%}\r\u{1B}[31m\u{2028}"#)
        #expect(Diagnostic.error(SourceLocation(path: "a\nb.md"), "plain").description == #"a\nb.md: plain"#)
    }

    @Test func aDateWithALineBreakIsReportedOnOneLine() throws {
        let site = try TemporarySite(posts: ["2024-05-01-a.md": "---\ntitle: A\ndate: \"soon\\nor later\"\n---\n\nA.\n"])
        let result = try FeedgenProcess.run(["build"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stderr == """
            posts/2024-05-01-a.md:3: date "soon\\nor later" is not a date; write YYYY-MM-DD, YYYY-MM-DD HH:MM:SS +HH:MM or RFC 3339
            feedgen: 1 error; nothing was published

            """)
    }
}
