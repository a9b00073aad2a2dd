/// The entry id jekyll-feed writes: `{{ post.id | absolute_url }}`, where
/// Jekyll's `Document#id` is the permalink's folder joined with the slug
/// (`/2024/05/01/hello` for `/2024/05/01/hello/` or `/2024/05/01/hello.html`).
enum JekyllFeedID {
    static func id(siteURL: String, permalinkPath: String, slug: String) -> String {
        var path = permalinkPath
        // File.dirname ignores a trailing slash.
        if path.count > 1, path.hasSuffix("/") { path.removeLast() }
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
        return siteURL + folder + "/" + slug
    }
}
