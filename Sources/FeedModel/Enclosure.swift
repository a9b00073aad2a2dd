/// A file attached to an entry, such as a podcast episode.
///
/// RSS `enclosure`, Atom `link rel="enclosure"`, JSON Feed `attachments[]`.
public struct Enclosure: Hashable, Sendable {
    /// Absolute URL of the file.
    public var url: String
    /// MIME type; RSS requires one, so it is guessed from the extension when absent.
    public var type: String
    /// Size in bytes; 0 when unknown, as the RSS Advisory Board recommends.
    public var length: Int
    public var title: String?
    /// Playing time in seconds.
    public var duration: Int?

    public init(url: String, type: String, length: Int = 0, title: String? = nil, duration: Int? = nil) {
        self.url = url
        self.type = type
        self.length = length
        self.title = title
        self.duration = duration
    }
}
