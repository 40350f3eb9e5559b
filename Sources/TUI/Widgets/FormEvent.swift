/// What a key did to a form, when it ends it.
public enum FormEvent: Hashable, Sendable {
    /// Enter (see `Form.EnterBehaviour`) or Ctrl-S: the caller validates and saves.
    case submit
    /// Esc: the caller discards the form.
    case cancel
}
