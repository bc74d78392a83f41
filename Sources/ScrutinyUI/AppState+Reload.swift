extension AppState {
    /// What to read again when the store or the member's notebook changed (this process or
    /// another): every live console and agenda in the stack (one beneath an item page keeps
    /// current badges), the screen on top, and the flags the flag list offers.
    var reloads: [Effect] {
        var effects: [Effect] = []
        for screen in stack {
            switch screen {
            case .live(let live): effects.append(.loadLive(live.meetingID))
            case .agenda(let agenda): effects.append(.loadMeeting(agenda.meetingID))
            default: break
            }
        }
        switch current {
        case .meetings: effects.append(.loadMeetings)
        case .item(let screen): effects += [.loadItem(screen.itemID), .loadNotes(screen.itemID)]
        case .concerns: effects.append(.loadConcerns)
        default: break
        }
        return effects + [.loadFlags]
    }
}
