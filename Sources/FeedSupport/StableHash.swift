/// FNV-1a, 64 bits: a hash that is the same in every process, unlike
/// Swift's `Hasher`, so it can be stored in the build cache.
///
/// Bytes come in through concrete types: the build hashes every post's path
/// and stamp from other targets, where a generic call is not specialised and
/// would cost more per byte than the hashing.
package struct StableHash {
    package private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    package init() {}

    package mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes { mix(byte) }
    }

    package mutating func add(_ bytes: UnsafeRawBufferPointer) {
        add(bytes.assumingMemoryBound(to: UInt8.self))
    }

    package mutating func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { add($0) }
    }

    package mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { mix(byte) }
    }

    /// FNV-1a's step, the one every `add` takes per byte.
    @inline(__always) private mutating func mix(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    /// The string's UTF-8 and a NUL, so that "ab" + "c" and "a" + "bc" differ.
    package mutating func add(_ string: String) {
        var string = string
        string.withUTF8 { add($0) }
        value = value &* 0x0000_0100_0000_01B3  // the NUL: value ^ 0 is value
    }

    package mutating func add(_ number: Int64) {
        withUnsafeBytes(of: number.littleEndian) { add($0) }
    }

    package var hex: String { String(value, radix: 16) }
}
