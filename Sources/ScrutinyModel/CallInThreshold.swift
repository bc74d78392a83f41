/// Who may call a decision in, counted: so many signatures from councillors, from those not on
/// the executive, or from the scrutiny committee's members, perhaps with its chair among them.
/// Read from the constitution's words in the council file's `call-in by:` ("the chair and two
/// other members of the committee", "any five councillors", "three non-executive members").
public struct CallInThreshold: Hashable, Sendable {
    public enum Pool: Hashable, Sendable {
        case councillors
        case nonExecutive
        case committee
    }

    public var pool: Pool
    /// Signatures needed besides the chair's.
    public var others: Int
    public var chair: Bool
    /// "the chair or vice-chair and …": the vice-chair may sign in the chair's place.
    public var viceChairMay: Bool

    public init(pool: Pool, others: Int, chair: Bool = false, viceChairMay: Bool = false) {
        self.pool = pool
        self.others = others
        self.chair = chair
        self.viceChairMay = viceChairMay
    }

    /// The threshold the words set, or nil when they give no number of signatures.
    public init?(text: String) {
        let lower = text.lowercased().replacing("-", with: " ")
        let words = lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let chair = words.contains("chair"), viceChairMay = chair && lower.contains("vice chair")
        // "the chair of the committee" alone: one signature, the chair's.
        guard let count = words.lazy.compactMap(Self.number).first ?? (chair ? 0 : nil) else { return nil }
        let pool: Pool = if lower.contains("non executive") { .nonExecutive }
            else if chair || lower.contains("committee") { .committee }
            else { .councillors }
        self.init(pool: pool, others: count, chair: chair, viceChairMay: viceChairMay)
    }

    private static let numberWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]

    private static func number(_ word: String) -> Int? {
        if let digits = Int(word), (1...50).contains(digits) { return digits }
        return numberWords.firstIndex(of: word).map { $0 + 1 }
    }

    /// Someone who signed a request, as the store knows them.
    public struct Signer: Hashable, Sendable {
        public var name: String
        public var councillor: Bool
        public var executive: Bool
        /// Their seat on the committee that would hear the call-in: "Chair", "Vice-Chair", "Member"; nil when not on it.
        public var seat: String?

        public init(name: String, councillor: Bool, executive: Bool, seat: String?) {
            self.name = name
            self.councillor = councillor
            self.executive = executive
            self.seat = seat
        }
    }

    /// How a request's signatures stand against the threshold.
    public struct Check: Hashable, Sendable {
        public var counted: [String]
        /// Those whose signatures do not count, each with why.
        public var notCounted: [String: String]
        /// What is still needed ("the chair of X (Cllr A) and 1 more member of it"); nil when the threshold is met.
        public var missing: String?
    }

    /// Counts `signers` for a call-in to be heard by `committee` (its name), whose chair is `chairName`.
    public func check(_ signers: [Signer], committee: String, chairName: String?) -> Check {
        var seen = Set<String>(), counted: [Signer] = [], notCounted: [String: String] = [:]
        for signer in signers where seen.insert(signer.name).inserted {
            if !signer.councillor {
                notCounted[signer.name] = "not a councillor of the council"
            } else if pool == .nonExecutive && signer.executive {
                notCounted[signer.name] = "a member of the executive"
            } else if pool == .committee && signer.seat == nil {
                notCounted[signer.name] = "not a member of \(committee)"
            } else {
                counted.append(signer)
            }
        }
        var rest = counted, needs: [String] = []
        if chair {
            let seats = viceChairMay ? ["chair", "vice-chair"] : ["chair"]
            if let index = rest.firstIndex(where: { seats.contains($0.seat?.lowercased() ?? "") }) {
                rest.remove(at: index)
            } else {
                needs.append("the chair\(viceChairMay ? " or vice-chair" : "") of \(committee)" + (chairName.map { " (\($0))" } ?? ""))
            }
        }
        let short = others - rest.count
        if short > 0 {
            let whom = switch pool {
            case .councillors: short == 1 ? "councillor" : "councillors"
            case .nonExecutive: short == 1 ? "non-executive councillor" : "non-executive councillors"
            case .committee: (short == 1 ? "member of " : "members of ") + (chair ? "it" : committee)
            }
            needs.append("\(short) more \(whom)")
        }
        return Check(counted: counted.map(\.name), notCounted: notCounted,
                     missing: needs.isEmpty ? nil : needs.joined(separator: " and "))
    }
}
