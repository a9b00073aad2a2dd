import FeedModel
internal import CLibXML2
import Foundation

/// A rendered fragment as a tree that the Markdown dialects' passes edit
/// (attribute lists, heading ids, tables of contents…), then write back.
/// libxml2 owns the nodes; the document frees them all, so a node must not
/// be used after its document is gone. Not `Sendable`: one pass at a time.
package final class HTMLTree {
    private let document: htmlDocPtr
    package let body: HTMLNode

    /// `nil` when libxml2 cannot read it (it reads anything that is not empty).
    package init?(_ html: String) {
        LibXML2.initialize()
        let wrapped = "<html><body>" + html + "</body></html>"
        guard let document = wrapped.withCString({ htmlReadMemory($0, Int32(strlen($0)), nil, "UTF-8", HTMLFragment.treeParseOptions) }) else { return nil }
        var node = xmlDocGetRootElement(document)?.pointee.children
        while let current = node, !(current.pointee.type == XML_ELEMENT_NODE && String(cString: current.pointee.name) == "body") {
            node = current.pointee.next
        }
        guard let body = node else {
            xmlFreeDoc(document)
            return nil
        }
        self.document = document
        self.body = HTMLNode(body, document: document)
    }

    deinit { xmlFreeDoc(document) }

    /// The body's content as HTML, written as `HTMLFragment` writes it
    /// (libxml2 adds a line break between some block elements).
    package var html: String {
        let buffer = xmlBufferCreate()
        defer { xmlBufferFree(buffer) }
        var child = body.pointer.pointee.children
        while let node = child {
            htmlNodeDump(buffer, document, node)
            child = node.pointee.next
        }
        return String(cString: xmlBufferContent(buffer))
    }

    package func element(_ name: String, attributes: [(String, String)] = []) -> HTMLNode {
        let node = HTMLNode(xmlNewDocNode(document, nil, name, nil), document: document)
        for (key, value) in attributes { node.setAttribute(key, value) }
        return node
    }

    package func text(_ content: String) -> HTMLNode {
        HTMLNode(xmlNewDocText(document, content), document: document)
    }

    package func comment(_ content: String) -> HTMLNode {
        HTMLNode(xmlNewDocComment(document, content), document: document)
    }

    /// The nodes that `html` parses into, not yet in the tree.
    package func fragment(_ html: String) -> [HTMLNode] {
        guard let parsed = HTMLTree(html) else { return [] }
        return parsed.body.children.map { HTMLNode(xmlDocCopyNode($0.pointer, document, 1), document: document) }
    }
}

