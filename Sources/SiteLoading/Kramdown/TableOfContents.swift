import FeedXML
import Foundation

/// kramdown's table of contents: the list an IAL `{:toc}` is on (`* TOC`
/// or `1. TOC`) is replaced by a list of links to the headings whose level
/// is in `toc_levels` and that have an id and no class `no_toc`, nested by
/// level as kramdown's `generate_toc_tree` nests them. The list keeps its
/// attributes and gets the id `markdown-toc` unless it has one; each link
/// the id `<list id>-<heading id>`. Links and footnote references inside a
/// heading are left out of its entry, as kramdown does.
enum TableOfContents {
    static let placeholderAttribute = "data-feedgen-toc"

    static func apply(_ tree: HTMLTree, headings: [MarkdownHeadings.Heading], _ context: DialectContext) {
        let lists = tree.body.descendants.filter { $0.isElement && $0.attribute(placeholderAttribute) != nil }
        guard !lists.isEmpty else { return }
        let entries = headings.filter {
            context.tocLevels.contains($0.level) && $0.element.attribute("id") != nil
                && !($0.element.attribute("class") ?? "").split(separator: " ").contains("no_toc")
        }
        for list in lists {
            list.removeAttribute(placeholderAttribute)
            guard list.name == "ul" || list.name == "ol" else { continue }
            for child in list.children { child.remove() }
            if list.attribute("id") == nil { list.setAttribute("id", "markdown-toc") }
            build(list, entries: entries, tree: tree)
        }
    }

    private static func build(_ list: HTMLNode, entries: [MarkdownHeadings.Heading], tree: HTMLTree) {
        let prefix = list.attribute("id") ?? "markdown-toc"
        // Each open item with its level and the sublist its children go into (made when needed).
        var stack: [(item: HTMLNode, level: Int, sublist: HTMLNode?)] = []
        for heading in entries {
            let id = heading.element.attribute("id")!
            let item = tree.element("li")
            let link = tree.element("a", attributes: [("href", "#" + id), ("id", prefix + "-" + id)])
            for child in heading.element.children { link.append(child.copy()) }
            cleanEntry(link)
            item.append(link)
            while let last = stack.last, last.level >= heading.level { stack.removeLast() }
            if let last = stack.last {
                let sublist = last.sublist ?? tree.element(list.name)
                if last.sublist == nil {
                    last.item.append(sublist)
                    stack[stack.count - 1].sublist = sublist
                }
                sublist.append(item)
            } else {
                list.append(item)
            }
            stack.append((item, heading.level, nil))
        }
    }

    /// kramdown's `fix_for_toc_entry`: footnote references removed, links unwrapped, no ids copied.
    private static func cleanEntry(_ link: HTMLNode) {
        let footnotes = link.descendants.filter { $0.isElement && $0.name == "sup" && ($0.attribute("role") == "doc-noteref" || $0.attribute("class") == "footnote-ref") }
        for footnote in footnotes { footnote.remove() }
        for node in link.descendants where node.isElement && node.name == "a" { node.unwrap() }
    }
}
