import ScrutinyModel

/// The council file's call-in rules and working days:
///
///     call-in period: 5 working days        # or "8 days", calendar days
///     call-in ends at: 17:00
///     call-in by: the chair and two other members of the committee
///     call-in urgent decisions: exempt      # or "not exempt"
///     call-in once: yes
///     call-in hearing within: 7 working days
///     call-in reconsider in: 10 working days
///     call-in grounds: inadequate consultation; outside the budget; reasons not given
///     bank holidays: England and Wales      # Scotland, Northern Ireland
///     closure days: 2026-12-29, 2026-12-30, 2026-12-31
extension PackCouncilReader {
    /// The rules, when the file gives any of them; nil leaves the defaults (five working days, 17:00).
    func callInRules() throws -> CallInRules? {
        let keys = ["period", "ends at", "by", "urgent decisions", "once", "hearing within", "reconsider in", "grounds"]
        guard keys.contains(where: { outline.value("call-in " + $0) != nil }) else { return nil }
        var rules = CallInRules()
        if let period = outline.value("call-in period"), !rules.setPeriod(period.value) {
            throw fail(period.line, "the call-in period is written \"5 working days\" or \"8 days\", not \"\(period.value)\"")
        }
        if let hour = outline.value("call-in ends at") {
            guard let minutes = Self.clock(hour.value) else {
                throw fail(hour.line, "the hour call-in ends is written 17:00 or 12:00, not \"\(hour.value)\"")
            }
            rules.endsAt = minutes
        }
        if let by = outline.value("call-in by") {
            guard CallInThreshold(text: by.value) != nil else {
                throw fail(by.line, "call-in by says how many sign, as \"the chair and two other members of the committee\", "
                           + "\"any five councillors\" or \"three non-executive members\", not \"\(by.value)\"")
            }
            rules.by = by.value
        }
        if let urgent = outline.value("call-in urgent decisions") {
            guard ["exempt", "not exempt"].contains(urgent.value.lowercased()) else {
                throw fail(urgent.line, "call-in urgent decisions is \"exempt\" or \"not exempt\", not \"\(urgent.value)\"")
            }
            rules.urgentExempt = urgent.value.lowercased() == "exempt"
        }
        if outline.value("call-in once") != nil { rules.once = try PackValues(fail: fail).yesNo(outline.value("call-in once")) }
        rules.hearingWithin = try workingDays("call-in hearing within")
        rules.reconsiderationWithin = try workingDays("call-in reconsider in")
        rules.grounds = outline.value("call-in grounds").map { $0.value.split(separator: ";").map { String($0).trimmed }.filter { !$0.isEmpty } } ?? []
        return rules
    }

    /// The nation whose bank holidays count and the council's own closure days; nil when neither is given.
    func workingCalendar() throws -> WorkingCalendar? {
        let nation = outline.value("bank holidays"), closures = outline.value("closure days")
        guard nation != nil || closures != nil else { return nil }
        var calendar = WorkingCalendar()
        if let nation {
            guard let named = UKNation.allCases.first(where: { $0.rawValue.lowercased() == nation.value.lowercased() }) else {
                throw fail(nation.line, "bank holidays are those of " + UKNation.allCases.map(\.rawValue).joined(separator: ", ")
                           + ", not \"\(nation.value)\"")
            }
            calendar.nation = named
        }
        if let closures {
            calendar.closures = try closures.value.split(separator: ",").map { text in
                guard let day = CalendarDate(iso: String(text).trimmed) else {
                    throw fail(closures.line, "closure days are dates written YYYY-MM-DD, separated by commas, not \"\(text.trimmed)\"")
                }
                return day
            }
        }
        return calendar
    }

    private func workingDays(_ key: String) throws -> Int? {
        guard let property = outline.value(key) else { return nil }
        let words = property.value.split(separator: " ")
        guard words.count == 3, let count = Int(words[0]), (1...90).contains(count), words[1] == "working", words[2].hasPrefix("day") else {
            throw fail(property.line, "\(key) is written \"7 working days\", not \"\(property.value)\"")
        }
        return count
    }

    /// "17:00" → 1,020 minutes after midnight.
    static func clock(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute) else {
            return nil
        }
        return hour * 60 + minute
    }
}

/// A committee's work-programme criteria:
///
///     programme criteria: public interest; impact; council priority; performance; timeliness
///     programme scores: 0 to 2
///     programme cut-off: 6
extension PackCouncilReader {
    func programmeCriteria(_ section: MarkdownOutline.Section) throws -> ProgrammeCriteria? {
        guard let names = section.value("programme criteria") else {
            if let stray = section.value("programme scores") ?? section.value("programme cut-off") {
                throw fail(stray.line, "\"programme criteria:\" names what topics are scored against, before their scores and cut-off")
            }
            return nil
        }
        var criteria = ProgrammeCriteria(names: names.value.split(separator: ";").map { String($0).trimmed }.filter { !$0.isEmpty })
        guard !criteria.names.isEmpty else { throw fail(names.line, "programme criteria are named, separated by semicolons") }
        if let scores = section.value("programme scores") {
            let words = scores.value.split(separator: " ")
            guard words.count == 3, words[0] == "0", words[1] == "to", let top = Int(words[2]), (1...10).contains(top) else {
                throw fail(scores.line, "programme scores are written \"0 to 2\" (the top score at most 10), not \"\(scores.value)\"")
            }
            criteria.maximum = top
        }
        if let cutOff = section.value("programme cut-off") {
            guard let value = Int(cutOff.value), (0...criteria.names.count * criteria.maximum).contains(value) else {
                throw fail(cutOff.line, "the programme cut-off is a total from 0 to \(criteria.names.count * criteria.maximum), not \"\(cutOff.value)\"")
            }
            criteria.cutOff = value
        }
        return criteria
    }
}
