/// Why a file could not be read, with the file and line: "minutes.md:41: unknown outcome "passed"".
public struct FormatError: Error, CustomStringConvertible, Equatable, Sendable {
    public var file: String
    /// The line the problem is on, from 1; nil when it concerns the whole file.
    public var line: Int?
    public var cause: String

    public init(file: String, line: Int?, _ cause: String) {
        self.file = file
        self.line = line
        self.cause = cause
    }

    public var description: String {
        if let line { return "\(file):\(line): \(cause)" }
        return "\(file): \(cause)"
    }
}
