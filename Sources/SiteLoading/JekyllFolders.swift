/// What a post's place in a Jekyll site says about it: a post in
/// `tech/life/_posts/` is in the categories `tech` and `life`
/// (`Document#categories_from_path`: the folders above `_posts`, not those
/// below it); one in `_drafts/` is a draft.
struct JekyllFolders {
    var categories: [String] = []
    var isDraft = false

    init() {}

    /// `sitePath`: the post's path below the site folder.
    init(sitePath: String) {
        let components = sitePath.split(separator: "/").dropLast()
        guard let special = components.firstIndex(where: { $0 == "_posts" || $0 == "_drafts" }) else { return }
        isDraft = components[special] == "_drafts"
        categories = components[..<special].map(String.init)
    }
}
