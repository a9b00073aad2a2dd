import FeedSupport
import Foundation

/// Why a post file could not be read; its words are `PostReason.unreadable`'s.
package enum PostReadError: Error, Equatable, Sendable {
    /// `fstat`'s size, in bytes, or `nil` when the file grew past the limit while it was read.
    case tooLarge(Int64?)
    /// A FIFO, a socket or a device: opening one could block the build for ever.
    case notRegular(String)
    /// A symbolic link whose target is outside the site folder.
    case outsideSite(target: String)
    case system(Int32)

    /// What a file of this `st_mode` is, in a message; `nil` for a regular file or a folder.
    static func kind(ofMode mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG, S_IFDIR: nil
        case S_IFIFO: "a FIFO"
        case S_IFSOCK: "a socket"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFLNK: "a symbolic link"
        default: "not a file"
        }
    }
}
