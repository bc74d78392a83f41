import ScrutinyModel

/// What the member tells the importer about a council page that the page does not say
/// itself: which committee and meeting it belongs to, and a title when it has none.
public struct PageContext: Sendable, Equatable {
    public var committee: String?
    public var date: CalendarDate?
    public var title: String?
    /// The day of the import: a meeting in the past whose papers give no state was held.
    public var today: CalendarDate?
    /// The other items of the meeting a page is read in, by their printed number: a
    /// declaration "in item 4" made under "Declarations of interest" belongs to item 4.
    var itemNumbers: [String: String] = [:]

    public init(committee: String? = nil, date: CalendarDate? = nil, title: String? = nil, today: CalendarDate? = nil) {
        self.committee = committee
        self.date = date
        self.title = title
        self.today = today
    }
}
