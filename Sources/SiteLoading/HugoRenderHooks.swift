import FeedSupport
import Foundation

/// A Hugo site's Goldmark render hooks (`layouts/_default/_markup/render-image.html`,
/// `render-link`, `render-heading`, `render-codeblock` and `render-codeblock-<language>`,
/// or a theme's): templates that replace how Goldmark writes those elements, which
/// feedgen does not run. A post with such an element gets one warning for each hook,
/// at the first line that has one.
struct HugoRenderHooks {
    enum Kind: String {
        case image, link, heading, codeblock

        var elements: String {
            switch self {
            case .image: "images"
            case .link: "links"
            case .heading: "headings"
            case .codeblock: "code blocks"
            }
        }
    }

    struct Hook {
        var kind: Kind
        /// A code block hook's language (`render-codeblock-mermaid.html`); `nil` for every code block.
        var language: String?
        /// Where it is, below the site.
        var path: String
    }

    var hooks: [Hook]

    /// The hooks of the site at `site`: its own over a theme's of the same name.
    init(site: URL) {
        var found: [String: Hook] = [:]
        let themes = ((try? FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("themes").path)) ?? []).sorted()
        for folder in ["layouts/_default/_markup"] + themes.map({ "themes/\($0)/layouts/_default/_markup" }) {
            for file in ((try? FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent(folder).path)) ?? []).sorted()
            where found[file] == nil && file.hasPrefix("render-") && file.hasSuffix(".html") {
                let parts = file.dropFirst("render-".count).dropLast(".html".count).split(separator: "-", maxSplits: 1)
                guard let first = parts.first, let kind = Kind(rawValue: String(first)) else { continue }
                if parts.count > 1 && kind != .codeblock { continue }
                found[file] = Hook(kind: kind, language: parts.count > 1 ? String(parts[1]) : nil, path: folder + "/" + file)
            }
        }
        hooks = found.values.sorted { $0.path < $1.path }
    }

    /// One warning for each hook whose element the post's Markdown `body` has, at the first line with one.
    func warnings(body: String, path: String, firstLine: Int) -> [Diagnostic] {
        guard !hooks.isEmpty else { return [] }
        var first: [Int: Int] = [:]  // hook index → line
        var fence: String?
        for (offset, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " }
            func mark(_ matches: (Hook) -> Bool) {
                for (index, hook) in hooks.enumerated() where first[index] == nil && matches(hook) { first[index] = firstLine + offset }
            }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if line.count - trimmed.count < 4, let marker = ["```", "~~~"].first(where: { trimmed.hasPrefix($0) }) {
                fence = String(trimmed.prefix { $0 == marker.first })
                let language = trimmed.drop { $0 == marker.first }.drop { $0 == " " }.prefix { $0 != " " && $0 != "{" }.lowercased()
                // A language's own hook is the one its blocks get.
                let own = hooks.contains { $0.kind == .codeblock && $0.language == language }
                mark { $0.kind == .codeblock && ($0.language == language || ($0.language == nil && !own)) }
                continue
            }
            if line.count - trimmed.count < 4, trimmed.firstMatch(of: #/^#{1,6}(\s|$)/#) != nil { mark { $0.kind == .heading } }
            if line.contains("![") { mark { $0.kind == .image } }
            if line.firstMatch(of: #/(?:^|[^!])\[[^\]]*\][(\[]|<https?:/#) != nil { mark { $0.kind == .link } }
        }
        return first.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map { index, line in
            let hook = hooks[index]
            return .warning(SourceLocation(path: path, line: line), PostReason.renderHookNotRun(language: hook.language, elements: hook.kind.elements, path: hook.path))
        }
    }
}
