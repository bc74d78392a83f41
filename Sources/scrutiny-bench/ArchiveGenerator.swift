import Foundation
import ScrutinyFormats
import ScrutinyModel

/// A council's archive made up from a seed: committees, ten years of meetings with their
/// agenda items, reports, minutes, appendices, decision records, questions and responses,
/// resolutions, exempt items and members' notes. Written as a paper pack (`pack/`), the same
/// text as plain files for the baselines (`text/`, one paragraph a line), the notes to add
/// (`notes.tsv`) and what was made (`archive.json`).
struct ArchiveGenerator {
    struct Query: Codable {
        var name: String
        var text: String
        var documents: Int  // documents containing it
    }

    /// Changes whenever the same seed would make a different archive.
    static let version = 1

    struct Manifest: Codable {
        var version = ArchiveGenerator.version
        var seed: UInt64
        var generateSeconds = 0.0
        var documents = 0, meetings = 0, items = 0, committees = 0, questions = 0, resolutions = 0, notes = 0
        var paragraphs = 0, words = 0, textBytes = 0
        var queries: [Query] = []
        var longestDocument = ""   // its text file, relative to the archive
        var longestItem = ""
        var longestParagraphs = 0
        var largestMeeting = ""
        var largestMeetingItems = 0
    }

    static let today = CalendarDate(year: 2026, month: 11, day: 22)!
    static let committeeNames = [
        "Cabinet", "Council", "Overview and Scrutiny Committee", "Audit and Governance Committee", "Planning Committee",
        "Licensing Committee", "Health and Wellbeing Board", "Housing Scrutiny Panel", "Children's Services Scrutiny Panel",
        "Environment and Climate Committee", "Resources Scrutiny Committee", "Standards Committee", "Pensions Committee",
        "Corporate Parenting Panel", "Employment Committee", "Community Safety Partnership Board",
    ]
    static let topics = ["Digital Strategy", "Customer Access Strategy", "Library Wi-Fi upgrade", "Budget monitoring",
                         "Treasury management", "Housing repairs", "Homelessness prevention", "Leisure centre decarbonisation",
                         "Parking permits", "Waste and recycling", "Adult social care charging", "Cyber resilience",
                         "Contact centre performance", "Council tax support", "Capital programme", "Local plan",
                         "Air quality", "Community hubs", "Broadband rollout", "Equality objectives", "Risk register",
                         "Internal audit", "Procurement strategy", "School places", "Youth services"]
    static let kinds = ["update", "annual report", "review", "policy", "performance report", "consultation response",
                        "options appraisal", "business case"]
    static let headings = ["Background", "Financial implications", "Legal implications", "Equality impact",
                           "Risk management", "Consultation", "Options considered", "Recommendations", "Next steps"]

    let target: Int
    let out: String
    var random: SeededRandom
    let words: CouncilWords
    var manifest: Manifest
    var people: [Person] = []
    var notes: [String] = []
    /// Candidate query words, by how many documents hold them.
    var candidateCounts: [String: Int] = [:]
    var phraseCount = 0
    static let phrase = "equality impact assessment"
    static let common = "council"

    init(documents: Int, seed: UInt64, out: String) {
        target = documents
        self.out = out
        random = SeededRandom(state: seed)
        words = CouncilWords(tail: 20_000, random: &random)
        manifest = Manifest(seed: seed)
        // Words at several ranks, to pick a mid-frequency and a rare one once their counts are known.
        for rank in [300, 600, 1200, 2500, 5000, 10_000, 15_000, 19_000] { candidateCounts[words.words[rank]] = 0 }
        candidateCounts[Self.common] = 0
    }

