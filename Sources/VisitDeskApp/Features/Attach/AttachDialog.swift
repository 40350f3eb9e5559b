import TUI
import VisitDesk

/// `a`: keeps a file — a photo, a recording, a scanned signed letter — as evidence of the
/// shown visit (open or ended) or, with no visit shown, of the case. Two fields, the file's
/// path and a caption; Enter copies the file into the store's evidence folder and records it.
/// It stays open, with what was typed, until the store has it: a path that is no file shows
/// its error under the path, and nothing is saved. A signal that ends the desk keeps the form.
struct AttachDialog: FormDialog {
    static let title = LocalizedText(zh: "附加证据文件", en: "attach an evidence file")
    static let pathField = 0, captionField = 1

    var target: EvidenceRequest.Target
    var form: Form

    init(target: EvidenceRequest.Target, language: Language) {
        self.target = target
        form = Form(fields: [
            FormField(label: LocalizedText(zh: "文件路径", en: "File path")[language], kind: .text(LineEditor(""))),
            FormField(label: LocalizedText(zh: "说明", en: "Caption")[language], kind: .text(LineEditor(""))),
        ])
    }

    var keptForm: KeptForm? {
        switch target {
        case .visit(let visit):
            KeptForm(caseID: visit.caseID, draft: FormDraft(kind: .attachEvidence(visitID: visit.id), values: form.values, focus: form.focus))
        case .loanCase(let caseID):
            KeptForm(caseID: caseID, draft: FormDraft(kind: .attachEvidence(visitID: nil), values: form.values, focus: form.focus))
        }
    }

    static func keymap(_ language: Language) -> [KeyBinding<FormAction>] {
        FormKeys.keymap(language).filter { $0.action != .nextOption && $0.action != .previousOption }
    }

    mutating func handle(_ action: FormAction, _ context: DeskContext, _ env: DeskEnvironment) -> [Effect] {
        switch FormKeys.apply(action, to: &form) {
        case .cancel?: return [.dismiss]
        case .submit?: return submit(context)
        case nil: return []
        }
    }

    /// The store refused the file (missing, a folder, unreadable, too large): said under the path.
    mutating func refused(_ message: String) {
        form.fields[Self.pathField].error = message
        form.focus = Self.pathField
    }

    private mutating func submit(_ context: DeskContext) -> [Effect] {
        form.fields[Self.pathField].error = nil
        form.fields[Self.captionField].error = nil
        let path = Self.unquoted(form.text(at: Self.pathField))
        guard !path.isEmpty else {
            form.fields[Self.pathField].error = LocalizedText(zh: "请输入要附加的文件的路径", en: "type the path of the file to attach")[context.language]
            form.focus = Self.pathField
            return []
        }
        let caption = form.text(at: Self.captionField).trimmingCharacters(in: .whitespaces)
        if let unsafe = SafeText.firstUnsafeCharacter(in: caption) {
            form.fields[Self.captionField].error = LocalizedText(
                zh: "第 \(unsafe.column) 个字符是控制字符 \(unsafe.name)，请删除",
                en: "character \(unsafe.column) is the control character \(unsafe.name); remove it")[context.language]
            form.focus = Self.captionField
            return []
        }
        return [.attachEvidence(EvidenceRequest(path: path, caption: caption, target: target))]
    }

    /// The path without surrounding blanks or one pair of quotes, as a terminal pastes a
    /// dragged file (`'/home/me/门牌 照片.jpg'`).
    static func unquoted(_ typed: String) -> String {
        let trimmed = typed.trimmingCharacters(in: .whitespaces)
        for quote in ["'", "\""] where trimmed.count >= 2 && trimmed.hasPrefix(quote) && trimmed.hasSuffix(quote) {
            return String(trimmed.dropFirst().dropLast())
        }
        return trimmed
    }

    func render(_ context: DeskContext, into buffer: inout CellBuffer) {
        let title: String
        switch target {
        case .visit(let visit): title = LocalizedText(zh: "附加证据文件 · 上门 \(visit.id)", en: "Attach an evidence file · visit \(visit.id)")[context.language]
        case .loanCase: title = LocalizedText(zh: "附加证据文件 · 本案", en: "Attach an evidence file · this case")[context.language]
        }
        let limit = EvidenceFolder.maximumSize / 1_048_576
        let hint = LocalizedText(zh: "照片、录音或扫描件，最大 \(limit) MB · Enter 保存 · Esc 取消",
                                 en: "Photo, recording or scan, up to \(limit) MB · Enter saves · Esc cancels")
        FormKeys.render(form, title: title, hint: hint[context.language], over: context.area, into: &buffer)
    }
}
