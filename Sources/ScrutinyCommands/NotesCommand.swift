import ArgumentParser
import Foundation
import ScrutinyFormats
import ScrutinyModel
import ScrutinyStore

struct NotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notes",
        abstract: "List, add, change and export your notes (your private ones and everyone's shared ones).",
        subcommands: [NotesListCommand.self, NotesAddCommand.self, NotesEditCommand.self, NotesDeleteCommand.self,
                      NotesExportCommand.self],
        defaultSubcommand: NotesListCommand.self)
}

/// What every notes command opens: the papers store and the member's notes over it.
struct NotesContext {
    let store: PapersStore
    let notes: MemberNotes

    /// `forReading` for a command that only lists or exports: the papers store is not written
    /// by a byte (the member's notebook may be, when it is new).
    init(_ options: StoreOptions, _ member: MemberOptions, forReading: Bool = false) throws {
        (store, _) = try options.open(forReading: forReading)
        notes = try member.open(papers: store, addingFlags: !forReading)
    }

    /// Flag ids for names or ids as typed.
    func flagIDs(_ names: [String]) throws -> [String] {
        try names.map { name in
            guard let flag = try store.flag(named: name) else {
                let known = try store.flags().map(\.name).joined(separator: ", ")
                throw CommandError("there is no flag \"\(name)\"; the flags are: \(known) (add one with `scrutiny flags add`)")
            }
            return flag.id
        }
    }

    func flagNames() throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try store.flags(includingRetired: true).map { ($0.id, $0.name) })
    }
}

/// Options that choose notes, shared by `list` and `export`.
struct NoteFilterOptions: ParsableArguments {
    @Option(help: "Only notes with this flag (name or id).")
    var flag: String?

    @Option(help: "Only notes with this status: open, raised or resolved.")
    var status: Note.Status?

    @Option(help: "Only notes on this committee's papers (id or name).")
    var committee: String?

    @Option(help: "Only notes on this agenda item.")
    var item: String?

    @Option(help: "Only notes on this meeting and its items.")
    var meeting: String?

    func filter(_ context: NotesContext) throws -> NoteFilter {
        var filter = NoteFilter(status: status, itemID: item, meetingID: meeting)
        if let flag { filter.flag = try context.flagIDs([flag])[0] }
        if let committee {
            let listings = try context.store.meetings()
            guard let match = listings.first(where: { $0.meeting.committeeID == committee
                || $0.committeeName.lowercased() == committee.lowercased() }) else {
                throw CommandError("there is no committee \"\(committee)\" with meetings in the store")
            }
            filter.committee = match.meeting.committeeID
        }
        return filter
    }
}

extension Note.Status: ExpressibleByArgument {
    public init?(argument: String) {
        switch argument.lowercased() {
        case "raised at meeting": self = .raised
        default: self.init(rawValue: argument.lowercased())
        }
    }
}

/// "high", "normal", "low" or 1–3.
struct Priority: ExpressibleByArgument, CustomStringConvertible {
    var value: Int

    /// "normal": how `--help` shows the default.
    var description: String { Note.priorityName(value) }

    init?(argument: String) {
        switch argument.lowercased() {
        case "high", "1": value = 1
        case "normal", "2": value = 2
        case "low", "3": value = 3
        default: return nil
        }
    }
}

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(iso: argument)
    }
}

struct NotesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List notes, newest first.")

    @OptionGroup var options: StoreOptions
    @OptionGroup var member: MemberOptions
    @OptionGroup var filter: NoteFilterOptions

    func run() throws {
        let context = try NotesContext(options, member, forReading: true)
        let listings = try context.notes.listings(try filter.filter(context))
        let names = try context.flagNames()
        if options.json { return try Output.json(listings.map { NoteJSON($0, flagNames: names) }) }
        if listings.isEmpty { Output.line("No notes.") }
        for listing in listings {
            let note = listing.note
            let flags = note.flags.map { names[$0] ?? $0 }
            Output.line("\(note.id)  \(listing.place)")
            Output.line("    on \(listing.targetLabel) · " + ConcernsReport.facts(note).joined(separator: " · ")
                        + (flags.isEmpty ? "" : " · " + flags.joined(separator: ", "))
                        + (note.author == context.notes.member ? "" : " · by \(note.author)"))
            for line in note.text.split(separator: "\n", omittingEmptySubsequences: false) { Output.line("    \(line)") }
        }
    }
}

