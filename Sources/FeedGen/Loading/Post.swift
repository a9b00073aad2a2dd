import Foundation

/// What a post's front matter decides, read without rendering its body:
/// enough to choose which posts reach the feed.
public struct Post: Sendable, Codable, Equatable {
    public var file: PostFile
    public var title: String
    public var date: Date
    public var updated: Date?
    /// Site-relative path from the permalink pattern or the post's `permalink`.
    public var permalinkPath: String
    /// `draft: true` or `published: false`.
    public var isDraft: Bool
    var frontMatter: FrontMatter
    /// Warnings found while reading the front matter, repeated whenever the post is used.
    var warnings: [Diagnostic]
}

extension Diagnostic: Codable {
    enum CodingKeys: String, CodingKey { case severity, path, line, column, message }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            try container.decode(String.self, forKey: .severity) == "warning" ? .warning : .error,
            SourceLocation(
                path: try container.decode(String.self, forKey: .path),
                line: try container.decodeIfPresent(Int.self, forKey: .line),
                column: try container.decodeIfPresent(Int.self, forKey: .column)
            ),
            try container.decode(String.self, forKey: .message)
        )
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(severity.rawValue, forKey: .severity)
        try container.encode(location.path, forKey: .path)
        try container.encodeIfPresent(location.line, forKey: .line)
        try container.encodeIfPresent(location.column, forKey: .column)
        try container.encode(message, forKey: .message)
    }
}
