/// The picture that represents an entry.
///
/// RSS and Atom: Media RSS `media:content` and `media:thumbnail`;
/// JSON Feed: `image` (and `banner_image` for the feature image).
public struct EntryImage: Hashable, Sendable {
    /// Absolute URL of the full-size image.
    public var url: String
    /// Absolute URL of a smaller version; the full image when the post names none.
    public var thumbnailURL: String
    public var alt: String?

    public init(url: String, thumbnailURL: String? = nil, alt: String? = nil) {
        self.url = url
        self.thumbnailURL = thumbnailURL ?? url
        self.alt = alt
    }
}
