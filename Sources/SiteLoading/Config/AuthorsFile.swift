import FeedModel
import FeedSupport
import Foundation
import Liquid
import Yams

/// Jekyll's `_data/authors.yml`: author keys mapped to a name, or to a map
/// with `name`, `email` and `uri` (or `url`), which posts name in `author`.
enum AuthorsFile {
    static func read(_ url: URL) -> (authors: [String: Person], problems: [Diagnostic]) {
        let path = DisplayPath.of(url)
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            return ([:], [.error(SourceLocation(path: path), "cannot read the authors file")])
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            if case .parser(_, let problem, let mark, _) = error {
                return ([:], [.error(SourceLocation(path: path, line: mark.line), "not valid YAML: \(problem)")])
            }
            return ([:], [.error(SourceLocation(path: path), "not valid YAML: \(error)")])
        } catch {
            return ([:], [.error(SourceLocation(path: path), "not valid YAML: \(error)")])
        }
        guard let mapping = root?.mapping else {
            return ([:], [.error(SourceLocation(path: path, line: root?.mark?.line ?? 1), "the authors file must map author keys to people")])
        }
        var authors: [String: Person] = [:]
        var problems: [Diagnostic] = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else { continue }
            if let name = value.scalar?.string {
                authors[key] = Person(name: name)
                continue
            }
            let fields = Dictionary((value.mapping ?? [:]).compactMap { field, fieldValue in
                field.scalar.flatMap { name in fieldValue.scalar.map { (name.string, $0.string) } }
            }) { first, _ in first }
            guard let name = fields["name"] ?? fields["display_name"], !name.isEmpty else {
                problems.append(.error(SourceLocation(path: path, line: keyNode.mark?.line), "author \"\(key)\" needs a \"name\""))
                continue
            }
            let link = fields["uri"] ?? fields["url"] ?? fields["web"]
            authors[key] = Person(name: name, email: fields["email"], url: link.flatMap { AbsoluteURL.isAbsoluteHTTP($0) ? $0 : nil })
        }
        return (authors, problems)
    }
}
