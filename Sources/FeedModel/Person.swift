/// An author of the feed or of an entry.
///
/// Atom `author`, RSS `author` (when there is an e-mail) or `dc:creator`,
/// JSON Feed `authors[]`.
public struct Person: Hashable, Sendable {
    public var name: String
    public var email: String?
    /// Absolute http(s) URL of the person's page.
    public var url: String?

    public init(name: String, email: String? = nil, url: String? = nil) {
        self.name = name
        self.email = email
        self.url = url
    }
}
