/// An element of a parsed XML document, copied out of libxml2 so that the
/// semantic checks are plain Swift.
struct XMLNode: Sendable {
    var name: String
    /// Namespace URI, or "" for none.
    var namespace: String
    var attributes: [String: String]
    /// The concatenated text of the element's direct text and CDATA children.
    var text: String
    var line: Int
    var children: [XMLNode]

    func children(_ name: String, in namespace: String) -> [XMLNode] {
        children.filter { $0.name == name && $0.namespace == namespace }
    }

    func child(_ name: String, in namespace: String) -> XMLNode? {
        children.first { $0.name == name && $0.namespace == namespace }
    }
}
