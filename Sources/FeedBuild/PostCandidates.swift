import SiteLoading

/// The posts a feed may show: drafts and future posts left out unless asked
/// for, and of two posts with the same permalink or id the second in path
/// order. The subscription feed picks its newest among them; the archive
/// pages hold all of them.
struct PostCandidates {
    /// Indices into the posts, in path order.
    var visible: [Int]
    /// Each post left out for a clash, with the earlier post it clashes with.
    var clashes: [(index: Int, first: Int, line: Int, reason: BuildReason)]
    /// Indices of the posts left out.
    var left: Set<Int>

    init(_ posts: [PostFacts], options: BuildOptions) {
        // Indices, not copies: at 100,000 posts copying every post's facts shows.
        visible = posts.indices.filter { index in
            (options.includeDrafts || !posts[index].isDraft) && posts[index].isLive(at: options.now, includingFuture: options.includeFuture, includingExpired: options.includeExpired)
        }
        var permalinkOwners: [String: Int] = [:]
        permalinkOwners.reserveCapacity(visible.count)
        var idOwners: [String: Int] = [:]
        clashes = []
        for index in visible {
            // One hash per post; on the rare clash the first owner is put back.
            let path = posts[index].permalinkPath
            if let first = permalinkOwners.updateValue(index, forKey: path) {
                permalinkOwners[path] = first
                clashes.append((index, first, posts[index].permalinkLine ?? 1, .permalinkClash(path, with: posts[first].file.displayPath)))
            }
            if let id = posts[index].id, let first = idOwners.updateValue(index, forKey: id) {
                idOwners[id] = first
                clashes.append((index, first, 1, .idClash(id, with: posts[first].file.displayPath)))
            }
        }
        left = Set(clashes.map(\.index))
    }

    /// Whether `a` comes before `b` in a feed. Jekyll's order: by date, ties
    /// by path (`posts` is in path order, so the index breaks ties); Hugo's (`HugoOrder`):
    /// weight, date, link title, path.
    static func isNewer(_ a: Int, than b: Int, in posts: [PostFacts]) -> Bool {
        if let first = posts[a].hugoOrder, let second = posts[b].hugoOrder {
            if first.weight != second.weight { return second.weight == 0 || (first.weight != 0 && first.weight < second.weight) }
            guard posts[a].date == posts[b].date else { return posts[a].date > posts[b].date }
            let order = HugoCollation.compare(first.linkTitle, second.linkTitle)
            return order == .orderedSame ? a < b : order == .orderedAscending
        }
        return posts[a].date != posts[b].date ? posts[a].date > posts[b].date : a > b
    }

    /// Every candidate, oldest first.
    func oldestFirst(_ posts: [PostFacts]) -> [PostFacts] {
        visible.filter { !left.contains($0) }.sorted { Self.isNewer($1, than: $0, in: posts) }.map { posts[$0] }
    }
}
