import Testing
@testable import VisitDesk

/// What the seeds ask of the built-in playbooks' content: the debtor's rights stage leads with
/// the emergency and complaint steps, and the agent is told plainly that "asked to leave" ends it.
struct PlaybookSeedFidelityTests {
    @Test func theDebtorsRightsStageStartsWith110ThenTheLenderThenTheRegulator() throws {
        let debtor = try #require(PlaybookLibrary().playbook(id: "debtor"))
        let rights = try #require(debtor.stages.first { $0.id == "rights" })
        #expect(rights.items.prefix(3).map(\.id) == ["rights.police", "rights.complaint", "rights.regulator"])
        #expect(rights.items[0].text.zh.contains("110") && rights.items[0].text.en.contains("will not leave"))
        #expect(rights.items[1].text.en.contains("lender's official complaint channel"))
        #expect(rights.items[2].text.en.contains("regulator") && rights.items[2].hint?.zh.contains("12378") == true)
    }

    @Test func theAgentIsToldThatAskedToLeaveStopsTheVisit() throws {
        let agent = try #require(PlaybookLibrary().playbook(id: "agent"))
        #expect(agent.item("departure.left")?.hint?.en.contains("the visit stops") == true)
        #expect(agent.item("arrival.consent-to-enter")?.hint?.en.contains("if asked to leave, stop") == true)
        #expect(EndReason.askedToLeave.label(for: .agent).en == "Asked to leave — the visit must stop now")
    }

    @Test func theConversationPointsToTheDebtorsAccount() throws {
        let agent = try #require(PlaybookLibrary().playbook(id: "agent"))
        #expect(agent.item("conversation.reason")?.hint?.en.contains("Press a") == true)
    }
}
