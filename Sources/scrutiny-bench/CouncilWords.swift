import ScrutinyModel

/// Words of council papers drawn with Zipf's law: the k-th most frequent word turns up in
/// proportion to 1/k. The head is the English and council words of real reports; the long
/// tail is made-up place and family names, so rare words are really rare.
struct CouncilWords {
    static let head: [String] = """
        the of and to a in for be that is on with as by will this are council from an which it has \
        have at or been not services report committee residents would its their all should also \
        service new year budget any these members more was other were can cabinet within there may \
        including local people them public through support provide where such whether than current \
        following officers review plan strategy over policy into proposed approach work costs funding \
        our under further one two three each management key community areas area data risk process \
        number development authority use financial delivery set out period need performance made \
        against between provision impact well during while access contract housing information \
        officer appendix consultation programme savings available recommendation agreed identified \
        social care children adult schools transport planning digital customer online systems \
        system capital revenue growth staff team quarter annual update progress project projects \
        assessment equality implications legal requirements statutory duty value money investment \
        resources income expenditure pressures demand target targets monitoring outcomes partners \
        partnership health wellbeing safety environmental climate carbon energy waste recycling \
        highways parking libraries leisure parks licensing enforcement procurement tender supplier \
        contracts framework governance audit assurance controls compliance security cyber network \
        infrastructure broadband connectivity telephony contact centre channel channels residents' \
        older vulnerable families households tenants landlord repairs homelessness accommodation \
        temporary affordable homes rent arrears benefits hardship inclusion exclusion skills training \
        volunteers voluntary sector grants bids scheme schemes pilot trial evaluation feedback survey \
        responses engagement representations objections ward wards councillor councillors chair \
        scrutiny overview decision decisions executive portfolio holder director head interim \
        transformation efficiency modernisation accessibility disabled equalities protected \
        characteristics deprivation poverty cost living inflation pay award pension reserves \
        balances borrowing treasury prudential indicators forecast outturn variance overspend \
        underspend mitigation mitigations actions action register corporate priorities objectives \
        vision ambitions commitments resident satisfaction complaints compliments enquiries calls \
        abandoned waiting times response average median month months weeks days
        """.split(separator: " ").map(String.init)

    static let syllables = ["ash", "bar", "bran", "bury", "by", "cal", "dal", "den", "don", "fen", "ford", "gar",
                            "ham", "holm", "hurst", "kel", "ley", "lin", "mar", "mer", "mor", "nor", "pen", "ros",
                            "sel", "stow", "thorn", "ton", "ul", "ven", "wal", "wick", "wor", "yar"]

    /// Council phrases members search for; one is woven into a sentence now and then.
    static let phrases = ["digital exclusion", "equality impact assessment", "cyber security", "value for money",
                          "climate emergency", "adult social care", "temporary accommodation", "call-in",
                          "customer access strategy", "data protection impact assessment"]

    let words: [String]
    private let cumulative: [Double]

    init(tail: Int, random: inout SeededRandom) {
        var made: [String] = []
        var seen = Set(Self.head)
        let s = Self.syllables
        for a in s { for b in s where a != b { made.append(a + b) } }
        for a in s { for b in s { for c in s where a != b && b != c { made.append(a + b + c) } } }
        // A fixed shuffle of the made-up names, so which are rare depends on the seed.
        for index in stride(from: made.count - 1, to: 0, by: -1) { made.swapAt(index, random.below(index + 1)) }
        var tailWords: [String] = []
        for word in made where tailWords.count < tail && seen.insert(word).inserted { tailWords.append(word) }
        words = Self.head + tailWords
        var total = 0.0
        cumulative = words.indices.map { rank in
            total += 1 / Double(rank + 1)
            return total
        }
    }

    func draw(_ random: inout SeededRandom) -> String {
        let target = Double(random.next() >> 11) / Double(1 << 53) * cumulative[cumulative.count - 1]
        var low = 0, high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] < target { low = middle + 1 } else { high = middle }
        }
        return words[low]
    }

    func sentence(_ random: inout SeededRandom) -> String {
        var parts = (0..<random.between(8...26)).map { _ in draw(&random) }
        if random.chance(0.05) { parts.insert(random.pick(Self.phrases), at: random.below(parts.count + 1)) }
        let text = parts.joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst() + "."
    }

    func paragraph(_ random: inout SeededRandom, sentences: ClosedRange<Int> = 1...4) -> String {
        (0..<random.between(sentences)).map { _ in sentence(&random) }.joined(separator: " ")
    }
}
