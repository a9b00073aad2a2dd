import FeedXML
import Foundation

/// Code as Jekyll's kramdown with rouge writes it: a block in
/// `<div class="language-ruby highlighter-rouge"><div class="highlight"><pre class="highlight"><code>`
/// (`language-plaintext` without a language), the block's attribute list on
/// the outer `div`; a code span as `<code class="language-plaintext highlighter-rouge">`
/// (a `<code>` written as HTML is left as written).
/// rouge's token spans are not written: the text is the same, only uncoloured.
/// rouge's guess of a language for a block without one (`guess_lang`) is not made.
enum KramdownCodeBlocks {
    static func apply(_ tree: HTMLTree, skipping raw: Set<UnsafeMutableRawPointer>) {
        for node in tree.body.descendants where node.isElement && node.name == "code" && !node.isWithin(raw) {
            // Raw HTML's `<code>` is the author's, as written.
            if node.attribute(MarkdownRenderer.rawCodeAttribute) != nil {
                node.removeAttribute(MarkdownRenderer.rawCodeAttribute)
                continue
            }
            if let pre = node.parent, pre.name == "pre" {
                wrap(pre, code: node, tree: tree)
            } else {
                let own = node.attribute("class").map { " " + $0 } ?? ""
                node.setAttribute("class", "language-plaintext highlighter-rouge" + own)
            }
        }
    }

    private static func wrap(_ pre: HTMLNode, code: HTMLNode, tree: HTMLTree) {
        let languageClass = (code.attribute("class") ?? "").split(separator: " ").first { $0.hasPrefix("language-") }.map(String.init) ?? "language-plaintext"
        code.removeAttribute("class")
        let outer = tree.element("div")
        var classes = [languageClass]
        classes += (pre.attribute("class") ?? "").split(separator: " ").map(String.init)
        classes.append("highlighter-rouge")
        outer.setAttribute("class", classes.joined(separator: " "))
        for name in pre.attributeNames where name != "class" {
            outer.setAttribute(name, pre.attribute(name) ?? "")
            pre.removeAttribute(name)
        }
        pre.setAttribute("class", "highlight")
        let inner = tree.element("div", attributes: [("class", "highlight")])
        pre.insertBefore(outer)
        pre.detach()
        outer.append(inner)
        inner.append(pre)
    }
}