    /// Writes the archive; `manifest` then says what it holds and how long it took.
    mutating func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let fm = FileManager.default
        try? fm.removeItem(atPath: out)
        try fm.createDirectory(atPath: out + "/pack", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: out + "/text", withIntermediateDirectories: true)
        let committees = makeCouncil()
        // Meetings every few weeks for ten years (to a few months ahead), spaced for about nine
        // documents a meeting; the slots run on past the end in case the papers need them.
        let first = CalendarDate(year: 2016, month: 12, day: 1)!.dayNumber
        let last = CalendarDate(year: 2027, month: 3, day: 31)!.dayNumber
        let perCommittee = max(2, target / 9 / committees.count + 1)
        let step = max(1, (last - first) / perCommittee)
        var slots: [(day: Int, committee: Committee)] = []
        for committee in committees {
            for n in 0..<perCommittee * 3 { slots.append((first + n * step + random.below(max(1, step / 4)), committee)) }
        }
        slots.sort { $0.day < $1.day }
        var previous: [String: Bool] = [:]
        for slot in slots where manifest.documents < target {
            try writeMeeting(slot.committee, on: CalendarDate(dayNumber: slot.day), hasPrevious: previous[slot.committee.id] ?? false)
            previous[slot.committee.id] = true
        }
        chooseQueries()
        manifest.notes = notes.count
        try notes.joined(separator: "\n").write(toFile: out + "/notes.tsv", atomically: true, encoding: .utf8)
        manifest.generateSeconds = (clock.now - start).milliseconds / 1000
        try encodeJSON(manifest).write(to: URL(fileURLWithPath: out + "/archive.json"))
    }

    /// The council file: committees with their members, and the officers who write reports.
    mutating func makeCouncil() -> [Committee] {
        let count = max(4, (target + 1_799) / 1_800)
        let surnames = words.words.suffix(2_000).map { $0.prefix(1).uppercased() + $0.dropFirst() }
        let forenames = ["Joan", "Ravi", "Sara", "Tom", "Priya", "Helen", "Marcus", "Aisha", "David", "Grace", "Owen", "Fatima"]
        // Four councillors a committee, as many as 400 (a million documents' archive has hundreds of
        // committees; their seats are shared out among the 400).
        let councillors = (0..<min(400, max(51, count * 4))).map { n in
            Person(id: "", name: "Cllr \(forenames[n % forenames.count]) \(surnames[n])", role: .councillor)
        }.map { Person(id: Slug.make($0.name), name: $0.name, role: .councillor) }
        let officers = ["Head of Digital Services", "Director of Finance", "Head of Customer Services", "Monitoring Officer",
                        "Head of Housing", "Director of Place"].enumerated().map { n, title in
            Person(id: Slug.make("\(forenames[(n + 5) % forenames.count]) \(surnames[500 + n])"),
                   name: "\(forenames[(n + 5) % forenames.count]) \(surnames[500 + n])", role: .officer, title: title)
        }
        people = councillors + officers
        var bundle = PaperBundle()
        bundle.body = Body(id: "brenford", name: "Brenford Borough Council")
        bundle.people = people
        for n in 0..<count {
            let name = n < Self.committeeNames.count ? Self.committeeNames[n] : "Area Committee (\(surnames[1000 + n]))"
            let kind: Committee.Kind = name == "Cabinet" ? .executive : name == "Council" ? .council
                : name.contains("Scrutiny") ? .scrutiny : name.contains("Planning") || name.contains("Licensing") ? .regulatory : .other
            let committee = Committee(id: Slug.make(name), bodyID: "brenford", name: name, kind: kind, quorum: 3)
            bundle.committees.append(committee)
            for seat in 0..<8 {
                bundle.memberships.append(Membership(committeeID: committee.id, personID: councillors[(n * 5 + seat) % councillors.count].id,
                                                     role: seat == 0 ? "Chair" : seat == 1 ? "Vice-Chair" : "Member"))
            }
        }
        try? PackWriter.council(bundle).write(toFile: out + "/pack/council.md", atomically: true, encoding: .utf8)
        manifest.committees = count
        return bundle.committees
    }

    mutating func writeMeeting(_ committee: Committee, on date: CalendarDate, hasPrevious: Bool) throws {
        let held = date < Self.today
        let meeting = Meeting(id: "\(committee.id)-\(date.iso)", committeeID: committee.id,
                              start: MeetingTime(date: date, hour: 18, minute: random.pick([0, 30])),
                              location: random.pick(["Council Chamber, Civic Centre", "Committee Room 1", "Committee Room 2"]),
                              status: held ? .held : .scheduled)
        var bundle = PaperBundle()
        bundle.meetings = [meeting]
        if held {
            bundle.attendance = people.filter { $0.role == .councillor }.prefix(8).map {
                Attendance(meetingID: meeting.id, person: $0.name, status: random.chance(0.85) ? .present : .apologies)
            }
        }
        var titles = ["Apologies for absence", "Declarations of interest"]
        if hasPrevious { titles.append("Minutes of the previous meeting") }
        for _ in 0..<random.between(3...9) {
            titles.append("\(random.pick(Self.topics)) \(random.pick(Self.kinds)) \(date.year)")
        }
        let folder = "text/\(committee.id)/\(date.iso)"
        try FileManager.default.createDirectory(atPath: "\(out)/\(folder)", withIntermediateDirectories: true)
        for (index, title) in titles.enumerated() {
            let item = AgendaItem(id: "\(meeting.id)-item-\(index + 1)", meetingID: meeting.id, number: "\(index + 1)",
                                  position: index + 1, title: title, keyDecision: committee.kind == .executive && random.chance(0.3),
                                  exemptParagraphs: index > 2 && random.chance(0.03) ? [random.pick([1, 2, 3])] : [])
            bundle.items.append(item)
            guard index >= 2 else { continue }
            try addPapers(for: item, held: held, minutes: title.hasPrefix("Minutes"), into: &bundle, folder: folder)
        }
        if bundle.items.count > manifest.largestMeetingItems {
            manifest.largestMeetingItems = bundle.items.count
            manifest.largestMeeting = meeting.id
        }
        let path = "\(out)/pack/\(PackWriter.path(of: meeting))"
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try PackWriter.meeting(bundle).write(toFile: path, atomically: false, encoding: .utf8)
        manifest.meetings += 1
        manifest.items += bundle.items.count
    }

    mutating func addPapers(for item: AgendaItem, held: Bool, minutes: Bool, into bundle: inout PaperBundle, folder: String) throws {
        var documents: [(Document.Kind, String, Int)] = minutes ? [(.minutes, "Minutes", random.between(8...24))]
            : [(.report, "Report of the \(random.pick(people.filter { $0.role == .officer }).title!)", random.between(4...16))]
        if !minutes && random.chance(0.3) {
            // Now and then a very long appendix: the consultation responses in full.
            let long = random.chance(0.01)
            documents.append((.appendix, long ? "Appendix A: Consultation responses" : "Appendix A", long ? random.between(400...800) : random.between(3...20)))
        }
        if !minutes && held && random.chance(0.1) { documents.append((.decision, "Decision record", random.between(3...6))) }
        for (position, (kind, title, count)) in documents.enumerated() where manifest.documents < target {
            var blocks: [(Paragraph.Kind, String)] = []
            for n in 0..<count {
                if kind != .minutes && n % 5 == 0 && count > 5 { blocks.append((.heading, random.pick(Self.headings))) }
                blocks.append((.text, words.paragraph(&random)))
            }
            let id = position == 0 ? "\(item.id)-\(kind.rawValue)" : "\(item.id)-\(kind.rawValue)\(position + 1)"
            bundle.documents.append(Document(id: id, itemID: item.id, kind: kind, title: title,
                                             exempt: item.isExempt && kind == .report, paragraphs: Paragraph.numbered(blocks)))
            try writeText(title: "\(item.title) — \(title)", blocks.map(\.1), to: "\(folder)/\(id).txt", id: id, itemID: item.id)
            manifest.documents += 1
        }
        var record: [String] = []
        if random.chance(0.25) {
            for n in 1...random.between(1...3) {
                let asker = random.pick(people.filter { $0.role == .councillor })
                let question = Question(id: "\(item.id)-q\(n)", itemID: item.id, position: n, speaker: asker.name,
                                        text: words.paragraph(&random, sentences: 1...2))
                let response = Response(id: "\(item.id)-r\(n)", itemID: item.id, position: n,
                                        speaker: random.pick(people.filter { $0.role == .officer }).title,
                                        text: words.paragraph(&random, sentences: 1...3), answers: [question.id])
                bundle.questions.append(question)
                bundle.responses.append(response)
                record += [question.text, response.text]
            }
            manifest.questions += bundle.questions.count
        }
        if held && !minutes {
            for n in 1...random.between(1...3) {
                let votes = random.chance(0.3) ? VoteTally(for: random.between(4...8), against: random.below(3), abstain: random.below(2)) : nil
                let resolution = Resolution(id: "\(item.id)-res\(n)", itemID: item.id, position: n,
                                            label: String(UnicodeScalar(UInt8(96 + n))),
                                            text: "That " + words.sentence(&random).lowercased(),
                                            outcome: random.pick([.agreed, .noted, .approved, .agreed]),
                                            votes: votes, unanimous: votes == nil && random.chance(0.5))
                bundle.resolutions.append(resolution)
                record.append(resolution.text)
                manifest.resolutions += 1
            }
        }
        if !record.isEmpty { try writeText(title: item.title, record, to: "\(folder)/\(item.id).txt", id: nil, itemID: item.id) }
        if random.chance(0.15) {
            let flag = random.pick(Flag.defaults)
            notes.append([item.id, random.chance(0.5) ? "shared" : "private", flag.id,
                          "Ask about \(flag.name): " + words.sentence(&random)].joined(separator: "\t"))
        }
    }

    /// One paragraph a line, as a member would keep papers as text files.
    mutating func writeText(title: String, _ paragraphs: [String], to path: String, id: String?, itemID: String) throws {
        let text = ([title] + paragraphs).joined(separator: "\n") + "\n"
        try text.write(toFile: "\(out)/\(path)", atomically: false, encoding: .utf8)
        manifest.textBytes += text.utf8.count
        manifest.paragraphs += paragraphs.count
        guard id != nil else { return }
        var seen = Set<Substring>()
        for paragraph in paragraphs {
            for word in paragraph.split(whereSeparator: { $0 == " " || $0 == "." }) where candidateCounts[String(word)] != nil {
                seen.insert(word)
            }
            manifest.words += paragraph.utf8.reduce(0) { $0 + ($1 == 32 ? 1 : 0) } + 1
        }
        for word in seen { candidateCounts[String(word)]! += 1 }
        if paragraphs.contains(where: { $0.contains(Self.phrase) }) { phraseCount += 1 }
        if paragraphs.count > manifest.longestParagraphs {
            manifest.longestParagraphs = paragraphs.count
            manifest.longestDocument = path
            manifest.longestItem = itemID
        }
    }

    /// The queries timed: a word in most documents, one in about 2 %, one in about 0.1 %, and
    /// a phrase.
    mutating func chooseQueries() {
        let total = Double(max(1, manifest.documents))
        func closest(to share: Double) -> (String, Int) {
            candidateCounts.filter { $0.value > 0 && $0.key != Self.common }.min { abs(log(Double($0.value) / total / share)) < abs(log(Double($1.value) / total / share)) }
                .map { ($0.key, $0.value) } ?? ("", 0)
        }
        let mid = closest(to: 0.02), rare = closest(to: 0.001)
        manifest.queries = [
            Query(name: "rare word", text: rare.0, documents: rare.1),
            Query(name: "mid-frequency word", text: mid.0, documents: mid.1),
            Query(name: "very common word", text: Self.common, documents: candidateCounts[Self.common] ?? 0),
            Query(name: "phrase", text: "\"\(Self.phrase)\"", documents: phraseCount),
        ]
    }
}
