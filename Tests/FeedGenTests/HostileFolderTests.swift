import Foundation
import Testing

/// Posts folders that try to make feedgen read what is not a post of the
/// site (issue 14, cases 4, 5, 6 and 10), through the real binary.
@Suite struct HostileFolderTests {
    static let unchanged = "feeds/atom.xml: unchanged, 1 entry\nfeeds/rss.xml: unchanged, 1 entry\nfeeds/feed.json: unchanged, 1 entry\n"

    /// A site that published its one good post, then got `prepare`d; builds
    /// it again and checks that the feeds are the same bytes as before.
    func buildAfter(_ arguments: [String] = ["build", "--no-cache"], prepare: (TemporarySite) throws -> Void) throws -> FeedgenProcess.Result {
        let site = try TemporarySite(posts: ["2024-01-01-good.md": BadInputTests.good])
        #expect(try FeedgenProcess.run(["build", "--quiet"], in: site.root).status == 0)
        let published = try site.publishedFeeds()
        try prepare(site)
        let result = try FeedgenProcess.run(arguments, in: site.root)
        #expect(try site.publishedFeeds() == published)
        return result
    }

    @Test func linksOutOfTheSiteAreNotFollowed() throws {
        let outside = try TemporarySite()
        try outside.write("secret.md", "---\ntitle: Secret\n---\n\nTOP SECRET\n")
        let result = try buildAfter { site in
            try FileManager.default.createSymbolicLink(atPath: site.url("posts/2024-01-02-secret.md").path, withDestinationPath: outside.url("secret.md").path)
            try FileManager.default.createSymbolicLink(atPath: site.url("posts/root").path, withDestinationPath: "/")
            try FileManager.default.createSymbolicLink(atPath: site.url("posts/2024-01-03-up.md").path, withDestinationPath: "../../" + outside.root.lastPathComponent + "/secret.md")
        }
        let secret = outside.url("secret.md").resolvingSymlinksInPath().path
        #expect(result.status == 0)
        #expect(result.stderr == """
            posts/2024-01-02-secret.md: warning: the post is a symbolic link to \(secret), outside the site folder; it is not read
            posts/2024-01-03-up.md: warning: the post is a symbolic link to \(secret), outside the site folder; it is not read
            posts/root: warning: the folder is a symbolic link to /, outside the site folder; it is not read

            """)
        #expect(result.stdout == Self.unchanged)
    }

    @Test func linkInsideTheSiteIsFollowed() throws {
        let site = try TemporarySite(posts: ["2024-01-01-good.md": BadInputTests.good])
        try site.write("drafts/2024-01-02-linked.md", "---\ntitle: Linked\n---\n\nFrom a link.\n")
        try FileManager.default.createSymbolicLink(atPath: site.url("posts/2024-01-02-linked.md").path, withDestinationPath: "../drafts/2024-01-02-linked.md")
        let result = try FeedgenProcess.run(["build"], in: site.root)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(try site.read("feeds/feed.json").contains("\"content_html\": \"<p>From a link.</p>\\n\""))
    }

    @Test func fifoSocketAndDeviceAreSkippedWithAWarning() throws {
        let result = try buildAfter { site in
            #expect(mkfifo(site.url("posts/2024-01-02-fifo.md").path, 0o644) == 0)
            try FileManager.default.createSymbolicLink(atPath: site.url("posts/2024-01-03-null.md").path, withDestinationPath: "/dev/null")
        }
        #expect(result.status == 0)
        #expect(result.stderr == """
            posts/2024-01-02-fifo.md: warning: the post is a FIFO, not a regular file; it is not read
            posts/2024-01-03-null.md: warning: the post is a symbolic link to /dev/null, outside the site folder; it is not read

            """)
        #expect(result.stdout == Self.unchanged)
    }

    @Test func hugeSparsePostIsRefusedByItsSizeWithoutReadingIt() throws {
        let stderr = try BadInputTests().stderrAfterAdding([:]) { site in
            try site.write("posts/2024-01-02-sparse.md", "---\ntitle: Sparse\n---\n")
            #expect(truncate(site.url("posts/2024-01-02-sparse.md").path, 3 << 30) == 0)
            try site.write("posts/2024-01-03-no-newline.md", String(repeating: "a", count: 6_000_000))
        }
        #expect(stderr == """
            posts/2024-01-02-sparse.md: the file is 3072.0 MB, larger than the 5.0 MB a post may be
            posts/2024-01-03-no-newline.md: the file is 5.7 MB, larger than the 5.0 MB a post may be
            feedgen: 2 errors; nothing was published

            """)
    }

    @Test func fileNameThatIsNotUTF8IsNamedWithEscapes() throws {
        let stderr = try BadInputTests().stderrAfterAdding([:]) { site in
            // Made from bytes: a Swift String cannot hold the name.
            let name = Array(site.url("posts").path.utf8) + Array("/2024-01-02-caf".utf8) + [0xE9] + Array(".md\0".utf8)
            let descriptor = name.map { CChar(bitPattern: $0) }.withUnsafeBufferPointer { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) }
            #expect(descriptor >= 0)
            let text = Array("---\ntitle: X\n---\n\nx\n".utf8)
            #expect(write(descriptor, text, text.count) == text.count)
            close(descriptor)
        }
        #expect(stderr == """
            posts/2024-01-02-caf\\xE9.md: the post's name is not valid UTF-8; rename it
            feedgen: 1 error; nothing was published

            """)
    }
}
