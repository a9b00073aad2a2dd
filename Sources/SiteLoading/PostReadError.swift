import FeedSupport
import Foundation

/// Why a post file could not be read.
enum PostReadError: Error, Equatable {
    /// `fstat`'s size, in bytes, or `nil` when the file grew past the limit while it was read.
    case tooLarge(Int64?)
    /// A FIFO, a socket or a device: opening one could block the build for ever.
    case notRegular(String)
    /// A symbolic link whose target is outside the site folder.
    case outsideSite(target: String)
    case system(Int32)

    var message: String {
        switch self {
        case .tooLarge(let size?):
            "the file is \(megabytes(size)), larger than the \(megabytes(Int64(PostText.maximumSize))) a post may be"
        case .tooLarge(nil):
            "the file is larger than the \(megabytes(Int64(PostText.maximumSize))) a post may be"
        case .notRegular(let kind):
            "the post is \(kind), not a regular file; it is not read"
        case .outsideSite(let target):
            "the post is a symbolic link to \(target), outside the site folder; it is not read"
        case .system(let code):
            "cannot read the post: \(String(cString: strerror(code)))"
        }
    }

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
