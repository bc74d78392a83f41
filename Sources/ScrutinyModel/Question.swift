/// A member's question or comment on an item, in the order it was put.
public struct Question: Hashable, Sendable, Codable {
    public var id: String
    public var itemID: String
    public var position: Int
    /// Who asked: "Cllr Priya Shah", "The Committee", "Members".
    public var speaker: String?
    public var text: String

    public init(id: String, itemID: String, position: Int, speaker: String?, text: String) {
        self.id = id
        self.itemID = itemID
        self.position = position
        self.speaker = speaker
        self.text = text
    }
}

/// An officer's (or portfolio holder's) response. It may answer one question, several,
/// or stand alone.
public struct Response: Hashable, Sendable, Codable {
    public var id: String
    public var itemID: String
    public var position: Int
    public var speaker: String?
    public var text: String
    /// Ids of the questions this answers; empty when it stands alone.
    public var answers: [String]

    public init(id: String, itemID: String, position: Int, speaker: String?, text: String,
                answers: [String] = []) {
        self.id = id
        self.itemID = itemID
        self.position = position
        self.speaker = speaker
        self.text = text
        self.answers = answers
    }
}
