import TUI
import VisitDesk

/// A dialog that is a short list of lettered options (the end reasons, the outcomes, the quit
/// choices): its keys, update and drawing come from `ChoiceList`; it says what the options are
/// and what choosing one does.
protocol ChoiceDialog: Dialog where Action == ChoiceList.Action {
    associatedtype Option
    static var options: [Option] { get }
    static func letter(of option: Option) -> Character
    static func label(of option: Option, in language: Language) -> String
    var choice: ChoiceList { get set }
    /// The box's title.
    func heading(_ context: DeskContext) -> String
    /// An option as this dialog shows it (in the words of the one recording); the help lists
    /// `label(of:in:)`.
    func shownLabel(of option: Option, in language: Language) -> String
    /// The line under the options, if any.
    func hint(_ context: DeskContext) -> String?
    /// What picking `option` asks for; the dialog is still open (return `.dismiss` to close it).
    func chosen(_ option: Option, _ context: DeskContext) -> [Effect]
}

extension ChoiceDialog {
    func hint(_ context: DeskContext) -> String? { nil }

    func shownLabel(of option: Option, in language: Language) -> String { Self.label(of: option, in: language) }

    static func keymap(_ language: Language) -> [KeyBinding<ChoiceList.Action>] {
        ChoiceList.keymap(letters: options.map(letter(of:)), labels: options.map { label(of: $0, in: language) }, language: language)
    }

    mutating func handle(_ action: ChoiceList.Action, _ context: DeskContext, _ env: DeskEnvironment) -> [Effect] {
        switch choice.apply(action) {
        case .stays: []
        case .cancelled: [.dismiss]
        case .chosen(let index): chosen(Self.options[index], context)
        }
    }

    func render(_ context: DeskContext, into buffer: inout CellBuffer) {
        let rows = Self.options.map { "\(shownLabel(of: $0, in: context.language)) (\(Self.letter(of: $0)))" }
        choice.render(options: rows, title: heading(context), hint: hint(context), over: context.area, into: &buffer)
    }
}
