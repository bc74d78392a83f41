import ScrutinyModel
import Testing

/// Who may call a decision in, as three councils' constitutions put it, counted against the
/// signatures of a request: what is missing is said, and whose signatures do not count.
@Suite struct CallInThresholdTests {
    let chair = CallInThreshold.Signer(name: "Cllr Ada Moss", councillor: true, executive: false, seat: "Chair")
    let vice = CallInThreshold.Signer(name: "Cllr Ben Hart", councillor: true, executive: false, seat: "Vice-Chair")
    let member = CallInThreshold.Signer(name: "Cllr Cara Lee", councillor: true, executive: false, seat: "Member")
    let backbencher = CallInThreshold.Signer(name: "Cllr Dev Rao", councillor: true, executive: false, seat: nil)
    let cabinetMember = CallInThreshold.Signer(name: "Cllr Eve Fox", councillor: true, executive: true, seat: nil)
    let officer = CallInThreshold.Signer(name: "Gil Pike", councillor: false, executive: false, seat: nil)

    @Test func theWordsOfThreeConstitutionsAreCounted() throws {
        #expect(CallInThreshold(text: "the chair and two other members of the committee")
            == CallInThreshold(pool: .committee, others: 2, chair: true))
        #expect(CallInThreshold(text: "any five councillors") == CallInThreshold(pool: .councillors, others: 5))
        #expect(CallInThreshold(text: "Any 3 non-executive members") == CallInThreshold(pool: .nonExecutive, others: 3))
        #expect(CallInThreshold(text: "the chair or vice-chair and one member of the committee")
            == CallInThreshold(pool: .committee, others: 1, chair: true, viceChairMay: true))
        #expect(CallInThreshold(text: "the chair of the scrutiny committee") == CallInThreshold(pool: .committee, others: 0, chair: true))
        #expect(CallInThreshold(text: "members, as the constitution says") == nil)
    }

    @Test func theChairAndTwoMembers() throws {
        let rule = try #require(CallInThreshold(text: "the chair and two other members of the committee"))
        let met = rule.check([chair, vice, member], committee: "Resources Scrutiny", chairName: "Cllr Ada Moss")
        #expect(met.missing == nil && met.counted.count == 3)
        let short = rule.check([vice, member, backbencher, member], committee: "Resources Scrutiny", chairName: "Cllr Ada Moss")
        #expect(short.missing == "the chair of Resources Scrutiny (Cllr Ada Moss)")
        #expect(short.notCounted == ["Cllr Dev Rao": "not a member of Resources Scrutiny"])
        #expect(rule.check([chair], committee: "Resources Scrutiny", chairName: nil).missing == "2 more members of it")
    }

    @Test func anyFiveCouncillors() throws {
        let rule = try #require(CallInThreshold(text: "any five councillors"))
        let short = rule.check([backbencher, cabinetMember, officer, member], committee: "Scrutiny", chairName: nil)
        #expect(short.missing == "2 more councillors" && short.notCounted == ["Gil Pike": "not a councillor of the council"])
        #expect(rule.check([backbencher, cabinetMember, member, chair, vice], committee: "Scrutiny", chairName: nil).missing == nil)
    }

    @Test func threeNonExecutiveMembers() throws {
        let rule = try #require(CallInThreshold(text: "three non-executive members"))
        let short = rule.check([backbencher, cabinetMember, chair], committee: "Scrutiny", chairName: nil)
        #expect(short.missing == "1 more non-executive councillor" && short.notCounted == ["Cllr Eve Fox": "a member of the executive"])
        #expect(rule.check([backbencher, member, chair], committee: "Scrutiny", chairName: nil).missing == nil)
    }
}
