import Foundation
import ScrutinyUI
import TerminalCore

// scrutiny-bench keys [--width W] [--height H]: keystroke-to-frame time and bytes per key.
let arguments = CommandLine.arguments
func option(_ name: String, _ fallback: Int) -> Int {
    arguments.firstIndex(of: name).flatMap { arguments.indices.contains($0 + 1) ? Int(arguments[$0 + 1]) : nil } ?? fallback
}
let width = option("--width", 120)
let height = option("--height", 40)
let output = NSTemporaryDirectory() + "scrutiny-bench-\(getpid()).out"
defer { unlink(output) }
let bench = KeystrokeBench(width: width, height: height, output: output)

func sized(_ state: AppState) -> AppState {
    var state = state
    _ = state.update(.resized(width: width, height: height))
    return state
}

let down = Array(repeating: Key.down, count: 499)
let agenda = sized(BenchPapers.agenda(items: 500))
let answer = { (effect: Effect) in BenchPapers.answer(effect, agenda: agenda) }
let scenarios = [
    bench.measure("agenda of 500 items: down ×499", state: agenda, keys: down, answer: answer),
    bench.measure("agenda of 500 items: pgdn/pgup ×200", state: agenda,
                  keys: (0..<200).map { $0 % 20 < 10 ? Key.pageDown : Key.pageUp }, answer: answer),
    bench.measure("document of 2,000 paragraphs: down ×1000", state: sized(BenchPapers.longDocument(paragraphs: 2000)),
                  keys: Array(repeating: Key.down, count: 1000)),
    bench.measure("document of 2,000 paragraphs: pgdn ×300", state: sized(BenchPapers.longDocument(paragraphs: 2000)),
                  keys: Array(repeating: Key.pageDown, count: 300)),
]
print("Keystroke to frame, headless ncurses at \(width)×\(height) (update + render + diff + refresh)")
print("| scenario | keys | p50 ms | p99 ms | max ms | bytes/key |")
print("| --- | ---: | ---: | ---: | ---: | ---: |")
for r in scenarios {
    print(String(format: "| %@ | %d | %.3f | %.3f | %.3f | %.0f |", r.scenario, r.keys, r.p50, r.p99, r.max, r.bytesPerKey))
}
