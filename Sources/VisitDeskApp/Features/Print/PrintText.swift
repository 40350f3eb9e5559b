import VisitDesk

/// The words of printing in the desk.
enum PrintText {
    static let title = LocalizedText(zh: "打印上门记录", en: "Print the visit record")
    static let printer = LocalizedText(zh: "打印机", en: "Printer")
    static let defaultMark = LocalizedText(zh: "（默认）", en: " (default)")
    static let copies = LocalizedText(zh: "份数", en: "Copies")
    static let findingPrinters = LocalizedText(zh: "正在查找打印机…", en: "Looking for printers…")
    static let sending = LocalizedText(zh: "正在发送到", en: "Sending to")
    static let finishingPrint = LocalizedText(zh: "正在把记录交给打印服务，随后退出…", en: "Handing the record to the print service, then quitting…")
    static let stillPrinting = LocalizedText(zh: "上一份还在发送中", en: "The last record is still being sent")
}
