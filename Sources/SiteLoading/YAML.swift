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
    package static func load(_ text: String) throws(SyntaxError) -> Any? {
        do {
            return try Yams.load(yaml: text)
        } catch {
            throw SyntaxError(error)
        }
    }
}
