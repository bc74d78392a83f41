import TerminalCore

/// What a key can ask the reviewer's UI to do.
public enum Action: Hashable, Sendable {
    case up, down, pageUp, pageDown, first, last
    case open, back, quit
    case help, search
    case nextMatch, previousMatch
    case switchPane
    case concerns, addNote, flag, editNote, deleteNote, cycleStatus, readNote, exportReport
    case filterStatus, filterCommittee, filterText, nextCommittee, previousCommittee, calendar
    case save, nextField, previousField, nextValue, previousValue, toggle, yes, no
    case live, nextItem, previousItem, newResolution, votes, unanimous, cycleOutcome, markFinal
    case attendance, declare, remove, present, apologies, arrived, left, addAttendee, startMeeting, adjourn, endMeeting, newAction, excludePublic, draftMinutes
    case meetingRecord, tracker, filterAddressee, filterYear, proposals, markSent, makeRecommendation, setAside, callIn, programme
    case news, markRead, markAllRead
}

/// The default key bindings: one table per screen plus a global fallback. The help text
/// here is what `?` and docs/keys.md show.
public enum Keymaps {
    public static let global = Keymap<Action>(title: "Everywhere", bindings: [
        .init([.character("Q"), .control("c")], .quit, "quit from anywhere", hint: "quit"),
        .init([.escape, .character("q")], .back, "go back (q on the meetings list quits)", hint: "back"),
        .init([.character("/")], .search, "search every paper as you type", hint: "search"),
        .init([.character("?")], .help, "this help", hint: "keys"),
        .init([.character("F")], .concerns, "concerns: every note gathered by flag", hint: "concerns"),
        .init([.character("L")], .live, "live console for the meeting shown or selected, to record it as it happens", hint: "live"),
        .init([.character("w")], .meetingRecord, "who came to the meeting shown or selected, who declared what, and the matters arising from earlier meetings", hint: "who came"),
        .init([.character("W")], .programme, "the work programme of the committee shown or selected: its topics for the year, meeting by meeting",
              hint: "programme"),
        .init([.character("R")], .tracker, "the recommendations tracker: every committee's recommendations, their responses and ratings",
              hint: "recommendations"),
        .init([.character("U")], .news, "new for you: what matches the topics you watch, new meetings and papers, responses due",
              hint: "new for you"),
    ])

    public static let news = Keymap<Action>(title: "New for you", bindings: [
        .init([.enter], .open, "open the selected match where it is, the new paper or meeting (a match opened is marked read)", hint: "open"),
        .init([.character("m")], .markRead, "mark the selected match read", hint: "read"),
        .init([.character("M")], .markAllRead, "mark every match read", hint: "all read"),
    ])

    public static let tracker = Keymap<Action>(title: "Recommendations", bindings: [
        .init([.character("f")], .filterStatus,
              "show others: still followed, awaiting response, response overdue, due for review, rated red or amber, signed off, all", hint: "show"),
        .init([.character("c")], .filterCommittee, "one committee's recommendations, the next committee's, or every committee's", hint: "show"),
        .init([.character("a")], .filterAddressee, "only those made to one addressee (Cabinet, Full Council, a partner body), or to all", hint: "show"),
        .init([.character("y")], .filterYear, "only one municipal year's, or every year's", hint: "show"),
        .init([.enter], .open, "the selected recommendation with its whole history", hint: "open"),
        .init([.character("s")], .markSent, "record that the selected recommendation was sent today: its response clock starts (asks first)",
              hint: "sent"),
        .init([.character("P")], .proposals, "resolutions that read as recommendations, to record as one or set aside", hint: "proposed"),
    ])

    public static let programme = Keymap<Action>(title: "Work programme", bindings: [
        .init([.character("c")], .filterCommittee, "another committee's programme, or every committee's", hint: "show"),
        .init([.character("y")], .filterYear, "another municipal year's, or every year's", hint: "show"),
        .init([.character("s")], .cycleStatus, "move the selected topic on: proposed, planned, heard, completed", hint: "status"),
        .init([.enter], .open, "the selected topic whole: its scores, the items that heard it, its review and evidence", hint: "open"),
    ])

    public static let proposals = Keymap<Action>(title: "Proposed recommendations", bindings: [
        .init([.character("r")], .makeRecommendation, "record the selected resolution as a recommendation, to whom its words name (asks first; Enter too)",
              hint: "record"),
        .init([.character("d")], .setAside, "set it aside: it is not a recommendation and is not offered again (asks first)", hint: "set aside"),
    ])

