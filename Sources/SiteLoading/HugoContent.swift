import FeedSupport
import Foundation

/// Which files below a Hugo site's `content/` are regular pages, and where
/// each sits in Hugo's content model: sections, nested sections (folders with
/// an `_index.md`) and leaf bundles (`name/index.md`, whose other files are
/// its resources).
package enum HugoContent {
    /// Hugo's default `mainSections`: the section with the most pages of the feed's language.
    static func mainSection(in content: URL, site: SiteConfig.HugoSite) -> String {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: content.path)) ?? []
        var best = (name: "", count: 0)
        for name in names.sorted() where !name.hasPrefix(".") {
            let folder = content.appendingPathComponent(name)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else { continue }
            let count = FileManager.default.enumerator(atPath: folder.path)?.allObjects.count { item in
                guard let path = item as? String else { return false }
                let file = (path as NSString).lastPathComponent
                guard !file.hasPrefix("_"), isContentFile(file) else { return false }
                return !site.languageless(Substring((file as NSString).deletingPathExtension)).isOtherLanguage
            } ?? 0
            if count > best.count { best = (name, count) }
        }
        return best.name
    }

    /// The regular pages the feed shows: not a leaf bundle's other files, and
    /// for a section's feed not the pages of its nested sections (Hugo's
    /// `.RegularPages`); the home feed shows every one.
    package static func pages(of listing: PostListing, site: SiteConfig.HugoSite) -> PostListing {
        let bundles = Set(listing.relativePaths.compactMap { path -> Substring? in
            let (folder, stem) = split(path, site)
            return stem == "index" ? folder : nil
        })
        var nestedSections: [Substring: Bool] = [:]
        func isNestedSection(_ folder: Substring) -> Bool {
            if let known = nestedSections[folder] { return known }
            let known = hasSectionIndex(URL(fileURLWithPath: listing.folder).appendingPathComponent(String(folder)))
            nestedSections[folder] = known
            return known
        }
        let ignored = site.ignoreFiles.compactMap { try? NSRegularExpression(pattern: $0) }
        return listing.filtered { path in
            // Hugo matches `ignoreFiles` against the file's absolute path.
            if !ignored.isEmpty {
                let absolute = listing.folder + "/" + path
                let whole = NSRange(absolute.startIndex..., in: absolute)
                if ignored.contains(where: { $0.firstMatch(in: absolute, range: whole) != nil }) { return false }
            }
            let (folder, stem) = split(path, site)
            // Another language's page is in that language's feed.
            if site.languageless(split(path, nil).stem).isOtherLanguage { return false }
            var ancestor = folder
            while !ancestor.isEmpty {
                if bundles.contains(ancestor) && !(ancestor == folder && stem == "index") { return false }
                if !site.section.isEmpty && isNestedSection(ancestor) && !(stem == "index" && ancestor == folder) { return false }
                ancestor = split(String(ancestor), nil).folder
            }
            return true
        }
    }

    /// Where a page is: its folders below `content/` (a leaf bundle's own folder
    /// is its name, not a folder), its name, and how many folders are sections.
    static func page(_ file: PostFile, site: SiteConfig.HugoSite) -> (folders: [String], name: String, sectionDepth: Int) {
        var parts = file.relativePath.split(separator: "/").map(String.init)
        parts.removeLast()
        var name = String(site.languageless(Substring(file.stem)).stem)
        if name == "index", let folder = parts.popLast() { name = folder }
        let folders = (site.section.isEmpty ? [] : [site.section]) + parts
        var depth = folders.isEmpty ? 0 : 1
        let content = site.section.isEmpty ? file.folder : (file.folder as NSString).deletingLastPathComponent
        while depth < folders.count,
              hasSectionIndex(URL(fileURLWithPath: content).appendingPathComponent(folders[...depth].joined(separator: "/"))) {
            depth += 1
        }
        return (folders, name, depth)
    }

    private static func hasSectionIndex(_ folder: URL) -> Bool {
        indexNames.contains { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }
    }

    /// A section's own `url` (its `_index.md` front matter's), which is where
    /// Hugo writes the section's page and feed; the section's pages keep their paths.
    static func sectionURL(of folder: URL) -> String? {
        for name in indexNames {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else { continue }
            var ignored: [Diagnostic] = []
            guard let text = PostText.read(Array(data), path: name, diagnostics: &ignored),
                  let tree = HugoBody.tree(of: text.frontMatter, format: text.frontMatterFormat) as? [String: Any] else { return nil }
            return tree.first { $0.key.lowercased() == "url" }?.value as? String
        }
        return nil
    }

    /// The names a section's own page may have.
    package static let indexNames = ["_index.md", "_index.markdown", "_index.html", "_index.htm", "_index.mdown"]

    /// Hugo's content files feedgen reads: Markdown (`.md`, `.markdown`, `.mdown`) and HTML (`.html`, `.htm`).
    static func isContentFile(_ name: String) -> Bool {
        ["md", "markdown", "mdown", "html", "htm"].contains((name as NSString).pathExtension.lowercased())
    }

    /// An HTML content file, whose body Hugo takes as it is, shortcodes aside.
    static func isHTML(_ file: PostFile) -> Bool {
        ["html", "htm"].contains((file.relativePath as NSString).pathExtension.lowercased())
    }

    /// `a/b/c.en.md` → (`a/b`, `c`): without the language of `site`, when given.
    private static func split(_ path: String, _ site: SiteConfig.HugoSite?) -> (folder: Substring, stem: Substring) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { path[..<$0] } ?? ""
        let file = slash.map { path[path.index(after: $0)...] } ?? path[...]
        let stem = file.lastIndex(of: ".").map { file[..<$0] } ?? file
        return (folder, site?.languageless(stem).stem ?? stem)
    }
}
