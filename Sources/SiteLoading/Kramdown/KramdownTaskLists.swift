import FeedXML
import Foundation

/// Task lists as kramdown-parser-gfm writes them: `<ul class="task-list">`,
/// `<li class="task-list-item">`, `<input type="checkbox" class="task-list-item-checkbox"
/// disabled="disabled" checked="checked" />` right before the text.
enum KramdownTaskLists {
    static func apply(_ tree: HTMLTree) {
        for input in tree.body.descendants where input.isElement && input.name == "input" && input.attribute("type") == "checkbox" {
            guard let item = input.parent else { continue }
            guard let listItem = item.name == "li" ? item : item.parent, listItem.name == "li" else { continue }
            let checked = input.attribute("checked") != nil
            for name in input.attributeNames { input.removeAttribute(name) }
            input.setAttribute("type", "checkbox")
            input.setAttribute("class", "task-list-item-checkbox")
            input.setAttribute("disabled", "disabled")
            if checked { input.setAttribute("checked", "checked") }
            if item.name == "li" {
                // cmark-gfm writes the box before a loose item's paragraph; kramdown, inside it.
                while let next = input.next, next.isText, next.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { next.remove() }
                if let paragraph = input.next, paragraph.isElement, paragraph.name == "p" {
                    input.detach()
                    if let first = paragraph.firstChild { first.insertBefore(input) } else { paragraph.append(input) }
                }
            }
            if let text = input.next, text.isText, text.text.hasPrefix(" ") { text.text = String(text.text.dropFirst()) }
            listItem.setAttribute("class", "task-list-item")
            if let list = listItem.parent { list.setAttribute("class", "task-list") }
        }
    }
}