    /// Wherever papers are shown.
    public static let notes = Keymap<Action>(title: "Notes", bindings: [
        .init([.character("a")], .addNote, "write a note on what is here: the paragraph under the cursor, the selected item or meeting", hint: "note"),
        .init([.character("f")], .flag, "flag what is here, or the selected note, from a list", hint: "flag"),
        .init([.character("v")], .readNote, "read the selected note in full", hint: "read"),
        .init([.character("e")], .editNote, "edit the selected note", hint: "edit"),
        .init([.character("d")], .deleteNote, "delete the selected note (asks first)", hint: "delete"),
        .init([.character("s")], .cycleStatus, "move the selected note on: open, raised at meeting, resolved", hint: "status"),
    ])

    public static let concerns = Keymap<Action>(title: "Concerns", bindings: [
        .init([.character("S")], .filterStatus, "show notes of every status, or only open, raised or resolved ones", hint: "status"),
        .init([.character("c")], .filterCommittee, "show notes on every committee's papers, or one committee's", hint: "committee"),
        .init([.character("t")], .filterText, "narrow the notes as you type: words of a note or its place, and from:2025 to:2025-06 (the meeting's date)",
              hint: "filter"),
        .init([.character("E")], .exportReport, "write the concerns report, as shown, to a new file: Markdown, CSV or JSON", hint: "export"),
        .init([.tab, .backTab], .switchPane, "switch between the flags and their notes", hint: "switch pane"),
        .init([.enter], .open, "on a flag: its notes; on a note: open the paper it is on", hint: "open"),
    ])

    /// In the note editor, typing goes to the text; these keys do the rest.
    public static let editor = Keymap<Action>(title: "Note editor", bindings: [
        .init([.control("s"), .function(2)], .save, "save the note", hint: "save"),
        .init([.escape], .back, "close without saving (asks when something was changed)", hint: "close"),
        .init([.tab], .nextField, "next field: text, on, private or shared, priority, status, follow-up, flags", hint: "next"),
        .init([.backTab], .previousField, "previous field"),
        .init([.right, .character(" ")], .nextValue, "on a field other than the text: next choice (flags: open the list)", hint: "change"),
        .init([.left], .previousValue, "on a field other than the text: previous choice", hint: "change"),
    ])

    public static let picker = Keymap<Action>(title: "Flag list", bindings: [
        .init([.down, .character("j")], .down, "next flag", hint: "move"),
        .init([.up, .character("k")], .up, "previous flag", hint: "move"),
        .init([.character(" "), .character("x")], .toggle, "tick or untick the flag", hint: "tick"),
        .init([.enter], .save, "done: keep the ticked flags", hint: "done"),
        .init([.escape], .back, "cancel", hint: "cancel"),
    ])

    public static let confirm = Keymap<Action>(title: "Questions", bindings: [
        .init([.left, .right, .tab, .backTab], .nextValue, "choose an answer", hint: "choose"),
        .init([.enter], .open, "give the chosen answer", hint: "answer"),
        .init([.character("y")], .yes, "yes", hint: "yes"),
        .init([.character("n"), .escape], .no, "no: keep things as they are", hint: "no"),
    ])

    /// The chair's console.
    public static let live = Keymap<Action>(title: "Live meeting", bindings: [
        .init([.character("n")], .nextItem, "take up the next item (its clock starts)", hint: "item"),
        .init([.character("p")], .previousItem, "go back to the previous item", hint: "item"),
        .init([.down, .character("j")], .down, "next resolution or declaration of the item"),
        .init([.up, .character("k")], .up, "previous resolution or declaration"),
        .init([.character("r")], .newResolution, "start a resolution on the item, labelled in the committee's style", hint: "resolve"),
        .init([.enter, .character("e")], .open, "edit the selected resolution or declaration", hint: "edit"),
        .init([.character("v")], .votes, "record the vote on the selected resolution: show of hands, named or unanimous", hint: "votes"),
        .init([.character("u")], .unanimous, "mark the selected resolution agreed unanimously"),
        .init([.character("o")], .cycleOutcome, "next outcome: agreed, noted, approved, rejected, deferred"),
        .init([.character("m")], .markFinal, "mark the selected resolution final (or back to draft), or the action done (or open)",
              hint: "final"),
        .init([.character("X")], .excludePublic, "on an exempt item: the resolution excluding the press and public (s.100A(4)), worded",
              hint: "exclude"),
        .init([.character("c")], .newAction, "record an action on the item: what, who, by when (saved as you type)", hint: "action"),
        .init([.character("D")], .declare, "record a member's declaration of interest in the item", hint: "declare"),
        .init([.character("x")], .remove, "remove the selected resolution or declaration (asks first)"),
        .init([.character("A"), .tab], .attendance, "attendance: present, apologies, arrived late, left", hint: "attendance"),
        .init([.character("S")], .startMeeting, "start the meeting now (taking up the first item starts it too)"),
        .init([.character("J")], .adjourn, "adjourn the meeting now, stopping the clock, or resume it"),
        .init([.character("M")], .draftMinutes, "draft the minutes to a new file (readable by you alone): public, or with exempt items"),
        .init([.character("E")], .endMeeting, "end the meeting (asks first): clocks stop and it is recorded as held"),
    ])

