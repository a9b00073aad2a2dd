import Foundation

/// The folders a post may be read from: the site's folder (the one its
/// config file is in) and the posts folder, as real paths. A symbolic link
/// below the posts folder is followed only while its target stays inside
/// them, so a link in a cloned repository (`secret.md -> /etc/shadow`,
/// `root -> /`) never puts another file of the machine into a feed.
package struct SiteBoundary: Sendable {
    /// Real paths, without a trailing slash.
    let roots: [String]

    package init(siteFolder: URL, postsFolder: URL) {
        roots = [siteFolder, postsFolder].compactMap { Self.realPath($0.standardizedFileURL.path) }
    }

    /// Whether `path`, once every link in it is resolved, is inside one of the roots.
    func contains(_ path: String) -> Bool {
        guard let real = Self.realPath(path) else { return false }
        return roots.contains { root in root == "/" || real == root || real.hasPrefix(root + "/") }
    }

    /// Where a link leads, for messages: its real path, else what it says.
    static func target(of path: String) -> String {
        if let real = realPath(path) { return real }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        return count > 0 ? String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) : path
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
