import FeedXML
import Foundation

/// Code blocks as Hugo writes them with its default `markup.highlight`
/// (`codeFences = true`, `noClasses = true`, style monokai): a fenced block
/// with a language in `<div class="highlight"><pre tabindex="0" style="…"><code
/// class="language-go" data-lang="go">`, each line in chroma's
/// `<span style="display:flex;"><span>…</span></span>`; one without a
/// language as `<pre tabindex="0"><code>`; an indented block as `<pre><code>`.
/// chroma's coloured token spans are not written: the text is the same.
enum GoldmarkCodeBlocks {
    private static let style = "color:#f8f8f2;background-color:#272822;-moz-tab-size:4;-o-tab-size:4;tab-size:4;"

    static func apply(_ tree: HTMLTree) {
        for code in tree.body.descendants where code.isElement && code.name == "code" {
            guard let pre = code.parent, pre.name == "pre", let languageClass = code.attribute("class"), languageClass.hasPrefix("language-") else { continue }
            let language = String(languageClass.dropFirst("language-".count))
            pre.setAttribute("tabindex", "0")
            if language == MarkdownRenderer.fencedWithoutLanguage {
                code.removeAttribute("class")
                continue
            }
            pre.setAttribute("style", style)
            code.setAttribute("data-lang", language)
            let text = code.text
            for child in code.children { child.remove() }
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.last == "" { lines.removeLast() }
            for line in lines {
                let outer = tree.element("span", attributes: [("style", "display:flex;")])
                let inner = tree.element("span")
                inner.append(tree.text(line + "\n"))
                outer.append(inner)
                code.append(outer)
            }
            let wrapper = tree.element("div", attributes: [("class", "highlight")])
            pre.insertBefore(wrapper)
            pre.detach()
            wrapper.append(pre)
        }
    }
}
