import FeedWriters
import SiteLoading

/// The `<link rel="alternate">` tags that announce a site's feeds to
/// browsers and feed readers (RSS Advisory Board's autodiscovery, and the
/// same for Atom and JSON Feed).
package enum AutodiscoveryLinks {
    package static func html(for config: SiteConfig) -> [String] {
        config.formats.map { format in
            let title = XMLEscaping.attribute(config.title + (config.formats.count > 1 ? " (\(format.displayName))" : ""))
            return "<link rel=\"alternate\" type=\"\(format.mediaType)\" title=\"\(title)\" href=\"\(XMLEscaping.attribute(config.selfURL(for: format)))\">"
        }
    }
}
