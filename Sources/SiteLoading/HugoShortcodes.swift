import FeedSupport
import Foundation

/// Runs a Hugo page's shortcodes the way Hugo 0.111 does: a `{{% … %}}`
/// call's output joins the Markdown; a `{{< … >}}` call's output replaces a
/// placeholder in the rendered HTML (and the paragraph around it, when it is
/// alone in one). Hugo's built-ins that posts use most are rendered as Hugo
/// renders them (`HugoShortcodeOutput`); a site's own shortcode, or an unknown
/// one, is a warning and leaves only its inner content, never the call.
struct HugoShortcodes {
    /// What the built-ins need from the site: params, other pages' URLs.
    var context: HugoShortcodeOutput.Context

    /// The Markdown to render, and the outputs its placeholders stand for.
    struct Prepared {
        var markdown: String
        var placed: [String]

        /// The rendered HTML with each placeholder replaced.
        func finish(_ html: String) -> String {
            guard !placed.isEmpty else { return html }
            var html = html
            for (index, output) in placed.enumerated() {
                let placeholder = HugoShortcodes.placeholder(index)
                // Alone in a paragraph, the paragraph goes.
                html = html.replacingOccurrences(of: "<p>" + placeholder + "</p>", with: output)
                html = html.replacingOccurrences(of: placeholder, with: output)
            }
            return html
        }
    }

    /// Hugo's own placeholder, which Markdown leaves as it is.
    static func placeholder(_ index: Int) -> String { "HAHAHUGOSHORTCODE-\(index)-HBHB" }

    func prepare(_ body: String, path: String, firstLine: Int, diagnostics: inout [Diagnostic]) -> Prepared {
        let bytes = Array(body.utf8)
        guard bytes.contains(UInt8(ascii: "{")), HugoShortcodeCall.next(in: bytes, from: 0) != nil else { return Prepared(markdown: body, placed: []) }
        var placed: [String] = []
        let markdown = expand(bytes, 0..<bytes.count, path: path, firstLine: firstLine, placed: &placed, diagnostics: &diagnostics)
        return Prepared(markdown: markdown, placed: placed)
    }

    /// The text of `range` with every call in it replaced.
    private func expand(_ bytes: [UInt8], _ range: Range<Int>, path: String, firstLine: Int, placed: inout [String], diagnostics: inout [Diagnostic]) -> String {
        var output: [UInt8] = []
        var index = range.lowerBound
        while let call = HugoShortcodeCall.next(in: bytes, from: index), call.range.upperBound <= range.upperBound {
            output += bytes[index..<call.range.lowerBound]
            index = call.range.upperBound
            let line = firstLine + bytes[..<call.range.lowerBound].count { $0 == UInt8(ascii: "\n") }
            if call.isEscaped {
                output += Array(Self.written(call).utf8)
                continue
            }
            if call.isClosing {
                diagnostics.append(.warning(SourceLocation(path: path, line: line), PostReason.shortcodeClosingWithoutOpening(call.name)))
                continue
            }
            // Inner content, up to the matching closing call.
            var inner: String?
            if !call.isSelfClosing, let close = closing(of: call, in: bytes, from: index, before: range.upperBound) {
                inner = String(decoding: bytes[index..<close.lowerBound], as: UTF8.self)
                index = close.upperBound
            }
            var text: String
            let own = context.siteShortcodes[call.name]
            if let own, let template = (try? String(contentsOf: own.file, encoding: .utf8)).flatMap(HugoInnerTemplate.init) {
                // A template that only places its inner content: run as Hugo runs it, the inner's own calls first.
                var innerPlaced: [String] = []
                let innerBytes = Array((inner ?? "").utf8)
                // A `%` call's output is Markdown, whose placeholders stay till it is rendered; a `<` call's is HTML already.
                let expanded = call.isMarkdown
                    ? expand(innerBytes, 0..<innerBytes.count, path: path, firstLine: line, placed: &placed, diagnostics: &diagnostics)
                    : expand(innerBytes, 0..<innerBytes.count, path: path, firstLine: line, placed: &innerPlaced, diagnostics: &diagnostics)
                text = template.render(inner: Prepared(markdown: expanded, placed: innerPlaced).finish(expanded))
            } else if let rendered = HugoShortcodeOutput.render(call, inner: inner, context: context) {
                text = rendered
                // Chroma's line numbers and highlighted lines are not written (the code is).
                if own == nil, call.name == "highlight" {
                    let options = (call.positional.dropFirst() + call.named.map { "\($0.0)=\($0.1)" }).joined(separator: ",")
                    let unrendered = ["linenos", "hl_lines"].filter { option in
                        options.firstMatch(of: try! Regex("(?i)\\b\(option)\\s*=\\s*(?!false\\b)[^,\\s]")) != nil
                    }
                    if !unrendered.isEmpty {
                        diagnostics.append(.warning(SourceLocation(path: path, line: line), PostReason.highlightOptionsNotRendered(unrendered)))
                    }
                }
                if let own {
                    diagnostics.append(.warning(SourceLocation(path: path, line: line), PostReason.siteShortcodeNotRun(call.name, path: own.path)))
                }
            } else {
                diagnostics.append(.warning(SourceLocation(path: path, line: line),
                                            PostReason.shortcodeNotRendered(call.name, ownPath: own?.path, hasInner: inner != nil)))
                // The inner text may hold other calls; it stays Markdown.
                text = inner.map { inner in
                    let innerBytes = Array(inner.utf8)
                    return expand(innerBytes, 0..<innerBytes.count, path: path, firstLine: line, placed: &placed, diagnostics: &diagnostics)
                } ?? ""
                output += Array(text.utf8)
                continue
            }
            if call.isMarkdown {
                output += Array(text.utf8)
            } else {
                output += Array(Self.placeholder(placed.count).utf8)
                placed.append(text)
                text = ""
            }
        }
        output += bytes[index..<range.upperBound]
        return String(decoding: output, as: UTF8.self)
    }

    /// The closing call of `call` after `start`, nested calls of the same name counted.
    private func closing(of call: HugoShortcodeCall, in bytes: [UInt8], from start: Int, before end: Int) -> Range<Int>? {
        var depth = 0
        var index = start
        while let next = HugoShortcodeCall.next(in: bytes, from: index), next.range.upperBound <= end {
            index = next.range.upperBound
            guard next.name == call.name, !next.isEscaped, !next.isSelfClosing else { continue }
            if next.isClosing {
                if depth == 0 { return next.range }
                depth -= 1
            } else {
                depth += 1
            }
        }
        return nil
    }

    /// `{{</* figure src="x" */>}}` is written out as `{{< figure src="x" >}}`.
    private static func written(_ call: HugoShortcodeCall) -> String {
        let (open, close) = call.isMarkdown ? ("{{%", "%}}") : ("{{<", ">}}")
        var parts = [(call.isClosing ? "/" : "") + call.name]
        parts += call.positional.map { $0.contains(" ") || $0.isEmpty ? "\"\($0)\"" : $0 }
        parts += call.named.map { "\($0.0)=\"\($0.1)\"" }
        return open + " " + parts.joined(separator: " ") + (call.isSelfClosing ? " /" : " ") + close
    }
}
