import FeedSupport
import Foundation
import Liquid
import Yams

/// Hugo's `cascade`: front matter that a section's `_index.md` gives every
/// page below it, under the page's own; a nearer section's over a farther
/// one's (the content folder's own `_index.md` is the farthest). A cascade
/// is a map, or a list of maps of which those without a `_target` (or whose
/// `_target` names no path, language or environment) count.
///
/// Read once per folder, on any thread: posts are loaded on all cores.
final class HugoCascade: @unchecked Sendable {
    private let content: URL
    private let lock = NSLock()
    /// Each folder's own cascade (below the content folder; `""` is the content folder), once read.
    private var ownCascade: [String: Node.Mapping?] = [:]

    init(content: URL) {
        self.content = content
    }

    /// What the sections above a page give it, for a page in `folder` (below the content folder).
    func defaults(forFolder folder: String) -> Node.Mapping? {
        var folders = [""]
        var path = ""
        for part in folder.split(separator: "/") {
            path += (path.isEmpty ? "" : "/") + part
            folders.append(path)
        }
        var merged: Node.Mapping?
        for folder in folders {
            guard let own = cascade(of: folder) else { continue }
            merged = merged.map { FrontMatterDefault.merge(own, over: $0) } ?? own
        }
        return merged
    }

    private func cascade(of folder: String) -> Node.Mapping? {
        lock.lock()
        if let known = ownCascade[folder] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let found = Self.read(content.appendingPathComponent(folder))
        lock.lock()
        ownCascade[folder] = found
        lock.unlock()
        return found
    }

    /// The `cascade` of the `_index` file in `folder`, if it has one.
    private static func read(_ folder: URL) -> Node.Mapping? {
        for name in HugoContent.indexNames {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else { continue }
            var ignored: [Diagnostic] = []
            guard let text = PostText.read(Array(data), path: name, diagnostics: &ignored), let frontMatter = text.frontMatter else { return nil }
            let yaml: String?
            switch text.frontMatterFormat {
            case .yaml: yaml = frontMatter
            case .toml: yaml = try? FrontMatterConversion.yaml(fromTOML: frontMatter)
            case .json: yaml = try? FrontMatterConversion.yaml(fromJSON: frontMatter)
            }
            guard let yaml, let root = (try? YAML.compose(yaml, tags: .resolved))??.mapping,
                  let cascade = root.first(where: { $0.key.string?.lowercased() == "cascade" })?.value else { return nil }
            if let map = cascade.mapping { return map }
            // The list form: the entries that apply to every page.
            let entries = cascade.sequence?.compactMap(\.mapping).filter { entry in
                guard let target = entry.first(where: { $0.key.string?.lowercased() == "_target" })?.value.mapping else { return true }
                return target.allSatisfy { key, value in
                    let name = key.string?.lowercased() ?? ""
                    if name == "kind" { return ["page", "", "{page,section}", "*"].contains(value.string ?? "") }
                    return value.string?.isEmpty ?? true
                }
            } ?? []
            guard !entries.isEmpty else { return nil }
            return entries.reduce(Node.Mapping([])) { merged, entry in
                FrontMatterDefault.merge(Node.Mapping(entry.filter { $0.key.string?.lowercased() != "_target" }), over: merged)
            }
        }
        return nil
    }
}
