import TUI
import VisitDesk

/// A part of the desk with its own state, keys, update and drawing: a pane, a screen or a
/// dialog. The desk routes a key to the topmost dialog, then the screen, then the focused pane;
/// a component's bindings are the one source for its dispatch, the key bar and the help.
protocol Component {
    associatedtype Action: Equatable

    /// What the help calls this component.
    static var title: LocalizedText { get }
    /// Every binding, in order of use.
    static func keymap(_ language: Language) -> [KeyBinding<Action>]
    /// Whether a binding does something now (the key bar shows only those). All by default.
    func isAvailable(_ action: Action, _ context: DeskContext) -> Bool
    /// The action for a key no binding takes, when the component takes typed text.
    func typing(_ key: Key) -> Action?
    /// The mode the user is in while this component has the keyboard.
    func mode(_ context: DeskContext) -> DeskMode
    mutating func handle(_ action: Action, _ context: DeskContext, _ env: DeskEnvironment) -> [Effect]
    func render(_ context: DeskContext, into buffer: inout CellBuffer)
}

extension Component {
    func isAvailable(_ action: Action, _ context: DeskContext) -> Bool { true }
    func typing(_ key: Key) -> Action? { nil }

    /// The bindings that work now, in order of use.
    func bindings(_ context: DeskContext) -> [KeyBinding<Action>] {
        Self.keymap(context.language).filter { isAvailable($0.action, context) }
    }

    /// Handles a key through the bindings that work now, then as typing; nil when the key
    /// means nothing here.
    mutating func handle(key: Key, _ context: DeskContext, _ env: DeskEnvironment) -> [Effect]? {
        guard let action = Keymap(bindings(context)).action(for: key) ?? typing(key) else { return nil }
        return handle(action, context, env)
    }

    /// The key bar's hints while this component has the keyboard.
    func barItems(_ context: DeskContext) -> [KeyBar.Item] {
        bindings(context).filter(\.showInBar).map { KeyBar.Item(keys: $0.label, help: $0.help) }
    }

    /// This component's keys as the help lists them (a row shared by several keys, like
    /// `0-9 copies`, once).
    static func helpSection(_ language: Language) -> HelpSection {
        var keys: [HelpSection.Key] = []
        for binding in keymap(language) {
            let key = HelpSection.Key(label: binding.label, help: binding.help)
            if !keys.contains(key) { keys.append(key) }
        }
        return HelpSection(title: title[language], keys: keys)
    }
}

/// One component's keys in the help overlay.
struct HelpSection: Hashable, Sendable {
    struct Key: Hashable, Sendable {
        var label: String
        var help: String
    }

    var title: String
    var keys: [Key]
}

/// A dialog: drawn over everything, takes every key while open.
protocol Dialog: Component, Hashable {
    /// The typed fields to keep, and the case they belong to, when the desk is ended by a
    /// signal; nil for dialogs that hold nothing typed.
    var keptForm: KeptForm? { get }
}

/// A dialog's typed fields kept for a case.
struct KeptForm: Equatable {
    var caseID: Int64
    var draft: FormDraft
}

extension Dialog {
    var keptForm: KeptForm? { nil }
    func mode(_ context: DeskContext) -> DeskMode { .form }
}

/// A full screen over the desk (history, a review, a summary).
protocol Screen: Component, Hashable {
    /// The effect that fetches the screen again in another language, if its text comes from data.
    func reload(in language: Language) -> Effect?
}

extension Screen {
    func reload(in language: Language) -> Effect? { nil }
}

/// A dialog as a value an effect can carry and compare.
struct DialogBox: Equatable {
    var dialog: any Dialog
    init(_ dialog: any Dialog) { self.dialog = dialog }
    static func == (lhs: DialogBox, rhs: DialogBox) -> Bool { AnyHashable(lhs.dialog) == AnyHashable(rhs.dialog) }
}

/// A screen as a value an effect can carry and compare.
struct ScreenBox: Equatable {
    var screen: any Screen
    init(_ screen: any Screen) { self.screen = screen }
    static func == (lhs: ScreenBox, rhs: ScreenBox) -> Bool { AnyHashable(lhs.screen) == AnyHashable(rhs.screen) }
}
