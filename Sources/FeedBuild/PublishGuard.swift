import FeedSupport

/// The rules that keep a build nobody watches from taking away what
/// subscribers hold. Each compares a new document with the published file
/// (the live file itself, which is what readers have; the build cache may be
/// gone). A change they refuse is published only with `--accept-changes`.
///
/// - A feed that has entries is not emptied: an empty, missing or wrong posts
///   folder. (A new site with nothing published yet may publish empty feeds.)
/// - An entry that stays in the feed keeps its id: a changed `permalink`,
///   `ids` or `url` would make every reader show it again as new.
/// - More than half of the published entries newer than the new feed's
///   oldest entry do not vanish at once: a mass deletion, or `posts` pointed
///   at another folder. One entry vanishing (a deleted post) is never
///   refused, nor are entries older than the new feed's oldest (they
///   scrolled out of the window). In a feed with room left (fewer entries
///   than `limit`, none left out by `max_bytes`) nothing scrolled out, so there more than half of all its
///   published entries may not vanish at once.
struct PublishGuard {
    /// Display path of the feed file, and of the posts folder, as messages print them.
    var feedPath: String
    var postsDisplayPath: String
    /// How messages print a post the record names.
    var displayPost: (String) -> String
    /// Whether the new feed has room left: fewer entries than `limit`, and
    /// none left out by `max_bytes`. Then no published entry scrolled out.
    var hasRoom: Bool

    func refusals(_ change: FeedChange) -> [Diagnostic] {
        guard change.isPublished, !change.published.isEmpty else { return [] }
        let location = SourceLocation(path: feedPath)
        if change.new.isEmpty {
            let count = change.published.count
            return [.error(location, BuildReason.wouldEmpty(publishedEntries: count, postsFolder: postsDisplayPath))]
        }
        var problems = change.idChanges.map { kept in
            Diagnostic.error(location, BuildReason.idWouldChange(old: kept.old.id, new: kept.new.item.id, post: displayPost(kept.new.post)))
        }
        // Entries older than the new feed's oldest may have scrolled out of a
        // full window; in a feed with room left, none scrolled out.
        let oldest = change.new.compactMap(\.item.published).min()
        let recent = change.published.filter { item in
            guard let oldest, let date = item.published else { return false }
            return date > oldest
        }
        let recentIDs = Set(recent.map(\.id))
        let vanishedRecent = change.removed.count { recentIDs.contains($0.item.id) }
        if vanishedRecent > 1 && vanishedRecent * 2 > recent.count {
            problems.append(.error(location, BuildReason.recentWouldVanish(vanishedRecent, of: recent.count)))
        } else if hasRoom, change.removed.count > 1, change.removed.count * 2 > change.published.count {
            problems.append(.error(location, BuildReason.wouldVanish(change.removed.count, of: change.published.count)))
        }
        return problems
    }
}
