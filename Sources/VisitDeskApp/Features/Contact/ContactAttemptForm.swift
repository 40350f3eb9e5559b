import TUI
import VisitDesk

/// A contact attempt: channel, when (now unless changed: `HH:MM` today or `YYYY-MM-DD HH:MM`),
/// result and a note.
enum ContactAttemptForm {
    static let channelField = 0, whenField = 1, resultField = 2, noteField = 3

    static func make(_ setting: CaseRecordForm.Setting) -> Form {
        let language = setting.language
        let now = VisitClock(timeZone: setting.timeZone).dateTime(setting.now)
        return Form(fields: [
            FormField(label: UIText.channel[language], kind: .choice(options: ContactChannel.allCases.map { $0.label[language] }, selected: 0)),
            FormField(label: UIText.contactTime[language], kind: .text(LineEditor(now)), isPrefilled: true),
            FormField(label: UIText.result[language], kind: .choice(options: ContactResult.allCases.map { $0.label[language] }, selected: 0)),
            FormField(label: UIText.note[language], kind: .text(LineEditor())),
        ])
    }

    static func parse(_ form: inout Form, _ setting: CaseRecordForm.Setting) -> CaseEventKind? {
        let language = setting.language
        let at = form.read(whenField, language) { text throws(CaseRecordEntry.Refusal) in
            try CaseRecordEntry.contactTime(text, now: setting.now, timeZone: setting.timeZone)
        }
        let note = form.read(noteField, language) { text throws(CaseRecordEntry.Refusal) in try CaseRecordEntry.text(text) }
        let channels = ContactChannel.allCases, results = ContactResult.allCases
        guard let at, let note else { return nil }
        return .contactAttempted(ContactAttempt(channel: channels[min(form.choice(at: channelField), channels.count - 1)], at: at,
                                                result: results[min(form.choice(at: resultField), results.count - 1)], note: note))
    }
}
