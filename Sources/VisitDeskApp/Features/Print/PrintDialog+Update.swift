import TUI
import VisitDesk

extension AppState {
    /// `P` on the summary: CUPS is asked for its printers in the background; the dialog opens
    /// when they arrive (`printersFound`), or the status line says why it cannot.
    mutating func askForPrinters(visitID: Int64) -> [Effect] {
        if isPrinting {
            message = StatusMessage(text: text(PrintText.stillPrinting), isError: false)
            return []
        }
        message = StatusMessage(text: text(PrintText.findingPrinters), isError: false)
        return [.findPrinters(visitID: visitID)]
    }

    /// Opens the dialog, unless the user has left the summary it was asked from meanwhile.
    mutating func printersFound(visitID: Int64, _ printers: PrinterList) {
        guard case .summary(let summary)? = screens.last, summary.visitID == visitID, modal == nil else { return }
        message = nil
        modal = .print(PrintDialog(visitID: visitID, printers: printers))
    }

    /// The job CUPS took, or why there is none, on the status line.
    mutating func printFinished(_ result: Result<PrintJob, PrintError>) {
        isPrinting = false
        switch result {
        case .success(let job): message = StatusMessage(text: job.message(language), isError: false)
        case .failure(let error): message = StatusMessage(text: error.message(language), isError: true)
        }
    }
}

/// Keys while the print dialog is open, through the dialog's rows of the keymap.
func handlePrintDialogKey(_ state: inout AppState, _ dialog: PrintDialog, _ key: Key) -> [Effect] {
    guard case .printDialog(let action)? = state.keymap.action(for: key, in: [PrintKeys.context]) else { return [] }
    var dialog = dialog
    dialog.problem = nil
    switch action {
    case .nextPrinter:
        dialog.selected = min(dialog.selected + 1, dialog.printers.names.count - 1)
    case .previousPrinter:
        dialog.selected = max(dialog.selected - 1, 0)
    case .typeDigit:
        guard case .character(let digit) = key else { break }
        // The first digit typed replaces the suggested single copy.
        if !dialog.copiesTyped { dialog.copies = "" }
        dialog.copiesTyped = true
        if dialog.copies.count < 3 { dialog.copies.append(digit) }
    case .deleteDigit:
        dialog.copiesTyped = true
        if !dialog.copies.isEmpty { dialog.copies.removeLast() }
    case .submit:
        guard let copies = dialog.copyCount, PrintService.copies.contains(copies) else {
            dialog.problem = PrintError.copiesOutOfRange(given: dialog.copies).message(state.language)
            break
        }
        state.modal = nil
        state.isPrinting = true
        state.message = StatusMessage(text: "\(state.text(PrintText.sending)) \(dialog.printer)…", isError: false)
        return [.submitPrint(visitID: dialog.visitID, printer: dialog.printer, copies: copies)]
    case .cancel:
        state.modal = nil
        return []
    }
    state.modal = .print(dialog)
    return []
}
