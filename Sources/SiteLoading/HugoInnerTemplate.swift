/// A site's shortcode template that only places its inner content among
/// text of its own (or is text alone), which feedgen runs as Hugo does: PaperMod's `rawhtml`
/// (`<!-- raw html -->`, a comment Hugo leaves out, then `{{- .Inner }}`), or `<div class="note">{{ .Inner }}</div>`.
/// Its actions may be `.Inner` (also `$.Inner`, `.Inner | safeHTML`,
/// `safeHTML .Inner`) and comments (`{{/* … */}}`), with Go's white space
/// trimming (`{{- ` and ` -}}`); a template with any other action
/// (`.Get`, `with`, a function) is one feedgen cannot run.
struct HugoInnerTemplate: Equatable {
    enum Piece: Equatable {
        case text(String)
        case inner
    }

    var pieces: [Piece]

    /// The template of `text`, or `nil` when it does more than place `.Inner`.
    init?(_ text: String) {
        var pieces: [Piece] = []
        var rest = Substring(text)
        var trimNext = false
        while let open = rest.range(of: "{{") {
            var before = String(rest[..<open.lowerBound])
            var action = rest[open.upperBound...]
            // `{{- ` trims the white space before the action.
            if action.hasPrefix("-"), action.dropFirst().first.map(Self.isTrimSpace) == true {
                before = String(before.reversed().drop(while: Self.isTrimSpace).reversed())
                action = action.dropFirst()
            }
            if trimNext { before = String(before.drop(while: Self.isTrimSpace)) }
            if !before.isEmpty { pieces.append(.text(before)) }
            action = action.drop(while: Self.isTrimSpace)
            let isComment = action.hasPrefix("/*")
            guard let close = action.range(of: isComment ? "*/" : "}}") else { return nil }
            var body = action[..<close.lowerBound]
            var after = action[close.upperBound...]
            if isComment {
                after = after.drop(while: Self.isTrimSpace)
                guard after.hasPrefix("-}}") || after.hasPrefix("}}") else { return nil }
                trimNext = after.hasPrefix("-")
                rest = after.dropFirst(trimNext ? 3 : 2)
                continue
            }
            // ` -}}` trims the white space after it.
            trimNext = false
            if body.hasSuffix("-"), body.dropLast().last.map(Self.isTrimSpace) == true {
                trimNext = true
                body = body.dropLast()
            }
            let words = body.split(whereSeparator: Self.isTrimSpace).joined(separator: " ")
            guard ["$.Inner", ".Inner", ".Inner | safeHTML", "$.Inner | safeHTML", "safeHTML .Inner", "safeHTML $.Inner"].contains(words) else { return nil }
            pieces.append(.inner)
            rest = after
        }
        let tail = trimNext ? String(rest.drop(while: Self.isTrimSpace)) : String(rest)
        if !tail.isEmpty { pieces.append(.text(tail)) }
        self.pieces = pieces
    }

    /// The template's output for a call whose inner content is `inner`.
    func render(inner: String) -> String {
        pieces.map { piece in
            switch piece {
            // Hugo's templates are Go's html/template, which leaves the template's own HTML comments out.
            case .text(let text): text.replacing(#/<!--.*?-->/#.dotMatchesNewlines(), with: "")
            case .inner: inner
            }
        }.joined()
    }

    /// The white space Go's templates trim: space, tab, carriage return, line feed.
    private static func isTrimSpace(_ character: Character) -> Bool { character == " " || character == "\t" || character == "\n" || character == "\r" || character == "\r\n" }
}
