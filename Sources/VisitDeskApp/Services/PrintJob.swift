import VisitDesk

/// A job CUPS accepted: the queue and its job number.
struct PrintJob: Hashable, Sendable {
    var printer: String
    var id: Int

    /// "sent to PRINTER as job N", as the command and the desk say it.
    func message(_ language: Language) -> String {
        LocalizedText(zh: "已发送到 \(printer)，任务 \(id)", en: "sent to \(printer) as job \(id)")[language]
    }
}