/// One node of an `HTMLTree`.
package struct HTMLNode {
    let pointer: xmlNodePtr
    fileprivate let document: htmlDocPtr

    fileprivate init(_ pointer: xmlNodePtr, document: htmlDocPtr) {
        self.pointer = pointer
        self.document = document
    }

    /// The same for the same node, for sets of nodes.
    package var identity: UnsafeMutableRawPointer { UnsafeMutableRawPointer(pointer) }

    package var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
    package var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }
    package var isComment: Bool { pointer.pointee.type == XML_COMMENT_NODE }

    /// The element's name in lowercase (libxml2's HTML parser lowercases them).
    package var name: String { isElement ? String(cString: pointer.pointee.name) : "" }

    private func wrap(_ node: xmlNodePtr?) -> HTMLNode? { node.map { HTMLNode($0, document: document) } }

    package var parent: HTMLNode? {
        guard let parent = pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return wrap(parent)
    }
    package var next: HTMLNode? { wrap(pointer.pointee.next) }
    package var previous: HTMLNode? { wrap(pointer.pointee.prev) }
    package var firstChild: HTMLNode? { wrap(pointer.pointee.children) }
    package var lastChild: HTMLNode? { wrap(pointer.pointee.last) }

    package var children: [HTMLNode] {
        var nodes: [HTMLNode] = []
        var child = pointer.pointee.children
        while let node = child {
            nodes.append(HTMLNode(node, document: document))
            child = node.pointee.next
        }
        return nodes
    }

    /// The next and previous siblings that are elements.
    package var nextElement: HTMLNode? {
        var node = next
        while let current = node, !current.isElement { node = current.next }
        return node
    }
    package var previousElement: HTMLNode? {
        var node = previous
        while let current = node, !current.isElement { node = current.previous }
        return node
    }

    /// The elements below this node, in document order, `self` excluded.
    package var descendants: [HTMLNode] {
        var found: [HTMLNode] = []
        func walk(_ node: HTMLNode) {
            for child in node.children {
                found.append(child)
                if child.isElement { walk(child) }
            }
        }
        walk(self)
        return found
    }

    /// Whether this node or one of its ancestors is one of `nodes`.
    package func isWithin(_ nodes: Set<UnsafeMutableRawPointer>) -> Bool {
        guard !nodes.isEmpty else { return false }
        var current: HTMLNode? = self
        while let node = current {
            if nodes.contains(node.identity) { return true }
            current = node.wrap(node.pointer.pointee.parent)
        }
        return false
    }

    package func isInside(_ names: Set<String>) -> Bool {
        var node = parent
        while let current = node {
            if names.contains(current.name) { return true }
            node = current.parent
        }
        return false
    }

    /// A text or comment node's own content; an element's text, all of it.
    package var text: String {
        get {
            guard let content = xmlNodeGetContent(pointer) else { return "" }
            defer { CLibXML2_free(content) }
            return String(cString: content)
        }
        nonmutating set {
            if isText || isComment {
                // A text or comment node's content is stored as it is given.
                xmlNodeSetContent(pointer, newValue)
            } else {
                for child in children { child.remove() }
                append(HTMLNode(xmlNewDocText(document, newValue), document: document))
            }
        }
    }

    package func attribute(_ name: String) -> String? {
        guard let value = xmlGetProp(pointer, name) else { return nil }
        defer { CLibXML2_free(value) }
        return String(cString: value)
    }

    package var attributeNames: [String] {
        var names: [String] = []
        var attribute = pointer.pointee.properties
        while let current = attribute {
            names.append(String(cString: current.pointee.name))
            attribute = current.pointee.next
        }
        return names
    }

    package func setAttribute(_ name: String, _ value: String) {
        xmlSetProp(pointer, name, value)
    }

    package func removeAttribute(_ name: String) {
        xmlUnsetProp(pointer, name)
    }

    /// Adds `className` to the element's classes (after those it has).
    package func addClass(_ className: String) {
        let classes = (attribute("class") ?? "").split(separator: " ").map(String.init)
        guard !classes.contains(className) else { return }
        setAttribute("class", (classes + [className]).joined(separator: " "))
    }

    package func append(_ child: HTMLNode) { xmlAddChild(pointer, child.pointer) }
    package func insertBefore(_ sibling: HTMLNode) { xmlAddPrevSibling(pointer, sibling.pointer) }
    package func insertAfter(_ sibling: HTMLNode) { xmlAddNextSibling(pointer, sibling.pointer) }

    /// Takes the node out of the tree and frees it (and what is below it).
    package func remove() {
        xmlUnlinkNode(pointer)
        xmlFreeNode(pointer)
    }

    /// Takes the node out of the tree, to be put elsewhere.
    package func detach() { xmlUnlinkNode(pointer) }

    /// Puts `nodes` in this node's place and frees it. (libxml2 merges a
    /// text node into a text node it is put next to, so this node is taken
    /// out first: the text it holds must not absorb the new text.)
    package func replace(with nodes: [HTMLNode]) {
        let anchor = next, container = wrap(pointer.pointee.parent)
        xmlUnlinkNode(pointer)
        for node in nodes {
            if let anchor { xmlAddPrevSibling(anchor.pointer, node.pointer) } else if let container { xmlAddChild(container.pointer, node.pointer) }
        }
        xmlFreeNode(pointer)
    }

    /// Replaces the element by its children.
    package func unwrap() {
        for child in children {
            child.detach()
            insertBefore(child)
        }
        remove()
    }

    /// A deep copy, not yet in the tree.
    package func copy() -> HTMLNode { HTMLNode(xmlDocCopyNode(pointer, document, 1), document: document) }

    /// Gives the element another name, keeping its attributes and children.
    package func rename(_ name: String) {
        xmlNodeSetName(pointer, name)
    }

    package func newElement(_ name: String) -> HTMLNode { HTMLNode(xmlNewDocNode(document, nil, name, nil), document: document) }
    package func newText(_ content: String) -> HTMLNode { HTMLNode(xmlNewDocText(document, content), document: document) }
}

extension HTMLFragment {
    package static let treeParseOptions = Int32(HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NODEFDTD.rawValue)
}
