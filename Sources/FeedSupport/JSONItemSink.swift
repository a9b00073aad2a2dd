/// Where a JSON document read a chunk at a time puts the elements of its
/// top-level object's "items" arrays instead of keeping them: JSON Feed's
/// items, which `feedgen validate` checks one by one and forgets.
package protocol JSONItemSink: AnyObject {
    /// An "items" member starts (its value may not be an array).
    func begin()
    /// The next element of that array.
    func add(_ item: JSONValue)
}
