import FeedSupport
import Foundation

/// Where Jekyll publishes a page (not a post) of the site folder, for
/// `{% link about.md %}`: its `permalink`, else `/:path/:basename.html`
/// (`index` as its folder).
enum PageURL {
    static func url(ofPage path: String, in siteFolder: URL, postsFolder: URL) -> String? {
        guard !path.contains(".."), !path.hasPrefix("/") else { return nil }
        let file = siteFolder.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: file.path) else { return nil }
        if let bytes = try? PostReader.frontMatterBytes(of: file.path, within: SiteBoundary(siteFolder: siteFolder, postsFolder: postsFolder)) {
            var diagnostics: [Diagnostic] = []
            if let text = PostText.read(bytes, path: path, rule: .jekyll, diagnostics: &diagnostics), let yaml = text.frontMatter,
               case .map(let matter) = (try? YAMLLiquidValue.value(ofYAML: yaml, timeZone: TimeZone(identifier: "UTC")!)) ?? .nil,
               let permalink = matter["permalink"]?.stringValue {
                return permalink
            }
        }
        let folder = (path as NSString).deletingLastPathComponent
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let fileExtension = (path as NSString).pathExtension.lowercased()
        let prefix = folder.isEmpty ? "/" : "/" + folder + "/"
        if name == "index" { return prefix }
        return prefix + name + (["md", "markdown", "html", "htm"].contains(fileExtension) ? ".html" : "." + fileExtension)
    }
}
