/// Why the terminal cannot be used; each description is one line a user can act on.
public enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (a pipe, a file).
    case notATerminal
    /// `TERM` names no terminal the terminfo database knows (empty when unset).
    case unknownTerminal(String)
    /// The terminal named by `TERM` cannot move the cursor (no terminfo `cup`), like `dumb`.
    case noCursorAddressing(String)
    /// Neither the environment's locale nor C.UTF-8 is a UTF-8 locale.
    case noUTF8Locale
    /// Writing to the terminal failed.
    case outputFailed

    /// The message to print.
    public var description: String {
        switch self {
        case .notATerminal:
            "needs an interactive terminal: standard input and output must both be a terminal, not a pipe or a file"
        case .unknownTerminal(""):
            "TERM is not set; set it to your terminal's type, e.g. TERM=xterm-256color"
        case .unknownTerminal(let name):
            "unknown terminal type TERM=\(name) (no terminfo entry); try TERM=xterm-256color"
        case .noCursorAddressing(let name):
            "terminal type TERM=\(name) cannot move the cursor, which a full-screen program needs; try TERM=xterm-256color"
        case .noUTF8Locale:
            "no UTF-8 locale: neither the locale from LANG/LC_ALL nor C.UTF-8 is available; set LANG to a UTF-8 locale"
        case .outputFailed:
            "could not write to the terminal"
        }
    }
}
