import Foundation
import Testing

/// `feedgen validate` on feeds with more entries than one RELAX NG batch
/// (issue 14, case 12): the same problems, at the same lines, as one pass.
@Suite struct LargeFeedValidationTests {
    @Test func problemInTheThirdBatchIsFoundAtItsLine() throws {
        var feed = #"<?xml version="1.0" encoding="utf-8"?>"# + "\n"
            + #"<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>https://example.org/</id><updated>2024-01-01T00:00:00Z</updated><author><name>A</name></author><link href="https://example.org/"/>"# + "\n"
        for index in 0..<1_000 {
            let extra = index == 700 ? "<bogus/>" : ""
            feed += "<entry><title>Post \(index)</title><id>https://example.org/\(index)/</id><link href=\"https://example.org/\(index)/\"/><updated>2024-01-01T00:00:00Z</updated>\(extra)</entry>\n"
        }
        feed += "<subtitle>after the entries</subtitle></feed>\n"
        let site = try TemporarySite()
        try site.write("big.xml", feed)
        let result = try FeedgenProcess.run(["validate", "big.xml"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stdout == "big.xml:703: Element entry has extra content: bogus\nbig.xml: invalid Atom (1 problem)\n")
        try site.write("good.xml", feed.replacingOccurrences(of: "<bogus/>", with: ""))
        let good = try FeedgenProcess.run(["validate", "good.xml"], in: site.root)
        #expect(good.status == 0)
        #expect(good.stdout == "good.xml: valid Atom\n")
    }
}