struct NotesAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a note on a meeting, item, paragraph, question, response or resolution.")

    @OptionGroup var options: StoreOptions
    @OptionGroup var member: MemberOptions

    @Option(help: "On this meeting.") var meeting: String?
    @Option(help: "On this agenda item.") var item: String?
    @Option(help: "On a paragraph of this document (with --paragraph or --position).") var document: String?
    @Option(help: "The paragraph's number, the ¶ shown on screen and in search hits.") var paragraph: Int?
    @Option(help: "The paragraph's position in the document, from 1, as `show item --json` gives it (a heading has only this).")
    var position: Int?
    @Option(help: "On this question.") var question: String?
    @Option(help: "On this response.") var response: String?
    @Option(help: "On this resolution.") var resolution: String?

    @Option(help: "The note's text; \"-\" reads it from standard input.") var text = ""
    @Option(help: "A flag (name or id); give it again for more.") var flag: [String] = []
    @Option(help: "high, normal or low.") var priority = Priority(argument: "normal")!
    @Option(help: "open, raised or resolved.") var status = Note.Status.open
    @Option(help: "A date to follow it up by (YYYY-MM-DD).") var followUp: CalendarDate?
    @ArgumentParser.Flag(help: "Share the note with everyone who reads this papers store (notes are private unless shared).")
    var shared = false

    func target(_ store: PapersStore) throws -> NoteTarget {
        if let meeting { return .meeting(meeting) }
        if let item { return .item(item) }
        if let document {
            let position = try position ?? store.paragraphPosition(document: document, number: paragraph!)
            return .paragraph(document: document, position: position, quote: "")
        }
        if let question { return .question(question) }
        if let response { return .response(response) }
        return .resolution(resolution!)
    }

    func validate() throws {
        let given = [meeting, item, document, question, response, resolution].compactMap { $0 }.count
        guard given == 1 else {
            throw ValidationError("say what the note is on: one of --meeting, --item, --document with --paragraph, --question, --response, --resolution")
        }
        if document != nil && (paragraph == nil) == (position == nil) { throw ValidationError("--document needs --paragraph or --position") }
        if document == nil && (paragraph != nil || position != nil) { throw ValidationError("--paragraph and --position need --document") }
    }

    func run() throws {
        let context = try NotesContext(options, member)
        let body = text == "-" ? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self) : text
        let note = try context.notes.add(on: try target(context.store), text: body, flags: try context.flagIDs(flag), priority: priority.value,
                                         status: status, followUp: followUp, visibility: shared ? .shared : .private)
        if options.json {
            return try Output.json(NoteJSON(try context.store.listings([note])[0], flagNames: try context.flagNames()))
        }
        Output.line("Added \(note.visibility.rawValue) note \(note.id).")
    }
}

struct NotesEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "edit", abstract: "Change one of your notes.")

    @OptionGroup var options: StoreOptions
    @OptionGroup var member: MemberOptions

    @Argument(help: "The note's id, as `notes list` shows it.") var id: String
    @Option(help: "New text; \"-\" reads it from standard input.") var text: String?
    @Option(help: "Add this flag; give it again for more.") var flag: [String] = []
    @Option(help: "Take this flag off.") var removeFlag: [String] = []
    @Option(help: "high, normal or low.") var priority: Priority?
    @Option(help: "open, raised or resolved.") var status: Note.Status?
    @Option(help: "A date to follow it up by (YYYY-MM-DD), or \"none\".") var followUp: String?
    @ArgumentParser.Flag(help: "Share the note.") var shared = false
    @ArgumentParser.Flag(help: "Make the note private again.") var `private` = false

    func run() throws {
        let context = try NotesContext(options, member)
        guard var note = try context.notes.note(id: id) else { throw CommandError("you have no note \(id)") }
        if let text { note.text = text == "-" ? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self) : text }
        let removed = try context.flagIDs(removeFlag)
        note.flags = note.flags.filter { !removed.contains($0) }
        for added in try context.flagIDs(flag) where !note.flags.contains(added) { note.flags.append(added) }
        if let priority { note.priority = priority.value }
        if let status { note.status = status }
        if let followUp {
            if followUp == "none" { note.followUp = nil } else {
                guard let date = CalendarDate(iso: followUp) else { throw CommandError("--follow-up is a date such as 2026-12-01, or none") }
                note.followUp = date
            }
        }
        if shared { note.visibility = .shared }
        if `private` { note.visibility = .private }
        let saved = try context.notes.save(note)
        if options.json {
            return try Output.json(NoteJSON(try context.store.listings([saved])[0], flagNames: try context.flagNames()))
        }
        Output.line("Saved note \(saved.id).")
    }
}

struct NotesDeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete one of your notes (needs --yes).")

    @OptionGroup var options: StoreOptions
    @OptionGroup var member: MemberOptions

    @Argument(help: "The note's id.") var id: String
    @ArgumentParser.Flag(help: "Yes, delete it: there is no undo.") var yes = false

    func run() throws {
        let context = try NotesContext(options, member)
        guard let note = try context.notes.note(id: id) else { throw CommandError("you have no note \(id)") }
        guard yes else {
            throw CommandError("this deletes the note \"\(NoteTarget.quote(note.text, limit: 60))\" for good; run again with --yes to delete it")
        }
        try context.notes.delete(id: id)
        Output.line("Deleted note \(id).")
    }
}

struct NotesExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "A concerns report to take to a meeting: your notes grouped by flag.")

    @OptionGroup var options: StoreOptions
    @OptionGroup var member: MemberOptions
    @OptionGroup var filter: NoteFilterOptions

    @Option(help: "md, csv or json.") var format = ConcernsReport.Format.md
    @Option(help: "Write to this new file instead of standard output.") var output: String?
    @ArgumentParser.Flag(help: "Replace the --output file if it exists.") var force = false

    func run() throws {
        let context = try NotesContext(options, member, forReading: true)
        let chosen = try filter.filter(context)
        let listings = try context.notes.listings(chosen)
        // Asked for one flag, the report has that flag's group alone.
        let flags = try context.store.flags(includingRetired: true).filter { chosen.flag == nil || $0.id == chosen.flag }
        let report = ConcernsReport(member: context.notes.member, date: Today.date(), flags: flags, notes: listings)
        try Output.write(try report.text(format, flagNames: try context.flagNames()), to: output, replacing: force)
    }
}

extension ConcernsReport.Format: ExpressibleByArgument {}
