import Foundation

/// Hugo's default `markup.goldmark.parser.attribute.title = true`: a
/// heading may end with attributes, `## Title {#id .class}`. Attributes on
/// other blocks are off by default in Hugo 0.111 (`attribute.block =
/// false`), so `{.class}` after a paragraph stays text there, as here.
enum GoldmarkHeadingAttributes {
    private static let heading = try! NSRegularExpression(pattern: #"^( {0,3}#{1,6}(?:[ \t]+.*?)?)[ \t]*\{((?:[ \t]*(?:#[^\s}#.]+|\.[^\s}#.]+|[A-Za-z_:][-A-Za-z0-9_:.]*=(?:"[^"]*"|'[^']*'|[^\s}]+)))*)[ \t]*\}[ \t]*$"#)

    static func prepare(_ lines: inout [SourceLine], _ context: DialectContext) {
        let code = lines.fencedCode
        for index in lines.indices where !code[index] && lines[index].text.hasSuffix("}") {
            guard let match = lines[index].text.firstMatch(heading) else { continue }
            let list = AttributeList(match[2]) ?? AttributeList()
            lines[index].text = match[1] + context.markers.inline(.headingAttributes(list), original: "", line: lines[index].number)
        }
    }
}
