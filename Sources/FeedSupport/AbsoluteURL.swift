import Foundation

/// Rules for the absolute URLs that feed readers need everywhere.
package enum AbsoluteURL {
    package static func isAbsoluteHTTP(_ string: String) -> Bool {
        guard let components = URLComponents(string: string), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty
        else { return false }
        return true
    }

    /// A front matter or config path made absolute the way Jekyll's
    /// `absolute_url` filter does: below the site's base, not the host root.
    package static func resolve(_ reference: String, siteBase: String) -> String {
        if isAbsoluteHTTP(reference) { return reference }
        if reference.hasPrefix("//") {
            // Protocol-relative: the site's own scheme.
            let scheme = URLComponents(string: siteBase)?.scheme ?? "https"
            return scheme + ":" + reference
        }
        let path = reference.hasPrefix("/") ? reference : "/" + reference
        let base = siteBase.hasSuffix("/") ? String(siteBase.dropLast()) : siteBase
        return base + path
    }
}
