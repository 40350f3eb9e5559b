import Foundation
import TUI
import Testing
import VisitDesk
@testable import VisitDeskApp

/// `P` on the summary: the print dialog's keys, what Enter asks for, and what the status line
/// says when the job comes back — all on values, without CUPS.
struct PrintDialogTests {
    static let printers = PrinterList(defaultPrinter: "Office", queues: ["Archive", "Office", "Upstairs"])

    static func summary(_ language: Language) -> SummaryDocument {
        SummaryDocument(
            visitID: 7, title: "t", document: RecordDocument(language: language, title: "t", pageHeader: "h", sections: [], matchCode: "m"),
            lines: ["a"], markdown: "a", fileStem: "f")
    }

    /// The desk showing the summary of visit 7, in `language`.
    func summaryShown(_ language: Language = .en) -> DeskState {
        var state = AppFixture.withOpenVisit(language: language)
        AppFixture.send(&state, .summaryLoaded(Self.summary(language)))
        return state
    }

    /// The summary with the dialog open on `printers`.
    func dialogOpen(_ language: Language = .en) -> DeskState {
        var state = summaryShown(language)
        #expect(AppFixture.press(&state, .character("P")) == [.findPrinters(visitID: 7)])
        AppFixture.send(&state, .printersFound(visitID: 7, Self.printers))
        return state
    }

    var dialogOf: (DeskState) -> PrintDialog? {
        { state in state.dialogs.last as? PrintDialog }
    }

    @Test func theDefaultPrinterComesFirst() {
        #expect(Self.printers.names == ["Office", "Archive", "Upstairs"])
        #expect(PrinterList(defaultPrinter: nil, queues: ["B", "A"]).names == ["B", "A"])
        #expect(PrinterList(defaultPrinter: "Gone", queues: ["B"]).defaultPrinter == nil, "a default that is not a queue is not offered")
    }

    @Test func pAsksCUPSForPrintersAndSaysSoWhileItWaits() {
        var state = summaryShown()
        #expect(AppFixture.press(&state, .character("P")) == [.findPrinters(visitID: 7)])
        #expect(state.message?.text == "Looking for printers…")
        #expect(state.dialogs.isEmpty)
        AppFixture.send(&state, .printersFound(visitID: 7, Self.printers))
        #expect(dialogOf(state)?.printer == "Office")
    }

    @Test func printersArrivingAfterTheSummaryWasLeftOpenNothing() {
        var state = summaryShown()
        _ = AppFixture.press(&state, .character("P"))
        AppFixture.press(&state, .escape)
        AppFixture.send(&state, .printersFound(visitID: 7, Self.printers))
        #expect(state.dialogs.isEmpty)
    }

    @Test func jkAndArrowsChooseThePrinterAndEnterSubmitsTheCopiesTyped() {
        var state = dialogOpen()
        AppFixture.press(&state, .character("j"), .down, .down, .up)
        #expect(dialogOf(state)?.printer == "Archive")
        AppFixture.press(&state, .character("k"), .character("k"))
        #expect(dialogOf(state)?.printer == "Office")
        AppFixture.press(&state, .character("j"))
        AppFixture.press(&state, .character("1"), .character("2"))
        #expect(dialogOf(state)?.copies == "12", "the first digit replaces the suggested single copy")
        #expect(AppFixture.press(&state, .enter) == [.submitPrint(PrintableRecord(shown: Self.summary(.en)), printer: "Archive", copies: 12)])
        #expect(state.dialogs.isEmpty)
        #expect(state.isPrinting)
        #expect(state.message?.text == "Sending to Archive…")
    }

