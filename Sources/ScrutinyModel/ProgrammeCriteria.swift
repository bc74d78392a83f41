/// The criteria a committee scores proposed topics against, from its section of the council
/// file: each scored from 0 to `maximum`, and a topic whose total falls below `cutOff` not
/// taken on ("0–2 on each of five criteria, 6 to go forward").
public struct ProgrammeCriteria: Hashable, Sendable, Codable {
    public var names: [String]
    public var maximum: Int
    public var cutOff: Int?

    public init(names: [String], maximum: Int = 2, cutOff: Int? = nil) {
        self.names = names
        self.maximum = maximum
        self.cutOff = cutOff
    }

    /// The criterion `text` names: any case, or the start of its name ("public" for "Public interest").
    public func criterion(_ text: String) -> String? {
        let lower = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !lower.isEmpty else { return nil }
        return names.first { $0.lowercased() == lower } ?? names.first { $0.lowercased().hasPrefix(lower) }
    }

    /// "public interest=2" read against the criteria, or why not.
    public func score(_ text: String) -> Result<(String, Int), ProgrammeError> {
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let value = Int(parts[1].filter { !$0.isWhitespace }) else {
            return .failure(ProgrammeError("a score is written \"criterion=2\", not \"\(text)\""))
        }
        guard let name = criterion(parts[0]) else {
            return .failure(ProgrammeError("\"\(parts[0])\" is not one of the committee's criteria: \(names.joined(separator: "; "))"))
        }
        guard (0...maximum).contains(value) else { return .failure(ProgrammeError("\(name) is scored 0 to \(maximum), not \(value)")) }
        return .success((name, value))
    }

    /// "7 of 10 (cut-off 6)", "5 of 10: below the cut-off of 6", "3 of 10 so far (2 criteria unscored)".
    public func standing(_ scores: [String: Int]) -> String {
        let total = scores.values.reduce(0, +)
        let unscored = names.filter { scores[$0] == nil }.count
        var text = "\(total) of \(names.count * maximum)"
        if unscored > 0 { return text + " so far (\(unscored) \(unscored == 1 ? "criterion" : "criteria") unscored)" }
        if let cutOff { text += total < cutOff ? ": below the cut-off of \(cutOff)" : " (cut-off \(cutOff))" }
        return text
    }

    /// Whether every criterion is scored and the total falls short of the cut-off.
    public func belowCutOff(_ scores: [String: Int]) -> Bool {
        guard let cutOff, names.allSatisfy({ scores[$0] != nil }) else { return false }
        return scores.values.reduce(0, +) < cutOff
    }
}

/// Why a change to the work programme was refused, in words to act on.
public struct ProgrammeError: Error, Hashable, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
