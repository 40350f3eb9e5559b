import TUI
import VisitDesk

/// The start-visit form: role and playbook (Space chooses; the playbooks are those of the
/// role, custom ones included), visitors as `name[/badge], …`, location.
enum StartVisitForm {
    struct Request: Equatable {
        var role: Role
        var playbookID: String
        var visitors: [Visitor]
        var location: String
    }

    static let roleField = 0, playbookField = 1, visitorsField = 2, locationField = 3

    static func make(language: Language, playbooks: PlaybookLibrary) -> Form {
        var form = Form(fields: [
            FormField(label: UIText.role[language], kind: .choice(options: Role.allCases.map { $0.label[language] }, selected: 0)),
            FormField(label: UIText.playbook[language], kind: .choice(options: [], selected: 0)),
            FormField(label: UIText.visitorsField[.agent][language], kind: .text(LineEditor())),
            FormField(label: UIText.location[language], kind: .text(LineEditor())),
        ])
        follow(&form, playbooks: playbooks, language: language)
        return form
    }

    /// The appointment a visit started today most likely keeps: the first one today, else the
    /// nearest upcoming one, else the most recent one (a visit made after the agreed day).
    static func appointment(in records: CaseRecords, today: CalendarDay) -> Appointment? {
        let standing = records.appointments
        return standing.first { $0.day == today } ?? standing.first { $0.day > today } ?? standing.last
    }

    /// Fills the visitors and the location from `appointment`, as suggestions the first key
    /// typed replaces; only while both are still empty (nothing typed is overwritten).
    static func prefill(_ form: inout Form, from appointment: Appointment) {
        guard form.text(at: visitorsField).isEmpty, form.text(at: locationField).isEmpty else { return }
        let visitors = SafeText.neutralised(VisitorList.typed(appointment.visitors))
        form.fields[visitorsField].kind = .text(LineEditor(visitors))
        form.fields[visitorsField].isPrefilled = !visitors.isEmpty
        form.fields[locationField].kind = .text(LineEditor(SafeText.neutralised(appointment.place)))
        form.fields[locationField].isPrefilled = !appointment.place.isEmpty
    }

    /// The role chosen in `form`.
    static func role(of form: Form) -> Role {
        let roles = Role.allCases
        return roles[min(form.choice(at: roleField), roles.count - 1)]
    }

    /// The playbooks offered for the chosen role, in the order the field lists them.
    static func playbooks(of form: Form, in library: PlaybookLibrary) -> [Playbook] {
        library.playbooks(for: role(of: form))
    }

    /// Makes the playbook field list the playbooks of the chosen role, keeping the one chosen
    /// when it is still among them (the first otherwise).
    static func follow(_ form: inout Form, playbooks library: PlaybookLibrary, language: Language) {
        form.fields[visitorsField].label = UIText.visitorsField[role(of: form)][language]
        let options = playbooks(of: form, in: library).map { SafeText.neutralised($0.title[language]) }
        guard case .choice(let shown, let selected) = form.fields[playbookField].kind, shown != options else { return }
        let chosen = shown.indices.contains(selected) ? shown[selected] : nil
        form.fields[playbookField].kind = .choice(options: options, selected: chosen.flatMap(options.firstIndex(of:)) ?? 0)
    }

    /// The request, or the form with an error beside each bad field (all of them at once).
    static func parse(_ form: Form, playbooks library: PlaybookLibrary, language: Language) -> Result<Request, FormWithErrors> {
        var form = form
        for index in form.fields.indices { form.fields[index].error = nil }
        let role = role(of: form)
        for index in [visitorsField, locationField] {
            if let unsafe = SafeText.firstUnsafeCharacter(in: form.text(at: index)) {
                form.fields[index].error = LocalizedText(
                    zh: "第 \(unsafe.column) 个字符是控制字符 \(unsafe.name)，请删除",
                    en: "character \(unsafe.column) is the control character \(unsafe.name); remove it")[language]
            }
        }
        let offered = playbooks(of: form, in: library)
        let chosen = form.choice(at: playbookField)
        if !offered.indices.contains(chosen) {
            form.fields[playbookField].error = LocalizedText(
                zh: "没有\(role.label.zh)可用的流程", en: "no playbook for the \(role.label.en.lowercased()) role")[language]
        }
        var visitors: [Visitor] = []
        if form.fields[visitorsField].error == nil {
            switch VisitorList.parse(form.text(at: visitorsField)) {
            case .success(let parsed): visitors = parsed
            case .failure(let error): form.fields[visitorsField].error = error.message(language)
            }
        }
        guard form.fields.allSatisfy({ $0.error == nil }) else { return .failure(FormWithErrors(form)) }
        let location = form.text(at: locationField).trimmingCharacters(in: .whitespaces)
        return .success(Request(role: role, playbookID: offered[chosen].id, visitors: visitors, location: location))
    }
}
