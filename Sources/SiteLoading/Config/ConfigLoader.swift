import FeedSupport
import Foundation

/// Reads config.json into a `SiteConfig`, reporting every problem with the
/// line of the key it is about.
package enum ConfigLoader {
    /// Every key config.json may hold; anything else is a typo or a mistake.
    package static let keys = [
        "title", "url", "description", "language", "author", "authors", "posts", "output",
        "feeds_url", "permalink", "timezone", "limit", "excerpt_only", "excerpt_separator",
        "icon", "logo", "image_base", "formats", "files", "ids", "titles", "markdown", "authors_file", "category_feeds", "tag_feeds", "hugo",
        "max_bytes", "archives", "hubs", "translations",
    ]

    package static func load(from file: URL) throws(ConfigError) -> SiteConfig {
        let path = DisplayPath.of(file)
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: file))
        } catch {
            throw ConfigError([.error(SourceLocation(path: path), ConfigReason.cannotReadConfig(describe(error)))])
        }
        return try parse(bytes, path: path, baseFolder: file.deletingLastPathComponent())
    }

    package static func parse(_ bytes: [UInt8], path: String, baseFolder: URL) throws(ConfigError) -> SiteConfig {
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw ConfigError([.error(SourceLocation(path: path, line: error.location.line, column: error.location.column), ConfigReason.notValid(language: "JSON", error.message))])
        }
        var reader = ConfigReader(path: path, root: root)
        guard var config = reader.read(baseFolder: baseFolder), !reader.problems.hasErrors else { throw ConfigError(reader.problems) }
        config.fingerprint = fingerprint(of: config, bytes: bytes, baseFolder: baseFolder)
        // Each translation is read only once the main config is sound, so that its problems are its own.
        config.translations = reader.translations(of: config, baseFolder: baseFolder).map { name, translated in
            var translated = translated
            translated.fingerprint = fingerprint(of: translated, bytes: bytes + Array("translations.\(name)".utf8), baseFolder: baseFolder)
            return SiteConfig.Translation(name: name, config: translated)
        }
        guard !reader.problems.hasErrors else { throw ConfigError(reader.problems) }
        return config
    }

    private static func fingerprint(of config: SiteConfig, bytes: [UInt8], baseFolder: URL) -> String {
        var hash = StableHash()
        hash.add(baseFolder.standardizedFileURL.path)
        hash.add(bytes)
        // The authors file is read with the config, and posts' authors come from it.
        for (key, person) in config.authors.sorted(by: { $0.key < $1.key }) {
            // A present but empty e-mail writes differently from none.
            for field in [key, person.name, person.email.map { "=" + $0 } ?? "", person.url.map { "=" + $0 } ?? ""] { hash.add(field) }
        }
        return hash.hex
    }
}

/// Everything wrong with a config file.
package struct ConfigError: Error, Equatable {
    package var diagnostics: [Diagnostic]
    package init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
