/// SplitMix64: a small pseudo-random generator that gives the same numbers from the same
/// seed on every machine, for the import fuzz test and the benchmark's archive generator.
public struct SeededRandom: Sendable {
    public var state: UInt64

    public init(state: UInt64) {
        self.state = state
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 0 up to `n` (excluded); 0 when `n` is 0 or 1.
    public mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }
    public mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) / Double(1 << 53) < p }
    public mutating func pick<T>(_ list: [T]) -> T { list[below(list.count)] }
    public mutating func between(_ range: ClosedRange<Int>) -> Int { range.lowerBound + below(range.count) }
}