    public static let attendance = Keymap<Action>(title: "Attendance", bindings: [
        .init([.down, .character("j")], .down, "next member", hint: "member"),
        .init([.up, .character("k")], .up, "previous member", hint: "member"),
        .init([.character("p")], .present, "present from the start (or back now, if they had left)", hint: "present"),
        .init([.character("s")], .apologies, "sent apologies", hint: "apologies"),
        .init([.character("l")], .arrived, "arrived now: late, or back after leaving", hint: "arrived"),
        .init([.character("x")], .left, "left the meeting now", hint: "left"),
        .init([.character("a")], .addAttendee, "someone else present: a substitute, co-opted member, councillor or officer",
              hint: "add"),
        .init([.character("A"), .tab, .escape], .back, "back to the item", hint: "item"),
    ])

    /// In the action editor, typing goes to the field with the cursor, each key saved as it is typed.
    public static let actionEditor = Keymap<Action>(title: "Action editor", bindings: [
        .init([.escape, .control("s"), .function(2)], .back, "close the editor (every key is already saved; an empty action is dropped)",
              hint: "close"),
        .init([.control("c")], .quit, "quit"),
        .init([.tab], .nextField, "next field: what, who, by when", hint: "next"),
        .init([.backTab], .previousField, "previous field"),
    ])

    /// In the resolution editor, typing goes to the text, and each key is saved as it is typed.
    public static let resolutionEditor = Keymap<Action>(title: "Resolution editor", bindings: [
        .init([.escape, .control("s"), .function(2)], .back, "close the editor (every key is already saved)", hint: "close"),
        .init([.control("c")], .quit, "quit, leaving the resolution open to carry on with next time"),
        .init([.tab], .nextField, "next field: text, outcome, final", hint: "next"),
        .init([.backTab], .previousField, "previous field"),
        .init([.right, .character(" ")], .nextValue, "on the outcome or final: next choice", hint: "change"),
        .init([.left], .previousValue, "on the outcome or final: previous choice", hint: "change"),
    ])

    public static let votes = Keymap<Action>(title: "Votes", bindings: [
        .init([.down, .tab], .down, "next row", hint: "row"),
        .init([.up, .backTab], .up, "previous row", hint: "row"),
        .init([.right, .character(" ")], .nextValue, "next method, or the member's next vote: for, against, abstain", hint: "change"),
        .init([.left], .previousValue, "previous method or vote", hint: "change"),
        .init([.enter, .control("s")], .save, "save the votes (digits type the counts)", hint: "save"),
        .init([.escape], .back, "cancel", hint: "cancel"),
    ])

    public static let declaration = Keymap<Action>(title: "Declaration", bindings: [
        .init([.tab, .down], .nextField, "next field: member, interest, what they did, details", hint: "next"),
        .init([.backTab, .up], .previousField, "previous field"),
        .init([.right, .character(" ")], .nextValue, "next choice (not in the details)", hint: "choose"),
        .init([.left], .previousValue, "previous choice", hint: "choose"),
        .init([.enter, .control("s"), .function(2)], .save, "save the declaration", hint: "save"),
        .init([.escape], .back, "cancel", hint: "cancel"),
    ])

    public static let callInForm = Keymap<Action>(title: "Call-in", bindings: [
        .init([.tab, .down], .nextField, "next field: who signed, grounds, reasons, received; or the meeting that heard it, outcome, note",
              hint: "next"),
        .init([.backTab, .up], .previousField, "previous field"),
        .init([.right], .nextValue, "next choice: of the council's grounds, the meetings, the outcomes", hint: "choose"),
        .init([.left], .previousValue, "previous choice", hint: "choose"),
        .init([.enter, .control("s"), .function(2)], .save, "record it: the council's rules are checked, and a refusal says what is missing",
              hint: "record"),
        .init([.escape], .back, "cancel", hint: "cancel"),
    ])

    public static let attendee = Keymap<Action>(title: "Someone present", bindings: [
        .init([.tab, .down], .nextField, "next field: name, attending as, for whom, post", hint: "next"),
        .init([.backTab, .up], .previousField, "previous field"),
        .init([.right, .character(" ")], .nextValue, "next choice (not in the name or post)", hint: "choose"),
        .init([.left], .previousValue, "previous choice", hint: "choose"),
        .init([.enter, .control("s"), .function(2)], .save, "record them as present", hint: "save"),
        .init([.escape], .back, "cancel", hint: "cancel"),
    ])

