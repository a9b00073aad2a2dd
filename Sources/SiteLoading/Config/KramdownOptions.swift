import FeedSupport
import Foundation
import Liquid
import Yams

/// `kramdown:` in a Jekyll site's `_config.yml`, the options Jekyll hands to
/// kramdown. Those that change what readers see and that feedgen applies are
/// read here; every other one that differs from Jekyll's default is a warning
/// on its line, once per build, so that nothing is silently rendered
/// otherwise than the site shows it.
package struct KramdownOptions: Sendable, Equatable, Codable {
    /// `parse_block_html`: the inside of every HTML block is Markdown, as with `markdown="1"`.
    package var parseBlockHTML = false
    /// `auto_ids`: headings get ids.
    package var autoIDs = true
    /// `auto_id_prefix`: written before every automatic heading id.
    package var autoIDPrefix = ""
    /// `toc_levels`: the heading levels `{:toc}` lists.
    package var tocLevels: ClosedRange<Int> = 1...6
    /// `hard_wrap`: every line break in a paragraph is a `<br>`.
    package var hardWrap = false

    package init() {}

    /// Options whose value changes nothing a reader sees, or is Jekyll's default.
    private static let harmless: [String: @Sendable (String) -> Bool] = [
        "input": { ["gfm"].contains($0.lowercased()) },
        "syntax_highlighter": { $0 == "rouge" },
        "entity_output": { $0 == "as_char" },
        "smart_quotes": { $0.replacingOccurrences(of: " ", with: "") == "lsquo,rsquo,ldquo,rdquo" },
        "math_engine": { $0 == "mathjax" },
        "footnote_nr": { $0 == "1" },
        "show_warnings": { _ in true },
        "guess_lang": { _ in true },
        "enable_coderay": { _ in true },
        "transliterated_header_ids": { $0 == "false" },
        "auto_id_stripping": { _ in true },
        "parse_span_html": { $0 == "true" },
        "template": { $0.isEmpty },
        "line_width": { _ in true },
        "remove_block_html_tags": { _ in true },
        "remove_span_html_tags": { _ in true },
    ]

    /// The options of `_config.yml`'s `kramdown:` map, and a warning for each
    /// one feedgen does not apply.
    static func read(path: String, _ root: Node.Mapping) -> (options: KramdownOptions, warnings: [Diagnostic]) {
        var options = KramdownOptions()
        var warnings: [Diagnostic] = []
        guard let map = root["kramdown"]?.mapping else { return (options, warnings) }
        for (keyNode, value) in map {
            guard let key = keyNode.string else { continue }
            let text = value.string ?? (value.sequence.map { items in items.compactMap(\.string).joined(separator: ",") }) ?? (value.mapping == nil ? "" : "{…}")
            switch key {
            case "parse_block_html": options.parseBlockHTML = value.bool ?? false
            case "auto_ids": options.autoIDs = value.bool ?? true
            case "auto_id_prefix": options.autoIDPrefix = value.string ?? ""
            case "hard_wrap": options.hardWrap = value.bool ?? false
            case "toc_levels":
                let numbers = text.split { !$0.isNumber }.compactMap { Int($0) }
                if let low = numbers.min(), let high = numbers.max(), low >= 1, high <= 6 { options.tocLevels = low...high }
            default:
                if key.hasPrefix("coderay") || harmless[key]?(text) == true { continue }
                warnings.append(.warning(SourceLocation(path: path, line: keyNode.mark?.line), ConfigReason.kramdownOptionNotApplied(key: key, value: text)))
            }
        }
        return (options, warnings)
    }
}
