import FeedSupport
import Foundation

/// Every post file below the posts folder in path order, the order in which
/// posts are read, cached and tie-broken, with its stamp.
package struct PostListing {
    /// The posts folder, shared by every file.
    package let folder: String
    /// How messages print the posts folder.
    package let displayFolder: String
    /// Below the posts folder.
    package let relativePaths: [String]
    /// Each file's stamp; `nil` for one that vanished while the folder was read.
    package let stamps: [FileStamp?]

    var files: [PostFile] {
        relativePaths.map { PostFile(folder: folder, relativePath: $0, displayFolder: displayFolder) }
    }

    /// The scanned posts, sorted by the bytes of their paths: plain, the same
    /// in every locale, and far cheaper than comparing Strings.
    package init(_ scan: PostFolderScan) {
        // One buffer for every path, so that sorting compares bytes in place.
        var names: [UInt8] = []
        names.reserveCapacity(scan.batches.reduce(0) { $0 + $1.names.count })
        var paths: [Range<Int>] = []
        var unsortedStamps: [FileStamp?] = []
        for batch in scan.batches {
            let base = names.count
            for index in batch.starts.indices {
                let range = batch.range(index)
                paths.append((base + range.lowerBound)..<(base + range.upperBound))
                unsortedStamps.append(batch.stamps.isEmpty ? nil : batch.stamps[index])
            }
            names += batch.names
        }
        let (order, relativePaths) = names.withUnsafeBufferPointer { names in
            let order = paths.indices.sorted { a, b in
                Self.order(of: UnsafeBufferPointer(rebasing: names[paths[a]]), against: UnsafeBufferPointer(rebasing: names[paths[b]])) < 0
            }
            return (order, order.map { String(decoding: UnsafeBufferPointer(rebasing: names[paths[$0]]), as: UTF8.self) })
        }
        folder = scan.folder
        displayFolder = scan.displayFolder
        self.relativePaths = relativePaths
        stamps = order.map { unsortedStamps[$0] }
    }

    /// The files `keep` says yes to, in the same order.
    func filtered(_ keep: (String) -> Bool) -> PostListing {
        let kept = relativePaths.indices.filter { keep(relativePaths[$0]) }
        return PostListing(folder: folder, displayFolder: displayFolder, relativePaths: kept.map { relativePaths[$0] }, stamps: kept.map { stamps[$0] })
    }

    private init(folder: String, displayFolder: String, relativePaths: [String], stamps: [FileStamp?]) {
        self.folder = folder
        self.displayFolder = displayFolder
        self.relativePaths = relativePaths
        self.stamps = stamps
    }

    /// How `path`'s UTF-8 bytes sort against `bytes`: below, at or above zero,
    /// as `memcmp` says; paths are compared on every build, so as bytes, not Characters.
    package static func order(of path: String, against bytes: UnsafeBufferPointer<UInt8>) -> Int {
        path.utf8.withContiguousStorageIfAvailable { order(of: $0, against: bytes) }
            ?? (path.utf8.elementsEqual(bytes) ? 0 : path.utf8.lexicographicallyPrecedes(bytes) ? -1 : 1)
    }

    static func order(of path: UnsafeBufferPointer<UInt8>, against bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let shared = min(path.count, bytes.count)
        let order = shared == 0 ? 0 : memcmp(path.baseAddress!, bytes.baseAddress!, shared)
        return order != 0 ? Int(order) : path.count - bytes.count
    }

    /// Identifies a listing whatever order the folders were read in: the
    /// number of files, and the sum and the exclusive or of one hash per file
    /// (its path and stamp).
    package struct Fingerprint: Equatable, CustomStringConvertible {
        var count: Int
        var sum: UInt64
        var xor: UInt64

        package init(hashes: [UInt64]) {
            count = hashes.count
            sum = hashes.reduce(0, &+)
            xor = hashes.reduce(0, ^)
        }

        /// The fingerprint of parts scanned separately.
        init(combining parts: [Fingerprint]) {
            count = parts.reduce(0) { $0 + $1.count }
            sum = parts.reduce(0) { $0 &+ $1.sum }
            xor = parts.reduce(0) { $0 ^ $1.xor }
        }

        package init?(_ text: Substring) {
            let parts = text.split(separator: "-")
            guard parts.count == 3, let count = Int(parts[0]), let sum = UInt64(parts[1], radix: 16), let xor = UInt64(parts[2], radix: 16) else { return nil }
            (self.count, self.sum, self.xor) = (count, sum, xor)
        }

        package var description: String { "\(count)-\(String(sum, radix: 16))-\(String(xor, radix: 16))" }

        static func hash(_ path: UnsafeBufferPointer<UInt8>, _ stamp: FileStamp?) -> UInt64 {
            var hash = StableHash()
            hash.add(path)
            hash.add([0])
            hash.add(stamp?.size ?? -1)
            hash.add(stamp?.modified ?? -1)
            hash.add(stamp?.changed ?? -1)
            // FNV's last bytes reach only the low bits; a sum needs every bit mixed (splitmix64's finaliser).
            var mixed = hash.value
            mixed = (mixed ^ (mixed >> 30)) &* 0xbf58_476d_1ce4_e5b9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94d0_49bb_1331_11eb
            return mixed ^ (mixed >> 31)
        }
    }
}