    public static let reader = Keymap<Action>(title: "Reader", bindings: [
        .init([.character("/")], .search, "find in this document", hint: "find"),
        .init([.character("n")], .nextMatch, "next match", hint: "next/previous"),
        .init([.character("N")], .previousMatch, "previous match", hint: "next/previous"),
    ])

    /// In the search screen, letters go to the query; these keys do the rest.
    public static let search = Keymap<Action>(title: "Search", bindings: [
        .init([.down, .control("n")], .down, "next result (past the last: more results)", hint: "choose"),
        .init([.up, .control("p")], .up, "previous result", hint: "choose"),
        .init([.pageDown], .pageDown, "page down"),
        .init([.pageUp], .pageUp, "page up"),
        .init([.enter], .open, "open the paper at the match", hint: "open"),
        .init([.escape], .back, "close search", hint: "close"),
        .init([.control("c")], .quit, "quit"),
    ])

    /// The meetings list, before the list keys.
    public static let meetings = Keymap<Action>(title: "Meetings", bindings: [
        .init([.character("]")], .nextCommittee, "next committee", hint: "committee"),
        .init([.character("[")], .previousCommittee, "previous committee", hint: "committee"),
        .init([.character("u")], .calendar, "the Upcoming calendar across committees, or back to meetings by committee", hint: "upcoming"),
        .init([.character("c")], .filterCommittee, "only the selected meeting's committee, or every committee again", hint: "only this"),
        .init([.character("t")], .filterText, "narrow the list by text: a committee, a date (2025, March), a place; Esc shows all again",
              hint: "filter"),
    ])

    public static let list = Keymap<Action>(title: "Lists", bindings: [
        .init([.down, .character("j")], .down, "next", hint: "move"),
        .init([.up, .character("k")], .up, "previous", hint: "move"),
        .init([.pageDown, .control("f")], .pageDown, "page down"),
        .init([.pageUp, .control("b")], .pageUp, "page up"),
        .init([.home, .character("g")], .first, "first"),
        .init([.end, .character("G")], .last, "last"),
        .init([.enter, .right, .character("l")], .open, "open", hint: "open"),
        .init([.tab, .backTab], .switchPane, "switch between an agenda and the item beside it (120 columns or more)", hint: "switch pane"),
    ])

    /// Text with nothing to choose in it, such as this key reference.
    public static let scroll = Keymap<Action>(title: "Text", bindings: [
        .init([.down, .character("j")], .down, "scroll down a line", hint: "scroll"),
        .init([.up, .character("k")], .up, "scroll up a line", hint: "scroll"),
        .init([.pageDown, .character(" "), .control("f")], .pageDown, "page down", hint: "page"),
        .init([.pageUp, .control("b")], .pageUp, "page up", hint: "page"),
        .init([.home, .character("g")], .first, "top"),
        .init([.end, .character("G")], .last, "bottom"),
        .init([.left, .character("h")], .back, "back"),
    ])

    /// An item's page and a document in the reader, with the cursor on a paragraph, question,
    /// response or resolution: what the note keys act on.
    public static let page = Keymap<Action>(title: "Pages", bindings: [
        .init([.down, .character("j")], .down, "cursor to the next paragraph, question, response or resolution (a long one is read a line at a time)",
              hint: "paragraph"),
        .init([.up, .character("k")], .up, "cursor to the previous one", hint: "paragraph"),
        .init([.pageDown, .character(" "), .control("f")], .pageDown, "page down (the cursor to the first paragraph in view)", hint: "page"),
        .init([.pageUp, .control("b")], .pageUp, "page up", hint: "page"),
        .init([.home, .character("g")], .first, "top"),
        .init([.end, .character("G")], .last, "bottom, the cursor on the last paragraph"),
        .init([.left, .character("h")], .back, "back"),
        .init([.enter], .open, "read the document under the cursor by itself", hint: "read"),
        .init([.tab, .backTab], .switchPane, "switch between an item's page and its notes", hint: "notes"),
    ])

    /// An agenda item's own page.
    public static let item = Keymap<Action>(title: "Item", bindings: [
        .init([.character("C")], .callIn, "call in the decision (who signed, on what grounds), or record the committee's hearing of its call-in",
              hint: "call in"),
    ])

    /// A note read in full.
    public static let noteRead = Keymap<Action>(title: "Note", bindings: [
        .init([.enter], .open, "open the paper the note is on", hint: "open paper"),
    ])

    /// In an item's notes pane, after Tab from its page.
    public static let notesPane = Keymap<Action>(title: "Notes pane", bindings: [
        .init([.down, .character("j")], .down, "next note", hint: "choose"),
        .init([.up, .character("k")], .up, "previous note", hint: "choose"),
        .init([.enter], .editNote, "edit the selected note", hint: "edit"),
        .init([.tab, .backTab], .switchPane, "back to the item's page", hint: "page"),
    ])
}