    @Test func copiesOutsideOneToNinetyNineAreRefusedInTheDialog() {
        var state = dialogOpen(.zh)
        AppFixture.press(&state, .character("1"), .character("0"), .character("0"))
        #expect(AppFixture.press(&state, .enter).isEmpty)
        #expect(dialogOf(state)?.problem == "份数必须在 1–99 之间，不能是 100")
        AppFixture.press(&state, .backspace, .backspace, .backspace)
        #expect(AppFixture.press(&state, .enter).isEmpty)
        #expect(dialogOf(state)?.problem == "请填写份数（1–99）")
        AppFixture.press(&state, .character("9"), .character("9"), .character("9"))
        #expect(dialogOf(state)?.copies == "999", "three digits at most, so that 100 can be refused by name")
        AppFixture.press(&state, .backspace)
        #expect(AppFixture.press(&state, .enter) == [.submitPrint(PrintableRecord(shown: Self.summary(.zh)), printer: "Office", copies: 99)])
    }

    @Test func escCancelsAndOtherKeysDoNothingWhileTheDialogIsOpen() {
        var state = dialogOpen()
        #expect(AppFixture.press(&state, .character("q"), .character("w"), .character("L")).isEmpty)
        #expect(!state.shouldQuit && state.language == .en)
        AppFixture.press(&state, .escape)
        #expect(state.dialogs.isEmpty)
        #expect(!state.screens.isEmpty, "Esc closes the dialog, not the summary")
    }

    @Test func theResultComesBackOnTheStatusLineInTheUILanguage() {
        var state = dialogOpen(.zh)
        _ = AppFixture.press(&state, .enter)
        AppFixture.send(&state, .printFinished(.success(PrintJob(printer: "Office", id: 42))))
        #expect(state.message == StatusMessage(text: "已发送到 Office，任务 42", isError: false))
        #expect(!state.isPrinting)
        AppFixture.send(&state, .printFinished(.failure(.cupsNotRunning)))
        #expect(state.message?.isError == true)
        #expect(state.message?.text.hasPrefix("打印服务 CUPS 没有运行") == true)
        state.language = .en
        AppFixture.send(&state, .printFinished(.success(PrintJob(printer: "Office", id: 43))))
        #expect(state.message?.text == "sent to Office as job 43")
    }

    @Test func aSecondPWhileTheFirstIsSentWaits() {
        var state = dialogOpen()
        _ = AppFixture.press(&state, .enter)
        #expect(AppFixture.press(&state, .character("P")).isEmpty)
        #expect(state.message?.text == "The last record is still being sent")
    }

    @Test func theDialogShowsThePrintersTheCopiesAndItsKeys() {
        let state = dialogOpen()
        let screen = DeskRenderer.render(state).textLines()
        #expect(screen.contains { $0.contains("Print the visit record") })
        #expect(screen.contains { $0.contains("Office (default)") })
        #expect(screen.contains { $0.contains("Copies: 1") })
        let keyBar = screen.last ?? ""
        for key in ["j/↓ next printer", "0-9 copies", "Enter print", "Esc cancel"] {
            #expect(keyBar.contains(key), "\(key) in the key bar: \(keyBar)")
        }
        let help = HelpDialog(sections: DeskCatalog.helpSections(.en)).lines
        #expect(help.contains("[print]"))
        #expect(help.contains { $0.contains("Backspace") && $0.contains("delete digit") })
    }

    @Test func lpRepliesAreRead() {
        #expect(PrintService.jobNumber(in: "request id is Office-17 (1 file(s))\n", queue: "Office") == 17)
        #expect(PrintService.jobNumber(in: "request id is Office-x", queue: "Office") == nil)
        #expect(PrintService.withoutProgramName("/usr/bin/lp: Error - The printer or class does not exist.", executable: "/usr/bin/lp")
                == "The printer or class does not exist.")
    }

    @Test func theCommandRefusesCopiesOutOfRangeBeforeTouchingCUPS() {
        #expect(VisitDeskCommand.run(arguments: ["print", "1", "--copies", "0"]) == 2)
        #expect(VisitDeskCommand.run(arguments: ["print", "1", "--copies", "100"]) == 2)
        #expect(VisitDeskCommand.run(arguments: ["print", "1", "--paper", "a3"]) == 2)
    }
}
