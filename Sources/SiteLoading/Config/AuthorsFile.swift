import FeedModel
import FeedSupport
import Foundation
import Liquid
import Yams

/// Jekyll's `_data/authors.yml`: author keys mapped to a name, or to a map
/// with `name`, `email` and `uri` (`PersonParser`'s fields), which posts name in `author`.
enum AuthorsFile {
    static func read(_ url: URL) -> (authors: [String: Person], problems: [Diagnostic]) {
        let path = DisplayPath.of(url)
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            return ([:], [.error(SourceLocation(path: path), ConfigReason.cannotReadAuthorsFile)])
        }
        let root: Node?
        do {
            root = try YAML.compose(text)
        } catch {
            return ([:], [.error(SourceLocation(path: path, line: error.line), ConfigReason.notValid(language: "YAML", error.message))])
        }
        guard let mapping = root?.mapping else {
            return ([:], [.error(SourceLocation(path: path, line: root?.mark?.line ?? 1), ConfigReason.authorsFileNotAMap)])
        }
        var authors: [String: Person] = [:]
        var problems: [Diagnostic] = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else { continue }
            // Theme fields (`bio`, `avatar`, `links`…) are the themes' own; a page that is
            // not an absolute URL cannot reach a feed; a key set to null names nobody.
            let (reading, personProblems) = PersonParser.read(PersonSource(yaml: value))
            if personProblems.contains(where: { if case .noName = $0 { true } else if case .notAPerson = $0 { true } else { false } }) {
                problems.append(.error(SourceLocation(path: path, line: keyNode.mark?.line), ConfigReason.authorWithoutName(key)))
            }
            switch reading {
            case .named(let name)?: authors[key] = Person(name: name)
            case .person(var person)?:
                if personProblems.contains(where: { if case .relativeURL = $0 { true } else { false } }) { person.url = nil }
                authors[key] = person
            case nil: continue
            }
        }
        return (authors, problems)
    }
}
