import FeedSupport
import Foundation

/// Every problem the build reports beside those of the config, the posts
/// and the feeds: the lock, the files it writes and removes, the publish
/// guard, what it will not replace, clashing posts, hub pings and its cache.
package enum BuildReason: DiagnosticReason, Equatable {
    /// What feedgen was doing with a file when the system said no.
    package enum FileAction: Sendable, Equatable {
        case createFolder, createOutputFolder, createLockFile, write, remove
    }

    /// Why a hub was not notified: its answer, or what kept it from answering.
    package enum HubTrouble: Error, Sendable, Equatable {
        case answered(Int)
        case notHTTPURL
        case cannotResolve(String)
        case noAddress
        case system(Int32)
        case noConnectionInTime
        case noAnswerInTime
        case notHTTPAnswer
        case cannotRunCurl
        case curlMissing
        /// curl's own words.
        case curl(String)
        case curlExited(Int32)
    }

    // Files and the lock.
    /// The system's refusal, a symbolic link said plainly (feedgen never writes through one).
    case refused(FileAction, code: Int32)
    /// The system's refusal in its own words.
    case failed(FileAction, code: Int32)
    case failedWithReason(FileAction, String)
    case notARegularFile
    case lockFileNotRegular
    case busy(holder: Int32?)

    // Publishing.
    case wouldEmpty(publishedEntries: Int, postsFolder: String)
    case idWouldChange(old: String, new: String, post: String)
    case recentWouldVanish(Int, of: Int)
    case wouldVanish(Int, of: Int)
    case notFeedgens
    case madeByJekyll(source: String)
    case permalinkClash(String, with: String)
    case idClash(String, with: String)
    /// A clash whose post reaches no feed: a warning.
    indirect case leftOut(BuildReason)
    case hubNotNotified(String, feeds: Int, HubTrouble)

    // The cache.
    case cacheDamaged
    case cacheNotWritten(String)
    /// A warning as the last build printed it, said again from the cache.
    case recorded(String)

    package var message: String {
        switch self {
        case .refused(let action, ELOOP): "\(Self.words(action)): it is a symbolic link, and feedgen never writes through one; remove it"
        case .refused(let action, let code), .failed(let action, let code): "\(Self.words(action)): \(String(cString: strerror(code)))"
        case .failedWithReason(let action, let why): "\(Self.words(action)): \(why)"
        case .notARegularFile: "cannot write: it is not a regular file"
        case .lockFileNotRegular: "cannot create the lock file: it is not a regular file; remove it"
        case .busy(let holder): "another feedgen build\(holder.map { " (process \($0))" } ?? "") holds the lock; try again later or use --wait"

        case .wouldEmpty(let count, let postsFolder):
            "refused: the new feed would have no entries, the published one has \(count) (is \(postsFolder) the right posts folder?)"
        case .idWouldChange(let old, let new, let post): "refused: an entry's id would change: \(old) → \(new) (\(post))"
        case .recentWouldVanish(let vanished, let recent):
            "refused: \(vanished) of the \(recent) published entries newer than the new feed's oldest would vanish at once"
        case .wouldVanish(let removed, let published):
            "refused: \(removed) of the \(published) published entries would vanish at once, and the new feed has room for them"
        case .notFeedgens:
            "was not published by feedgen, so it is not replaced and nothing was published; move it away (or give feedgen's file another name) and build again"
        case .madeByJekyll(let source):
            "was made by Jekyll from the site's own \(source), which feedgen does not replace, so nothing was published; delete \(source) or add it to exclude: in _config.yml, then run jekyll build and feedgen build again"
        case .permalinkClash(let path, let other): "permalink \(path) is also used by \(other)"
        case .idClash(let id, let other): "id \(id) is also used by \(other)"
        case .leftOut(let clash): "\(clash.message); this post is left out"
        case .hubNotNotified(let hub, let feeds, let trouble):
            "hub \(hub) was not notified of \(feeds) feed\(feeds == 1 ? "" : "s") (\(Self.words(trouble))); the next build tries again"

        case .cacheDamaged: "the build cache is damaged and was ignored; it will be rebuilt"
        case .cacheNotWritten(let why): "\(why); the next build reads every post again"
        case .recorded(let text): text
        }
    }

    private static func words(_ trouble: HubTrouble) -> String {
        switch trouble {
        case .answered(let status): "it answered \(status)"
        case .notHTTPURL: "not an http or https URL"
        case .cannotResolve(let host): "cannot resolve \(host)"
        case .noAddress: "no address"
        case .system(let code): String(cString: strerror(code))
        case .noConnectionInTime: "no connection within the time allowed"
        case .noAnswerInTime: "no answer within the time allowed"
        case .notHTTPAnswer: "not an HTTP answer"
        case .cannotRunCurl: "cannot run curl, which https hubs need"
        case .curlMissing: "curl, which https hubs need, is not installed"
        case .curl(let words): words
        case .curlExited(let status): "curl exited \(status)"
        }
    }

    private static func words(_ action: FileAction) -> String {
        switch action {
        case .createFolder: "cannot create the folder"
        case .createOutputFolder: "cannot create the output folder"
        case .createLockFile: "cannot create the lock file"
        case .write: "cannot write"
        case .remove: "cannot remove"
        }
    }
}
