import FeedXML
import Foundation

/// Footnotes as kramdown or goldmark write them, from cmark-gfm's
/// (`<sup class="footnote-ref"><a href="#fn-x" id="fnref-x">1</a></sup>` and
/// `<section class="footnotes">`):
/// - kramdown: `<sup id="fnref:x" role="doc-noteref"><a href="#fn:x" class="footnote" rel="footnote">1</a></sup>`,
///   `<div class="footnotes" role="doc-endnotes"><ol><li id="fn:x" role="doc-endnote">…
///   &#160;<a href="#fnref:x" class="reversefootnote" role="doc-backlink">↩</a>`, named by the label;
/// - goldmark: `<sup id="fnref:1"><a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a></sup>`,
///   `<div class="footnotes" role="doc-endnotes"><hr><ol><li id="fn:1">…&#160;<a href="#fnref:1"
///   class="footnote-backref" role="doc-backlink">↩︎</a>`, named by the number.
enum FootnoteMarkup {
    enum Style { case kramdown, goldmark }

    static func apply(_ tree: HTMLTree, style: Style) {
        var numbers: [String: String] = [:]
        // An attribute list on a reference (`[^x]{: .c}`) adds a class, which kramdown does not write.
        for sup in tree.body.descendants where sup.isElement && sup.name == "sup" && (sup.attribute("class") ?? "").split(separator: " ").contains("footnote-ref") {
            guard let link = sup.firstChild, link.name == "a", let href = link.attribute("href"), href.hasPrefix("#fn-") else { continue }
            let label = String(href.dropFirst(4))
            let number = link.text
            if numbers[label] == nil { numbers[label] = number }
            // cmark-gfm numbers the second reference to a note `fnref-x-2`; kramdown `fnref:x:1`.
            let repeatSuffix = (link.attribute("id") ?? "").dropFirst(("fnref-" + label).count)
            let repeatNumber = Int(repeatSuffix.dropFirst()) ?? 1
            clear(sup)
            clear(link)
            switch style {
            case .kramdown:
                let name = label + (repeatNumber > 1 ? ":\(repeatNumber - 1)" : "")
                sup.setAttribute("id", "fnref:" + name)
                sup.setAttribute("role", "doc-noteref")
                link.setAttribute("href", "#fn:" + label)
                link.setAttribute("class", "footnote")
                link.setAttribute("rel", "footnote")
            case .goldmark:
                sup.setAttribute("id", "fnref" + (repeatNumber > 1 ? "\(repeatNumber - 1)" : "") + ":" + number)
                link.setAttribute("href", "#fn:" + number)
                link.setAttribute("class", "footnote-ref")
                link.setAttribute("role", "doc-noteref")
            }
        }
        for section in tree.body.children where section.isElement && section.name == "section" && section.attribute("class") == "footnotes" {
            clear(section)
            section.rename("div")
            section.setAttribute("class", "footnotes")
            section.setAttribute("role", "doc-endnotes")
            if style == .goldmark, let list = section.children.first(where: \.isElement) { list.insertBefore(tree.element("hr")) }
            for item in section.descendants where item.isElement && item.name == "li" {
                guard let id = item.attribute("id"), id.hasPrefix("fn-") else { continue }
                let label = String(id.dropFirst(3))
                let name = style == .kramdown ? label : numbers[label] ?? label
                clear(item)
                item.setAttribute("id", "fn:" + name)
                if style == .kramdown { item.setAttribute("role", "doc-endnote") }
                for back in item.descendants where back.isElement && back.name == "a" && back.attribute("class") == "footnote-backref" {
                    // cmark-gfm links the second reference's way back as `#fnref-x-2`, with a `<sup>2</sup>`.
                    let target = (back.attribute("href") ?? "").dropFirst(("#fnref-" + label).count)
                    let index = Int(target.dropFirst()) ?? 1
                    for sup in back.children where sup.isElement { sup.remove() }
                    clear(back)
                    switch style {
                    case .kramdown:
                        back.setAttribute("href", "#fnref:" + label + (index > 1 ? ":\(index - 1)" : ""))
                        back.setAttribute("class", "reversefootnote")
                        back.setAttribute("role", "doc-backlink")
                    case .goldmark:
                        back.setAttribute("href", "#fnref" + (index > 1 ? "\(index - 1)" : "") + ":" + name)
                        back.setAttribute("class", "footnote-backref")
                        back.setAttribute("role", "doc-backlink")
                        back.text = "\u{21A9}\u{FE0E}"
                    }
                    // Both write a no-break space before the back link.
                    if let before = back.previous, before.isText, before.text.hasSuffix(" ") {
                        before.text = String(before.text.dropLast()) + "\u{A0}"
                    }
                }
                // A note that does not end in a paragraph (math, a list, code):
                // kramdown puts its back links in a paragraph of their own.
                let loose = item.children.filter { $0.isElement && $0.name == "a" && $0.attribute("class") == "reversefootnote" }
                if style == .kramdown, let first = loose.first {
                    let paragraph = tree.element("p")
                    first.insertBefore(paragraph)
                    for (offset, back) in loose.enumerated() {
                        if offset > 0 { paragraph.append(tree.text(" ")) }
                        back.detach()
                        paragraph.append(back)
                    }
                }
            }
        }
    }

    private static func clear(_ element: HTMLNode) {
        for name in element.attributeNames { element.removeAttribute(name) }
    }
}
