import FeedSupport
import Foundation

extension FrontMatterParser {
    /// A top-level key written more than once, as Hugo 0.111 reads it (its
    /// YAML library keeps the last): the YAML with each earlier one, and the
    /// lines below it, made a comment (the lines stay where they were), and
    /// one warning for each. `nil` when no top-level key repeats.
    static func lastOfEachKey(_ yaml: String, path: String, firstLine: Int) -> (yaml: String, warnings: [Diagnostic])? {
        var lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Each top-level key's line; the lines below it up to the next key are its value.
        var keys: [(key: String, line: Int)] = []
        for (index, line) in lines.enumerated() {
            guard let first = line.first, !" \t#-".contains(first), let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            keys.append((key, index))
        }
        var warnings: [Diagnostic] = []
        for (position, entry) in keys.enumerated() {
            guard let later = keys[(position + 1)...].last(where: { $0.key == entry.key }) else { continue }
            let end = position + 1 < keys.count ? keys[position + 1].line : lines.count
            for index in entry.line..<end where !lines[index].isEmpty { lines[index] = "#" + lines[index] }
            warnings.append(.warning(SourceLocation(path: path, line: firstLine + entry.line),
                                     PostReason.duplicateKey(entry.key, countingLine: firstLine + later.line)))
        }
        return warnings.isEmpty ? nil : (lines.joined(separator: "\n"), warnings)
    }
}
