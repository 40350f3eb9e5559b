import Testing
@testable import VisitDesk

@Suite("Built-in playbooks")
struct PlaybookBuiltInTests {
    @Test func agentHasNineStagesAndDebtorEight() throws {
        #expect(try BuiltInPlaybooks.agent.stages.count == 9)
        #expect(try BuiltInPlaybooks.debtor.stages.count == 8)
        #expect(BuiltInPlaybooks.all.map(\.id) == ["agent", "debtor"])
        #expect(try BuiltInPlaybooks.agent.role == .agent)
        #expect(try BuiltInPlaybooks.debtor.role == .debtor)
    }

    @Test func togetherTheyHoldAtLeastFortyItems() {
        let total = BuiltInPlaybooks.all.flatMap(\.stages).flatMap(\.items).count
        #expect(total >= 40)
    }

    @Test(arguments: BuiltInPlaybooks.all)
    func everyTextExistsInChineseAndEnglish(playbook: Playbook) {
        var texts = [playbook.title]
        for stage in playbook.stages {
            texts.append(stage.title)
            for item in stage.items {
                texts.append(item.text)
                if let hint = item.hint { texts.append(hint) }
            }
        }
        for text in texts {
            #expect(!text.zh.isEmpty && !text.en.isEmpty, "\(text)")
            #expect(text.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "no Chinese in \(text.zh)")
            #expect(text.en.unicodeScalars.allSatisfy { $0.value < 0x2E80 }, "Chinese in the English text \(text.en)")
        }
    }

    @Test(arguments: BuiltInPlaybooks.all)
    func itemAndStageIDsAreUniqueAndPrefixedByTheirStage(playbook: Playbook) {
        let itemIDs = playbook.stages.flatMap(\.items).map(\.id)
        #expect(Set(itemIDs).count == itemIDs.count)
        #expect(Set(playbook.stages.map(\.id)).count == playbook.stages.count)
        for stage in playbook.stages {
            #expect(!stage.items.isEmpty)
            for item in stage.items {
                #expect(item.id.hasPrefix(stage.id + "."), "\(item.id) is not in stage \(stage.id)")
            }
        }
    }

    @Test(arguments: BuiltInPlaybooks.all)
    func everyStageHasARequiredItem(playbook: Playbook) {
        for stage in playbook.stages {
            #expect(stage.items.contains { $0.required }, "stage \(stage.id)")
        }
    }

    @Test(arguments: BuiltInPlaybooks.all)
    func eachPurposeIsProvedByExactlyOneItemBeforeTheDebtIsDiscussed(playbook: Playbook) throws {
        let firstDebtStage = try #require(playbook.stages.firstIndex { $0.discussesDebt })
        for purpose in ItemPurpose.allCases {
            let items = playbook.stages.flatMap(\.items).filter { $0.purpose == purpose }
            #expect(items.count == 1, "\(purpose) in \(playbook.id)")
            let stageIndex = try #require(playbook.stages.firstIndex { $0.items.contains { $0.purpose == purpose } })
            #expect(stageIndex < firstDebtStage, "\(purpose) comes after the debt is discussed")
            #expect(items.first?.required == true)
        }
    }

    @Test func agentPurposesSitOnTheArrivalAndIdentityItems() throws {
        let agent = try BuiltInPlaybooks.agent
        #expect(agent.item("arrival.staff-id")?.purpose == .staffIDShown)
        #expect(agent.item("arrival.authorisation")?.purpose == .authorisationShown)
        #expect(agent.item("arrival.recording-announced")?.purpose == .recordingAnnounced)
        #expect(agent.item("identity.right-person")?.purpose == .rightPersonConfirmed)
    }

    @Test func debtIsDiscussedInTheConversationToConfirmationStagesAndTheDebtorsTalkAndConfirm() throws {
        #expect(try BuiltInPlaybooks.agent.stages.filter(\.discussesDebt).map(\.id) == ["conversation", "living", "plan", "confirmation"])
        #expect(try BuiltInPlaybooks.debtor.stages.filter(\.discussesDebt).map(\.id) == ["talk", "confirm"])
    }

    @Test func builtInPlaybookIsFoundByID() throws {
        #expect(try BuiltInPlaybooks.playbook(id: "debtor") == BuiltInPlaybooks.debtor)
        #expect(BuiltInPlaybooks.playbook(id: "nobody") == nil)
    }
}

extension Playbook: CustomTestStringConvertible {
    /// Parameterised tests name a playbook by its id rather than by its whole contents.
    public var testDescription: String { id }
}
