import Foundation

/// A size in a message, as every size limit says it: `5.0 MB`.
package func megabytes(_ count: Int64) -> String {
    String(format: "%.1f MB", Double(count) / 1_048_576)
}
