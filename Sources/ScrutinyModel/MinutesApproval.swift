/// A later meeting's resolution that the minutes of a meeting be approved "as a correct record",
/// sometimes with amendments: until then the minutes are a draft.
public struct MinutesApproval: Hashable, Sendable {
    /// The meeting that approved them, and its day.
    public var meetingID: String
    public var day: CalendarDate?
    public var resolutionID: String
    /// What the approval changed, in its words ("subject to … "), when it changed anything.
    public var amendments: String?

    public init(meetingID: String, day: CalendarDate?, resolutionID: String, amendments: String? = nil) {
        self.meetingID = meetingID
        self.day = day
        self.resolutionID = resolutionID
        self.amendments = amendments
    }

    /// What a resolution approving minutes says: the day of the meeting whose minutes they are
    /// (nil for "the previous meeting"), and its amendments. Nil when it approves no minutes.
    /// "That the minutes of the meeting held on 11 March 2025 be agreed as a correct record",
    /// "The minutes of the last meeting were approved as a true record, subject to …".
    public static func read(_ text: String) -> (day: CalendarDate?, amendments: String?)? {
        let flat = text.replacing("\n", with: " ")
        guard flat.firstMatch(of: /(?i)\bminutes\b/) != nil,
              flat.firstMatch(of: /(?i)\b(approved|agreed|confirmed|signed|accepted)\b[^.]{0,60}\b(correct|true|accurate)\s+record\b/) != nil
        else { return nil }
        var day: CalendarDate?
        if let match = flat.firstMatch(of: /(?i)\b(?:held on|meeting of|meeting on|dated)\s+(?:\w+day\s+)?(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<m>[A-Za-z]+)\s+(?<y>\d{4})/),
           let month = monthNames.firstIndex(where: { match.m.lowercased().hasPrefix($0) }) {
            day = CalendarDate(year: Int(match.y)!, month: month + 1, day: Int(match.d)!)
        } else if let match = flat.firstMatch(of: /\b(?<d>\d{1,2})\/(?<m>\d{1,2})\/(?<y>\d{4})\b/) {
            day = CalendarDate(year: Int(match.y)!, month: Int(match.m)!, day: Int(match.d)!)
        } else if let match = flat.firstMatch(of: /\b\d{4}-\d{2}-\d{2}\b/) {
            day = CalendarDate(iso: match.output)
        }
        let amendments = flat.firstMatch(of: /(?i)\b(?:subject to|with)\s+(?:the\s+following\s+)?(?<what>amendments?\b.*)$/)
            .map { String($0.what.split(separator: " ").joined(separator: " ")) }
        return (day, amendments)
    }

    private static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
}

/// Where a held meeting's minutes stand.
public enum MinutesStanding: Hashable, Sendable {
    case approved(MinutesApproval)
    /// A draft until the committee's next meeting, on the day given when one is known.
    case draft(nextMeeting: CalendarDate?)
    /// Not approved although the committee has met again since.
    case notApproved(nextMeeting: CalendarDate)

    /// "Minutes confirmed as a correct record on Tue 24 Feb 2026, with amendments", "Minutes:
    /// draft until the next meeting (Tue 13 Oct 2026)", "Minutes NOT APPROVED at the next meeting (…)".
    public var summary: String {
        switch self {
        case .approved(let approval):
            "Minutes confirmed as a correct record" + (approval.day.map { " on \($0.short)" } ?? "")
                + (approval.amendments == nil ? "" : ", with amendments")
        case .draft(let next): "Minutes: draft until approved" + (next.map { " at the next meeting (\($0.short))" } ?? "")
        case .notApproved(let next): "Minutes NOT APPROVED at the next meeting (\(next.short))"
        }
    }
}
