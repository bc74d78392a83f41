/// A resolution of a scrutiny committee that reads as a recommendation to someone — "RESOLVED
/// that the Committee recommends to Cabinet that …", "Recommended to Full Council that …",
/// "That Cabinet be recommended to …" — offered to the clerk to confirm as one.
public struct RecommendationProposal: Hashable, Sendable {
    public var resolutionID: String
    public var committeeID: String
    public var meetingID: String
    public var itemID: String
    public var day: CalendarDate?
    public var text: String
    /// To whom, when the words say: "Cabinet", "Full Council".
    public var addressee: String?

    public init(resolutionID: String, committeeID: String, meetingID: String, itemID: String, day: CalendarDate?, text: String,
                addressee: String?) {
        self.resolutionID = resolutionID
        self.committeeID = committeeID
        self.meetingID = meetingID
        self.itemID = itemID
        self.day = day
        self.text = text
        self.addressee = addressee
    }

    /// The recommendation it makes, to be numbered when recorded; to whom as its words say,
    /// unless `addressee` is given.
    public func draft(addressee given: String? = nil) -> Recommendation {
        Recommendation(id: "", reference: "", committeeID: committeeID, meetingID: meetingID, itemID: itemID, resolutionID: resolutionID,
                       text: text, addressee: given ?? addressee ?? "", agreed: day)
    }

    /// Whether `text` recommends, and to whom when it says: nil when it does not recommend;
    /// `.some(nil)` when it recommends without naming the addressee.
    public static func addressee(in text: String) -> String?? {
        let flat = text.replacing("\n", with: " ")
        if let match = flat.firstMatch(of: /(?i:recommend(?:s|ed)?\s+to\s+)(?<to>(?:the\s+)?[A-Z][\w'’&\- ]{1,48}?)\s+(?i:that)\b/) {
            return .some(tidy(String(match.to)))
        }
        if let match = flat.firstMatch(of: /^(?i:that\s+)?(?<to>(?:the\s+)?(?:Cabinet|Executive|Full Council|Council|Leader[\w ]{0,40}?))\s+(?i:be\s+recommended)\b/) {
            return .some(tidy(String(match.to)))
        }
        if flat.firstMatch(of: /(?i)\brecommends?\s+that\b/) != nil { return .some(nil) }
        return nil
    }

    /// "the Cabinet" → "Cabinet"; "Full Council" stays.
    private static func tidy(_ name: String) -> String {
        let trimmed = name.trimmingPrefix(/(?i)the\s+/)
        return String(trimmed).split(separator: " ").joined(separator: " ")
    }
}
