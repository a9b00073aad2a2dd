import Foundation

/// kramdown's footnote names are a word character and then word characters
/// or `-` (`ALD_ID_NAME`); `[^a^b]`, `[^n.1]` or `[^é]` are no footnote to
/// kramdown, which shows the reference as written (and reads `[^x]: …` as a
/// link definition, which shows nothing). cmark-gfm takes any label, so such
/// a reference is escaped.
enum FootnoteNames {
    private static let reference = try! NSRegularExpression(pattern: #"\[\^([^\]\s]+)\](?!:)"#)
    private static let name = try! NSRegularExpression(pattern: #"^[A-Za-z0-9_][A-Za-z0-9_-]*$"#)

    static func prepare(_ lines: inout [SourceLine]) {
        guard lines.contains(where: { $0.text.contains("[^") }) else { return }
        let code = lines.fencedCode
        for index in lines.indices where !code[index] && lines[index].text.contains("[^") {
            let text = lines[index].text
            let source = text as NSString
            let spans = text.codeSpanRanges
            var result = text
            for match in reference.matches(in: text, range: NSRange(location: 0, length: source.length)).reversed() {
                guard source.substring(with: match.range(at: 1)).firstMatch(name) == nil, let range = Range(match.range, in: text),
                    !spans.contains(where: { $0.overlaps(range) }), match.range.location == 0 || source.character(at: match.range.location - 1) != 0x5C
                else { continue }
                result.insert("\\", at: Range(match.range, in: result)!.lowerBound)
            }
            lines[index].text = result
        }
    }
}
