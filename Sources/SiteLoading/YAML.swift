import Foundation
import Yams

/// The one way feedgen calls Yams. Every YAML it reads (front matter, `_config.yml`,
/// Hugo's config and cascades, data and authors files) goes through here, so that
/// how scalars are tagged, and every error's line and words, are decided once.
package enum YAML {
    /// How composed scalars are tagged.
    package enum Tags {
        /// Every scalar a string, as written (Yams' basic resolver): feedgen reads
        /// scalars by their text and style itself, and Yams need not run its
        /// tag-guessing regular expressions, which cost most on the front matter
        /// every post has.
        case asWritten
        /// Yams' default resolver: plain scalars tagged as YAML 1.1 reads them (booleans,
        /// numbers, nulls, timestamps), as `_config.yml` and Hugo's cascades are read.
        case resolved
    }

    /// Text that is not YAML: the line of the text (the first is 1) and why.
    package struct SyntaxError: Error, Equatable, CustomStringConvertible {
        package var line: Int
        package var message: String
        /// A map's key written twice, which Hugo reads as its last (`FrontMatterParser+DuplicateKeys`).
        package var isDuplicateKey = false

        package init(line: Int, message: String) {
            self.line = line
            self.message = message
        }

        /// "line 3: mapping values are not allowed in this context".
        package var description: String { "line \(line): \(message)" }

        init(_ error: Error) {
            switch error as? YamlError {
            case .scanner(let context, let problem, let mark, _)?, .parser(let context, let problem, let mark, _)?,
                 .composer(let context, let problem, let mark, _)?:
                // The context ("while parsing a flow sequence") starts where the author's
                // mistake does; the problem's mark is often lines later, where YAML gave up.
                line = context?.mark.line ?? mark.line
                message = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
            case .duplicatedKeysInMapping(let duplicates, let context)?:
                line = context.mark.line
                message = "duplicate key \(duplicates.map { "\"\($0)\"" }.joined(separator: ", "))"
                isDuplicateKey = true
            default:
                line = 1
                message = "\(error)"
            }
        }
    }

    /// Nodes are read, never constructed into Swift values here: an empty
    /// constructor, made once, spares Yams building its default one per document.
    nonisolated(unsafe) private static let constructor = Constructor([:], [:], [:])

    /// The document's root node, `nil` for an empty document.
    package static func compose(_ text: String, tags: Tags = .asWritten) throws(SyntaxError) -> Node? {
        do {
            switch tags {
            case .asWritten: return try Yams.compose(yaml: text, .basic, constructor, .utf8)
            case .resolved: return try Yams.compose(yaml: text)
            }
        } catch {
            throw SyntaxError(error)
        }
    }

    /// YAML's plain null spellings: `title:` and `title: ~` are null, `title: ""` and `title: '~'` text.
    package static func isNull(_ scalar: Node.Scalar) -> Bool {
        guard scalar.style == .plain else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// The document as Swift values, as Yams constructs them (`Bool`, `Int`, `Double`,
    /// `Date`, `String`, `NSNull`, `[Any]`, `[String: Any]`), for configs read as key paths.
    /// A top-level key written more than once, which Psych (Jekyll) and go-yaml v2 (Hugo)
    /// both read as its last, where Yams refuses the document: the text with each earlier one,
    /// and the lines below it, made a comment (the lines stay where they were), and for each
    /// its key, its line and the line of the one that counts (the text's first line is 1).
    /// `nil` when no top-level key repeats.
    package static func lastOfEachKey(_ text: String) -> (text: String, repeated: [(key: String, line: Int, countingLine: Int)])? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Each top-level key's line; the lines below it up to the next key are its value.
        var keys: [(key: String, line: Int)] = []
        for (index, line) in lines.enumerated() {
            guard let first = line.first, !" \t#-".contains(first), let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            keys.append((key, index))
        }
        var repeated: [(key: String, line: Int, countingLine: Int)] = []
        for (position, entry) in keys.enumerated() {
            guard let later = keys[(position + 1)...].last(where: { $0.key == entry.key }) else { continue }
            let end = position + 1 < keys.count ? keys[position + 1].line : lines.count
            for index in entry.line..<end where !lines[index].isEmpty { lines[index] = "#" + lines[index] }
            repeated.append((entry.key, entry.line + 1, later.line + 1))
        }
        return repeated.isEmpty ? nil : (lines.joined(separator: "\n"), repeated)
    }

    package static func load(_ text: String) throws(SyntaxError) -> Any? {
        do {
            return try Yams.load(yaml: text)
        } catch {
            throw SyntaxError(error)
        }
    }
}
