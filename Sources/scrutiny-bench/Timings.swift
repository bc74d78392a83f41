/// Percentiles of repeated timings, in milliseconds (nearest rank).
struct Timings: Codable {
    var runs: Int
    var p50: Double
    var p95: Double
    var p99: Double
    var max: Double

    init(_ samples: [Double]) {
        let sorted = samples.sorted()
        func rank(_ p: Double) -> Double {
            sorted.isEmpty ? 0 : sorted[Swift.min(sorted.count - 1, Swift.max(0, Int((Double(sorted.count) * p).rounded(.up)) - 1))]
        }
        runs = sorted.count
        p50 = rank(0.5)
        p95 = rank(0.95)
        p99 = rank(0.99)
        max = sorted.last ?? 0
    }
}
