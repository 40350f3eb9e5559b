import TUI

/// A form returned because some field is wrong; each bad field carries its error.
struct FormWithErrors: Error {
    var form: Form
    init(_ form: Form) { self.form = form }
}
