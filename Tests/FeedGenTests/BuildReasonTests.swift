import Foundation
import Testing
@testable import FeedBuild
@testable import FeedSupport

/// Every message of the build and of publishing, word for word as feedgen
/// printed it before the messages were gathered in `BuildReason`.
@Suite struct BuildReasonTests {
    static let table: [(BuildReason, String)] = [
        (.refused(.write, code: ELOOP), "cannot write: it is a symbolic link, and feedgen never writes through one; remove it"),
        (.refused(.createFolder, code: EACCES), "cannot create the folder: Permission denied"),
        (.refused(.createLockFile, code: ELOOP), "cannot create the lock file: it is a symbolic link, and feedgen never writes through one; remove it"),
        (.refused(.remove, code: EACCES), "cannot remove: Permission denied"),
        (.failed(.write, code: ENOSPC), "cannot write: No space left on device"),
        (.failed(.write, code: ELOOP), "cannot write: Too many levels of symbolic links"),
        (.failed(.remove, code: EBUSY), "cannot remove: Device or resource busy"),
        (.failedWithReason(.createOutputFolder, "Permission denied"), "cannot create the output folder: Permission denied"),
        (.notARegularFile, "cannot write: it is not a regular file"),
        (.lockFileNotRegular, "cannot create the lock file: it is not a regular file; remove it"),
        (.busy(holder: 4242), "another feedgen build (process 4242) holds the lock; try again later or use --wait"),
        (.busy(holder: nil), "another feedgen build holds the lock; try again later or use --wait"),
        (.wouldEmpty(publishedEntries: 3, postsFolder: "posts"),
         "refused: the new feed would have no entries, the published one has 3 (is posts the right posts folder?)"),
        (.idWouldChange(old: "https://example.org/a/", new: "https://example.org/2024/a/", post: "posts/2024-05-01-a.md"),
         "refused: an entry's id would change: https://example.org/a/ → https://example.org/2024/a/ (posts/2024-05-01-a.md)"),
        (.recentWouldVanish(6, of: 10), "refused: 6 of the 10 published entries newer than the new feed's oldest would vanish at once"),
        (.wouldVanish(3, of: 4), "refused: 3 of the 4 published entries would vanish at once, and the new feed has room for them"),
        (.notFeedgens,
         "was not published by feedgen, so it is not replaced and nothing was published; move it away (or give feedgen's file another name) and build again"),
        (.madeByJekyll(source: "feed.xml"),
         "was made by Jekyll from the site's own feed.xml, which feedgen does not replace, so nothing was published; delete feed.xml or add it to exclude: in _config.yml, then run jekyll build and feedgen build again"),
        (.permalinkClash("/a/", with: "posts/2024-05-01-a.md"), "permalink /a/ is also used by posts/2024-05-01-a.md"),
        (.idClash("tag:x", with: "posts/2024-05-01-a.md"), "id tag:x is also used by posts/2024-05-01-a.md"),
        (.leftOut(.permalinkClash("/a/", with: "posts/a.md")), "permalink /a/ is also used by posts/a.md; this post is left out"),
        (.hubNotNotified("https://hub.example/", feeds: 1, .answered(503)),
         "hub https://hub.example/ was not notified of 1 feed (it answered 503); the next build tries again"),
        (.hubNotNotified("https://hub.example/", feeds: 3, .noConnectionInTime),
         "hub https://hub.example/ was not notified of 3 feeds (no connection within the time allowed); the next build tries again"),
        (.hubNotNotified("h", feeds: 1, .notHTTPURL), "hub h was not notified of 1 feed (not an http or https URL); the next build tries again"),
        (.hubNotNotified("h", feeds: 1, .cannotResolve("hub.invalid")), "hub h was not notified of 1 feed (cannot resolve hub.invalid); the next build tries again"),
        (.hubNotNotified("h", feeds: 1, .noAddress), "hub h was not notified of 1 feed (no address); the next build tries again"),
        (.hubNotNotified("h", feeds: 1, .system(ECONNREFUSED)), "hub h was not notified of 1 feed (Connection refused); the next build tries again"),
        (.hubNotNotified("h", feeds: 1, .noAnswerInTime), "hub h was not notified of 1 feed (no answer within the time allowed); the next build tries again"),
        (.hubNotNotified("h", feeds: 1, .notHTTPAnswer), "hub h was not notified of 1 feed (not an HTTP answer); the next build tries again"),
        (.hubNotNotified("h", feeds: 1, .cannotRunCurl), "hub h was not notified of 1 feed (cannot run curl, which https hubs need); the next build tries again"),
        (.hubNotNotified("h", feeds: 1, .curlMissing), "hub h was not notified of 1 feed (curl, which https hubs need, is not installed); the next build tries again"),
        (.hubNotNotified("h", feeds: 1, .curl("(6) Could not resolve host: hub.invalid")),
         "hub h was not notified of 1 feed ((6) Could not resolve host: hub.invalid); the next build tries again"),
        (.hubNotNotified("h", feeds: 1, .curlExited(35)), "hub h was not notified of 1 feed (curl exited 35); the next build tries again"),
        (.cacheDamaged, "the build cache is damaged and was ignored; it will be rebuilt"),
        (.cacheNotWritten("cannot write: No space left on device"), "cannot write: No space left on device; the next build reads every post again"),
        (.recorded("the post has no title; using \"A\" from its file name"), "the post has no title; using \"A\" from its file name"),
    ]

    @Test func everyMessageWordForWord() {
        for (reason, text) in Self.table { #expect(reason.message == text) }
    }

    @Test func aBusyLockIsOneLineNamingTheLockFile() {
        #expect(BuildLock.Busy(lockPath: "feeds/.feedgen.lock", holder: 7).diagnostic.description
            == "feeds/.feedgen.lock: another feedgen build (process 7) holds the lock; try again later or use --wait")
    }
}
