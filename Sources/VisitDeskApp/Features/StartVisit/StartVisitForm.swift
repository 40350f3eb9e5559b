import TUI
import VisitDesk

/// The start-visit form: role (Space toggles), visitors as `name/badge, …`, location.
enum StartVisitForm {
    struct Request: Equatable {
        var role: Role
        var visitors: [Visitor]
        var location: String
    }

    static func make(language: Language) -> Form {
        Form(fields: [
            FormField(label: UIText.role[language], kind: .choice(options: Role.allCases.map { $0.label[language] }, selected: 0)),
            FormField(label: UIText.visitors[language], kind: .text(LineEditor())),
            FormField(label: UIText.location[language], kind: .text(LineEditor())),
        ])
    }

    /// The request, or the form with an error beside each bad field.
    static func parse(_ form: Form, language: Language) -> Result<Request, FormWithErrors> {
        var form = form
        for index in form.fields.indices { form.fields[index].error = nil }
        let role = Role.allCases[form.choice(at: 0)]
        for index in [1, 2] {
            if let unsafe = SafeText.firstUnsafeCharacter(in: form.text(at: index)) {
                form.fields[index].error = language == .zh
                    ? "第 \(unsafe.column) 个字符是控制字符 \(unsafe.name)，请删除"
                    : "character \(unsafe.column) is the control character \(unsafe.name); remove it"
                return .failure(FormWithErrors(form))
            }
        }
        var visitors: [Visitor] = []
        for entry in form.text(at: 1).split(whereSeparator: { $0 == "," || $0 == "，" }) {
            let parts = entry.split(separator: "/", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                form.fields[1].error = language == .zh
                    ? "“\(entry.trimmingCharacters(in: .whitespaces))”应写成 姓名/工号"
                    : "\"\(entry.trimmingCharacters(in: .whitespaces))\" should be name/badge"
                return .failure(FormWithErrors(form))
            }
            let visitor = Visitor(name: parts[0], badge: parts[1])
            if let earlier = visitors.first(where: { $0.badge.lowercased() == visitor.badge.lowercased() }) {
                form.fields[1].error = language == .zh
                    ? "工号 \(visitor.badge) 出现了两次（\(earlier.name) 和 \(visitor.name)）；每位来访者只写一次"
                    : "badge \(visitor.badge) is listed twice (\(earlier.name) and \(visitor.name)); list each visitor once"
                return .failure(FormWithErrors(form))
            }
            visitors.append(visitor)
        }
        let location = form.text(at: 2).trimmingCharacters(in: .whitespaces)
        return .success(Request(role: role, visitors: visitors, location: location))
    }
}
