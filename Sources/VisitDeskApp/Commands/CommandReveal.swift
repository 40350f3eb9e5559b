import Foundation
import VisitDesk

/// `--reveal` on a command: the cases whose phone and ID number are about to be shown in
/// full are logged in the store first, as a reveal in the desk is. When the log cannot be
/// written, nothing is revealed.
enum CommandReveal {
    static func record(_ cases: [LoanCase], in store: VisitStore, at date: Date = Date()) throws(CommandFailure) {
        do {
            try store.recordRevealOutsideDesk(caseIDs: cases.compactMap(\.id), fields: PersonalField.allCases, at: date)
        } catch {
            throw .revealNotRecorded(reason: error.description)
        }
    }
}
