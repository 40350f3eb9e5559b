import VisitDesk

/// Why a record could not be printed, in words a person can act on, in both languages.
enum PrintError: Error, Hashable, Sendable, CustomStringConvertible {
    /// `lp` and `lpstat` are not installed: CUPS's client programs are missing.
    case noCUPSCommands
    /// The CUPS scheduler does not answer (`lpstat -r`: scheduler is not running).
    case cupsNotRunning
    /// CUPS runs but has no print queue.
    case noPrinter
    /// The printer asked for is not one CUPS knows.
    case unknownPrinter(name: String, known: [String])
    /// Copies outside 1…99, as given (empty when none were typed).
    case copiesOutOfRange(given: String)
    /// CUPS took the request but refused the job; `message` is what `lp` said.
    case refused(printer: String, message: String)
    /// The record could not be laid out as a PDF.
    case cannotRender(reason: String)
    /// The PDF could not be handed to `lp`.
    case cannotSubmit(reason: String)

    /// The message in `language`.
    func message(_ language: Language) -> String {
        switch self {
        case .noCUPSCommands:
            return LocalizedText(zh: "没有安装打印系统 CUPS（找不到 lp 和 lpstat）：请先安装 cups 软件包", en: "The CUPS printing system is not installed (no lp or lpstat): install the cups package first")[language]
        case .cupsNotRunning:
            return LocalizedText(zh: "打印服务 CUPS 没有运行（lpstat -r：scheduler is not running）：请启动 cups 服务后再打印", en: "The CUPS print service is not running (lpstat -r: scheduler is not running): start the cups service, then print again")[language]
        case .noPrinter:
            return LocalizedText(zh: "没有安装打印机：请在系统的打印机设置中添加，或运行 lpadmin -p 名称 -E -v 设备地址 -m everywhere", en: "No printer is installed: add one in the system's printer settings, or with lpadmin -p NAME -E -v DEVICE-URI -m everywhere")[language]
        case .unknownPrinter(let name, let known):
            let list = known.joined(separator: ", ")
            return LocalizedText(zh: "没有名为 \(name) 的打印机；可用的打印机：\(list)", en: "There is no printer \(name); the printers are: \(list)")[language]
        case .copiesOutOfRange(let given):
            let range = "\(PrintService.copies.lowerBound)–\(PrintService.copies.upperBound)"
            if given.isEmpty { return LocalizedText(zh: "请填写份数（\(range)）", en: "Give the number of copies (\(range))")[language] }
            return LocalizedText(zh: "份数必须在 \(range) 之间，不能是 \(given)", en: "Copies must be \(range), not \(given)")[language]
        case .refused(let printer, let message):
            return LocalizedText(zh: "打印机 \(printer) 拒绝了打印任务：\(message)", en: "The printer \(printer) refused the job: \(message)")[language]
        case .cannotRender(let reason):
            return LocalizedText(zh: "无法生成 PDF：\(reason)", en: "The PDF could not be made: \(reason)")[language]
        case .cannotSubmit(let reason):
            return LocalizedText(zh: "无法提交打印任务：\(reason)", en: "The job could not be submitted: \(reason)")[language]
        }
    }

    var description: String { message(.en) }
}
