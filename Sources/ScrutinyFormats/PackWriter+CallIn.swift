import ScrutinyModel

extension PackWriter {
    /// The council file's call-in rules and working days, as `PackCouncilReader` reads them.
    static func callInLines(_ body: Body) -> [String] {
        var lines: [String] = []
        if let rules = body.callInRules {
            lines += ["call-in period: \(rules.period)", "call-in ends at: \(MeetingTime.clock(minutes: rules.endsAt))"]
            if let by = rules.by { lines.append("call-in by: \(line(by))") }
            lines.append("call-in urgent decisions: \(rules.urgentExempt ? "exempt" : "not exempt")")
            lines.append("call-in once: \(rules.once ? "yes" : "no")")
            if let days = rules.hearingWithin { lines.append("call-in hearing within: \(days) working days") }
            if let days = rules.reconsiderationWithin { lines.append("call-in reconsider in: \(days) working days") }
            if !rules.grounds.isEmpty { lines.append("call-in grounds: " + line(rules.grounds.joined(separator: "; "))) }
        }
        if let calendar = body.workingCalendar {
            lines.append("bank holidays: \(calendar.nation.rawValue)")
            if !calendar.closures.isEmpty { lines.append("closure days: " + calendar.closures.map(\.iso).joined(separator: ", ")) }
        }
        return lines
    }
}
