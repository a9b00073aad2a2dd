import FeedModel
/// Where a feed document keeps its entries: the elements that are validated
/// against the schema a batch at a time, and that `feedgen validate` reads,
/// checks and forgets one by one. A document whose root is not `root` has
/// no entries in this sense: it is validated whole.
package struct XMLEntryPath: Sendable {
    /// An element's local name and namespace URI ("" for none).
    package struct Name: Sendable, Equatable {
        package var local: String
        package var namespace: String

        package init(_ local: String, in namespace: String) {
            self.local = local
            self.namespace = namespace
        }
    }

    package var root: Name
    /// The root's first child of this name holds the entries (RSS's
    /// `channel`); `nil` when the root holds them itself (Atom's `feed`).
    package var holder: Name?
    package var entry: Name
    /// The other roots the schema reads (Atom's Entry Document, `entry`):
    /// the content of a root that is neither these nor `root` cannot matter
    /// to the schema, which refuses the root itself.
    package var otherRoots: [Name]

    package init(root: Name, holder: Name? = nil, entry: Name, otherRoots: [Name] = []) {
        self.root = root
        self.holder = holder
        self.entry = entry
        self.otherRoots = otherRoots
    }
}
