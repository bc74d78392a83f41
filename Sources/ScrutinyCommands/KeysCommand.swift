import ArgumentParser
import ScrutinyUI

struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Print the key reference (docs/keys.md) from the keymaps.")

    func run() throws {
        Output.line(KeyReference.markdown)
    }
}
