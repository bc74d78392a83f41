import ScrutinyModel
import TerminalCore

extension AppState {
    /// Draws the whole screen: breadcrumb, the current screen, status bar.
    public func render(into buffer: inout ScreenBuffer) {
        buffer.fill(buffer.bounds, style: theme[.normal])
        if isTooSmall {
            TooSmallView.render(self, into: &buffer)
            return
        }
        let (top, rest) = buffer.bounds.splitTop(1)
        let (body, bottom) = rest.splitBottom(1)
        buffer.fill(top, style: theme[.titleBar])
        buffer.put(TextWidth.truncate(" " + breadcrumb, to: width), x: 0, y: 0, style: theme[.titleBar])
        switch current {
        case .meetings: MeetingsView.render(self, in: body, into: &buffer)
        case .agenda(let screen): AgendaView.render(self, screen, in: body, into: &buffer)
        case .item(let screen): ItemView.renderScreen(self, screen, in: body, into: &buffer)
        case .search(let screen): SearchView.render(self, screen, in: body, into: &buffer)
        case .reader(let screen): ReaderView.render(self, screen, in: body, into: &buffer)
        case .help(let pager): HelpView.render(self, pager, in: body, into: &buffer)
        case .noteEditor(let screen): NoteEditorView.render(self, screen, in: body, into: &buffer)
        case .concerns(let screen): ConcernsView.render(self, screen, in: body, into: &buffer)
        case .live(let screen): LiveView.render(self, screen, in: body, into: &buffer)
        case .resolutionEditor(let screen): ResolutionEditorView.render(self, screen, in: body, into: &buffer)
        case .declaration(let form): DeclarationFormView.render(self, form, item: liveItemHeading, in: body, into: &buffer)
        }
        if let overlay { OverlayView.render(self, overlay, in: body, into: &buffer) }
        buffer.fill(bottom, style: theme[.statusBar])
        var right = ""
        if case .item(let screen) = current, screen.detail != nil {
            right = ItemView.position(screen.pager, lines: screen.lines(width: ItemView.pageWidth(self)).count, height: body.height) + " "
        }
        if case .reader(let screen) = current {
            right = ItemView.position(screen.pager, lines: screen.lines(width: width).count, height: body.height) + " "
        }
        let rightWidth = TextWidth.of(right) + (right.isEmpty ? 0 : 1)
        let status = notice.map { " " + $0 } ?? " " + hints
        buffer.put(TextWidth.truncate(status, to: width - rightWidth), x: 0, y: bottom.y,
                   style: notice == nil ? theme[.statusBar] : theme[.warning])
        buffer.put(right, x: width - rightWidth + 1, y: bottom.y, style: theme[.statusBar])
    }

    /// The heading of the item the live console is on.
    var liveItemHeading: String {
        liveScreen?.live?.currentItem.map { ItemView.heading($0.listing.item) } ?? ""
    }

    /// "Scrutiny › Cabinet, Tue 8 Dec 2026 › 5. Customer Access Strategy".
    var breadcrumb: String {
        var parts = ["Scrutiny"]
        for screen in stack.dropFirst() {
            switch screen {
            case .meetings: break
            case .agenda(let agenda):
                if let detail = agenda.detail {
                    parts.append("\(detail.committee.name), \(detail.meeting.start.map { $0.date.short } ?? "date not known")")
                } else {
                    parts.append(agenda.meetingID)
                }
            case .item(let item):
                parts.append(item.detail.map { ItemView.heading($0.item) } ?? item.itemID)
            case .search:
                parts.append("Search")
            case .reader(let reader):
                parts.append(reader.document.title)
            case .help:
                parts.append("Keys")
            case .noteEditor(let editor):
                parts.append(editor.isNew ? "New note" : "Edit note")
            case .concerns:
                parts.append("Concerns")
            case .live(let live):
                parts.append(live.live.map { "Live: \($0.detail.committee.name)" } ?? live.meetingID)
            case .resolutionEditor(let editor):
                parts.append("Resolution \(editor.resolution.label)")
            case .declaration:
                parts.append("Declaration")
            }
        }
        if stack.count == 1 { parts.append("Meetings") }
        return parts.joined(separator: " › ")
    }

    /// The keys that matter on the current screen.
    var hints: String {
        switch overlay {
        case .flags: return "↑↓ move  Space tick  Enter done  Esc cancel"
        case .confirm: return "y yes  n no  ←→ choose  Enter answer"
        case .votes(let dialog) where dialog.method == .tally && dialog.row > 0: return "type the count  ↑↓ row  Enter save  Esc cancel"
        case .votes: return "←→ change  ↑↓ row  Enter save  Esc cancel"
        case nil: break
        }
        return switch current {
        case .meetings: "↑↓ move  Enter open  a note  F concerns  / search  ? keys  q quit"
        case .agenda(let agenda) where agenda.previewFocused: "↑↓ scroll the item  Tab back to the agenda  Enter open  Esc back"
        case .agenda: AgendaView.previewWidth(self) > 0 ? "↑↓ move  Enter open item  Tab item pane  / search  ? keys  Esc back"
            : "↑↓ move  Enter open item  / search  ? keys  Esc back"
        case .item(let item) where item.notesPane.focused: "↑↓ choose  Enter edit  d delete  f flags  s status  Tab page  Esc back"
        case .item: "↑↓ scroll  Enter read  a note  f flag  Tab notes  / search  ? keys  Esc back"
        case .search: "type to search  ↑↓ choose  Enter open  Esc close"
        case .reader(let reader) where reader.editingFind: "type the text to find  Enter find  Esc cancel"
        case .reader: "/ find  n/N next/previous  a note  f flag  PgUp PgDn  Esc back"
        case .help: "↑↓ scroll  Esc back"
        case .noteEditor(let editor) where editor.field == .text: "type the note  Ctrl+S save  Tab details  Esc close"
        case .noteEditor(let editor) where editor.field == .followUp: "type a date YYYY-MM-DD  Tab next  Ctrl+S save  Esc close"
        case .noteEditor: "←→ Space change  Tab next  Ctrl+S save  Esc close"
        case .concerns(let concerns) where concerns.notesFocused: "↑↓ note  Enter open paper  e edit  s status  d delete  Tab flags  Esc back"
        case .concerns: "↑↓ flag  Enter its notes  S status  c committee  Esc back"
        case .live(let live) where live.showingAttendance: "↑↓ member  p present  s apologies  l arrived  x left  A item"
        case .live: "n/p item  r resolve  e edit  v votes  m final  D declare  A attendance  ? more"
        case .resolutionEditor(let editor) where editor.field == .text: "type the resolution (saved as you type)  Tab outcome  Esc close"
        case .resolutionEditor: "←→ change  Tab next  Esc close"
        case .declaration(let form) where form.field == .detail: "type the details  Tab next  Enter save  Esc cancel"
        case .declaration: "←→ choose  Tab next  Enter save  Esc cancel"
        }
    }
}

/// What every screen shows when the terminal is below 40×12.
enum TooSmallView {
    static func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        let text = "Terminal too small. Scrutiny needs \(AppState.minimumSize.width)×\(AppState.minimumSize.height); "
            + "this one is \(state.width)×\(state.height). Enlarge it, or press Q to quit."
        for (row, line) in TextWrap.lines(text, width: state.width).enumerated() where row < state.height {
            buffer.put(line, x: 0, y: row, style: state.theme[row == 0 ? .warning : .normal])
        }
    }
}
