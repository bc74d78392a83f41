/// A command's failure, printed by ArgumentParser as "Error: …".
struct CommandError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
