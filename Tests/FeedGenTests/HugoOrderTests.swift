import Foundation
import Testing
import FeedGen

/// Items in Hugo's order of pages: weighted pages first (by weight, 0 last),
/// then newest first, then by link title in Unicode collation, then by path;
/// compared with the real `hugo`, with and without the build cache.
@Suite struct HugoOrderTests {
    let sites = HugoSiteTests()

    @Test func itemsInHugosOrder() throws {
        var files = ["hugo.toml": "baseURL = \"https://example.org/\"\ntitle = \"T\"\nrssLimit = 16\n"]
        for (index, title) in ["b", "B", "a", "Ä", "_x", "N10", "N2", "1x", "Zebra", "apple", "a b", "ab"].enumerated() {
            files["content/posts/p\(index).md"] = "---\ntitle: \"\(title)\"\ndate: 2024-01-01\n---\nx\n"
        }
        files["content/posts/w2.md"] = "---\ntitle: W2\ndate: 2020-01-01\nweight: 2\n---\nx\n"
        files["content/posts/w1.md"] = "---\ntitle: W1\ndate: 2019-01-01\nweight: 1\n---\nx\n"
        files["content/posts/wneg.md"] = "---\ntitle: Wneg\ndate: 2019-01-01\nweight: -1\n---\nx\n"
        files["content/posts/same2.md"] = "---\ntitle: Same\ndate: 2024-01-01\n---\nx\n"
        files["content/posts/same1.md"] = "---\ntitle: Same\ndate: 2024-01-01\n---\nx\n"
        files["content/posts/lt.md"] = "---\ntitle: Linked\nlinkTitle: 0 first\ndate: 2024-01-01\n---\nx\n"
        files["content/posts/old.md"] = "---\ntitle: Old\ndate: 2023-01-01\n---\nx\n"
        let site = try sites.site(files)
        // Written more than the cache's settling second ago, so that the build cache keeps them.
        Thread.sleep(forTimeInterval: 1.1)
        try sites.buildBoth(site)
        #expect(try FeedgenProcess.run(["build"], in: site.root).stderr == "")
        try sites.compare(site, "posts/index.xml", count: 16)
        let titles = ["Wneg", "W1", "W2", "_x", "Linked", "1x", "a", "Ä", "a b", "ab", "apple", "b", "B", "N10", "N2", "Same"]
        #expect(try HugoRun.items(ofRSS: site.url("public/posts/index.xml")).map(\.title) == titles)
        #expect(try HugoRun.items(ofRSS: site.url("public/posts/index.xml")).last?.link == "https://example.org/posts/same1/")
        // The order survives the build cache: the others' facts come from it.
        try site.write("content/posts/p0.md", "---\ntitle: \"b\"\ndate: 2024-01-01\n---\nchanged\n")
        let again = try FeedgenProcess.run(["build", "--verbose"], in: site.root)
        #expect(again.stdout.contains("19 posts: 1 read, 18 from the cache, 16 rendered\n"))
        #expect(try HugoRun.items(ofRSS: site.url("public/posts/index.xml")).map(\.title) == titles)
    }
}
