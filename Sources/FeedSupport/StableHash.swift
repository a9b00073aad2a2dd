/// FNV-1a, 64 bits: a hash that is the same in every process, unlike
/// Swift's `Hasher`, so it can be stored in the build cache.
package struct StableHash {
    package private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    package init() {}

    package mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
    }

    package mutating func add(_ string: String) {
        add(string.utf8)
        add([0])
    }

    package mutating func add(_ number: Int64) {
        withUnsafeBytes(of: number.littleEndian) { add($0) }
    }

    package var hex: String { String(value, radix: 16) }
}
