import Foundation

/// The files `feedgen validate` is given, with each folder standing for the
/// feed files directly inside it (hidden files left out), in name order.
package enum FeedFiles {
    /// A folder with no file a feed is named as.
    package struct EmptyFolder: Error, Equatable {
        package var path: String
        package var message: String { FeedReason.noFeedFiles(folder: path).message }
    }

    /// The name extensions of feed files, as publishers name them.
    static let extensions: Set<String> = ["xml", "json", "atom", "rss"]

    package static func expand(_ paths: [String]) throws(EmptyFolder) -> [String] {
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue,
                  let names = try? FileManager.default.contentsOfDirectory(atPath: path)
            else {
                files.append(path)
                continue
            }
            let feeds = names.sorted().filter { !$0.hasPrefix(".") && extensions.contains(($0 as NSString).pathExtension.lowercased()) }
            if feeds.isEmpty { throw EmptyFolder(path: path) }
            files += feeds.map { (path as NSString).appendingPathComponent($0) }
        }
        return files
    }
}
