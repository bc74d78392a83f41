/// The 64-bit FNV-1a hash: a small, stable checksum for recognising unchanged text.
/// Not for security; Swift's own `Hasher` is seeded per process and cannot be stored.
public struct FNV1a: Sendable {
    @usableFromInline var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    @inlinable
    public mutating func add(_ text: String) {
        for byte in text.utf8 { add(byte) }
        add(0xff) // a separator that cannot occur in UTF-8
    }

    @inlinable
    public mutating func add(_ byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 0x0000_0100_0000_01b3
    }

    public var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The checksum of some bytes.
    @inlinable
    public static func hex(of bytes: some Sequence<UInt8>) -> String {
        var hash = FNV1a()
        for byte in bytes { hash.add(byte) }
        return hash.hex
    }
}
