import Foundation

/// One post's render in a dialect: the markers its passes left, the
/// warnings they gave (with the body line), and the dialect's settings
/// that a post may change (`{::options auto_ids="false" /}`).
final class DialectContext {
    let markers = DialectMarkers()
    private(set) var warnings: [MarkdownWarning] = []
    /// kramdown's attribute list definitions, `{:name: …}`.
    var definitions: [String: AttributeList] = [:]
    /// kramdown's abbreviations, `*[HTML]: HyperText Markup Language`, in order of definition.
    var abbreviations: [(String, String)] = []
    var autoIDs = true
    var autoIDPrefix = ""
    var tocLevels: ClosedRange<Int> = 1...6
    /// kramdown's `parse_block_html`: HTML blocks' insides are Markdown.
    var parseBlockHTML = false
    /// kramdown's `hard_wrap`: a line break in a paragraph is a `<br>`.
    var hardWrap = false
    /// Hugo's `markup.goldmark.renderer.unsafe`.
    var rawHTML = false

    func warn(_ line: Int, _ reason: PostReason) {
        warnings.append(MarkdownWarning(line: line, reason: reason))
    }
}

/// A construct a dialect's passes could not render as the dialect does, on
/// a line of the Markdown body (1 is its first line).
package struct MarkdownWarning: Equatable, Sendable {
    package var line: Int
    package var reason: PostReason
}
