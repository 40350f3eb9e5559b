import Foundation
import TUI
import VisitDesk

/// An open dialog's fields as kept in the store when the desk is ended by a signal, so
/// that opening the case again offers the dialog as it was (see `Dialog.keptForm`).
struct FormDraft: Codable, Equatable {
    enum Kind: Codable, Equatable {
        case startVisit
        case outcome(OutcomeCode)
        case skipReason(itemID: String)
        case visitors
        case statement
        /// A contact attempt, appointment, next action or hand mark on the case.
        case caseRecord(CaseRecordForm)
        /// The attach dialog, for the visit with this id or, when nil, for the case.
        case attachEvidence(visitID: Int64?)
    }

    var kind: Kind
    /// Each field's text, or its chosen option.
    var values: [String]
    var focus: Int

    init(kind: Kind, values: [String], focus: Int) {
        self.kind = kind
        self.values = values
        self.focus = focus
    }

    /// Reads a draft from its stored form; nil when it is not one.
    init?(encoded: String) {
        guard let draft = try? JSONDecoder().decode(FormDraft.self, from: Data(encoded.utf8)) else { return nil }
        self = draft
    }

    /// The form as stored.
    var encoded: String {
        String(decoding: (try? JSONEncoder().encode(self)) ?? Data(), as: UTF8.self)
    }

    /// `blank` with the kept values and focus.
    func filled(_ blank: Form) -> Form {
        var form = blank
        for (index, value) in zip(form.fields.indices, values) {
            switch form.fields[index].kind {
            case .text:
                if value != form.fields[index].value { form.fields[index].isPrefilled = false }
                form.fields[index].kind = .text(LineEditor(value))
            case .choice(let options, let selected):
                form.fields[index].kind = .choice(options: options, selected: options.firstIndex(of: value) ?? selected)
            }
        }
        form.focus = min(max(0, focus), max(0, form.fields.count - 1))
        return form
    }
}
