import TUI
import VisitDesk

/// The notes pane: the visit's notes, newest last, and the note line where a note is typed
/// in place; once the visit has ended, what is typed there is saved as an addendum. The note
/// leaves the line only once the store has it; until then it is saved as the visit's draft
/// while typed, so nothing typed is lost.
struct Notes: Component, Hashable {
    enum Action: Hashable {
        case move(ListMotion)
        case save, cancel
        case edit(Key)
    }

    static let title = LocalizedText(zh: "记录", en: "notes")

    /// The note being typed, if any.
    var editor: LineEditor?
    /// The text of the note being typed as last saved to the store as a draft.
    var draftSavedText: String?
    /// How many lines the notes are scrolled back from the newest one.
    var scrollBack = 0
    /// The pane the note line was opened from: the focus goes back there once the note is
    /// saved or cancelled, so the next Space ticks again.
    var returnFocus: DeskPane = .checklist

    static func keymap(_ language: Language) -> [KeyBinding<Action>] {
        return [
            KeyBinding([.enter], label: "Enter", help: LocalizedText(zh: "保存记录", en: "save the note")[language], action: .save),
            KeyBinding([.escape], label: "Esc", help: LocalizedText(zh: "取消", en: "cancel")[language], action: .cancel),
        ] + ListMotion.keymap(language).map { $0.map(Action.move) }
    }

    func isAvailable(_ action: Action, _ context: DeskContext) -> Bool {
        switch action {
        case .move: editor == nil
        case .save, .cancel, .edit: editor != nil
        }
    }

    func typing(_ key: Key) -> Action? { editor == nil ? nil : .edit(key) }

    func mode(_ context: DeskContext) -> DeskMode { editor == nil ? .browse : .note }

    mutating func handle(_ action: Action, _ context: DeskContext, _ env: DeskEnvironment) -> [Effect] {
        switch action {
        case .move(let motion):
            let height = context.innerHeight
            let lineCount = context.session?.visit.map { NotesView.lines($0, width: context.area.width - 2, clock: context.clock, language: context.language).count } ?? 0
            scrollBack = min(motion.reversed.scrolled(scrollBack, page: height), max(0, lineCount - height))
            return []
        case .edit(let key):
            // Edited in place: a copy of the editor per key would cost the length of the note.
            _ = editor?.handle(key)
            return []
        case .save:
            guard let editor, let visit = context.session?.visit else { return [] }
            let text = editor.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { return [] }
            return [.write(StoreWrite(visitID: visit.id, kind: Self.note(text, in: visit, env), known: visit, closes: .noteLine))]
        case .cancel:
            guard let editor, let visit = context.session?.visit else {
                self.editor = nil
                return []
            }
            let saved = draftSavedText
            self.editor = nil
            draftSavedText = nil
            // A note typed when its visit was ended elsewhere stays the visit's draft.
            if visit.isEnded { return editor.text == saved ? [.focus(returnFocus)] : [.saveDraft(visitID: visit.id, text: editor.text), .focus(returnFocus)] }
            return [.clearDraft(visitID: visit.id), .focus(returnFocus)]
        }
    }

    /// The event that saves `text`: a note while the visit is open, an addendum once it has ended.
    static func note(_ text: String, in visit: VisitState, _ env: DeskEnvironment) -> VisitEventKind {
        visit.isEnded ? .addendumAdded(noteID: env.newID(), text: text) : .noteAdded(noteID: env.newID(), text: text)
    }

    /// Opens an empty note line, typed in from `pane`.
    mutating func begin(from pane: DeskPane) {
        editor = LineEditor()
        draftSavedText = nil
        returnFocus = pane
    }

    /// Opens the note line on a draft kept in the store.
    mutating func restore(draft: String) {
        editor = LineEditor(draft)
        draftSavedText = draft
    }

    /// The store has a note with `text`: the note line closes if that is what it held.
    mutating func saved(_ text: String, visitID: Int64) -> [Effect] {
        guard let editor, editor.text.trimmingCharacters(in: .whitespacesAndNewlines) == text else { return [] }
        self.editor = nil
        draftSavedText = nil
        return [.clearDraft(visitID: visitID)]
    }

    /// The draft to save now, if the note line holds text the store does not have yet.
    func unsavedDraft(visitID: Int64?) -> Effect? {
        guard let visitID, let editor, editor.text != draftSavedText else { return nil }
        return .saveDraft(visitID: visitID, text: editor.text)
    }

    func render(_ context: DeskContext, into buffer: inout CellBuffer) {
        NotesView(notes: self, context: context).render(into: &buffer)
    }
}
