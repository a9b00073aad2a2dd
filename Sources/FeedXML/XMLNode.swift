import FeedModel
/// An element of a parsed XML document, copied out of libxml2 so that the
/// semantic checks are plain Swift.
package struct XMLNode: Sendable {
    package var name: String
    /// Namespace URI, or "" for none.
    package var namespace: String
    package var attributes: [String: String]
    /// The concatenated text of the element's direct text and CDATA children.
    package var text: String
    package var line: Int
    package var children: [XMLNode]

    package func children(_ name: String, in namespace: String) -> [XMLNode] {
        children.filter { $0.name == name && $0.namespace == namespace }
    }

    package func child(_ name: String, in namespace: String) -> XMLNode? {
        children.first { $0.name == name && $0.namespace == namespace }
    }
}
