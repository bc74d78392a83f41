import ArgumentParser

struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the terminal UI (what `scrutiny` does with no command).")

    @OptionGroup var options: StoreOptions

    func run() throws {
        let (store, notice) = try options.open()
        _ = (store, notice)
        throw CommandError("the terminal UI is not built yet")
    }
}
