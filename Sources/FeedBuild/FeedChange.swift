/// What subscribers of one feed file would see change if the new document
/// replaced the published one: which entries are added, removed, changed,
/// and which keep their post but not their id.
struct FeedChange {
    /// One entry of the new feed, with the post it comes from.
    struct NewItem {
        var item: PublishedFeed.Item
        /// The post, as the record of published files names it.
        var post: String
    }

    /// An entry in both feeds, recognised as the same post.
    struct Kept {
        var old: PublishedFeed.Item
        var new: NewItem
        var isChanged: Bool { old.fingerprint != new.item.fingerprint }
    }

    /// Name below the output folder.
    var name: String
    /// The published feed's entries; empty when nothing is published yet.
    var published: [PublishedFeed.Item]
    var isPublished: Bool
    var kept: [Kept] = []
    var added: [NewItem] = []
    /// Published entries the new feed does not have, with the post they came from when the record knows it.
    var removed: [(item: PublishedFeed.Item, post: String?)] = []
    /// The new feed's entries, newest first.
    var new: [NewItem]

    /// Matches each published entry to the new entry of the same post: the
    /// same id; else the same post file (as the record of published ids
    /// names it); else the same link. The last two find an entry whose id
    /// changed (a new `permalink`, `ids` or `url`). A renamed post file with
    /// a new link is another post: one removed, one added.
    init(name: String, published: PublishedFeed?, new: [NewItem], postsOfIDs: [String: String]) {
        self.name = name
        self.published = published?.items ?? []
        self.isPublished = published != nil
        self.new = new
        var free = Set(new.indices)
        func take(_ matches: (NewItem) -> Bool) -> Int? {
            guard let index = new.indices.first(where: { free.contains($0) && matches(new[$0]) }) else { return nil }
            free.remove(index)
            return index
        }
        var unmatched: [PublishedFeed.Item] = []
        for old in self.published {
            if let index = take({ $0.item.id == old.id }) {
                kept.append(Kept(old: old, new: new[index]))
            } else {
                unmatched.append(old)
            }
        }
        for old in unmatched {
            let post = postsOfIDs[old.id]
            let index = post.flatMap { post in take { $0.post == post } }
                ?? old.link.flatMap { link in take { $0.item.link == link } }
            if let index {
                kept.append(Kept(old: old, new: new[index]))
            } else {
                removed.append((old, post))
            }
        }
        added = new.indices.filter(free.contains).map { new[$0] }
    }

    /// Kept entries whose id would change.
    var idChanges: [Kept] { kept.filter { $0.old.id != $0.new.item.id } }

    var changed: [Kept] { kept.filter(\.isChanged) }

    /// How a new entry compares with the published feed.
    enum Mark: String {
        case new, changed, unchanged
    }

    func mark(ofNewID id: String) -> Mark {
        guard let kept = kept.first(where: { $0.new.item.id == id }) else { return .new }
        return kept.isChanged ? .changed : .unchanged
    }
}
