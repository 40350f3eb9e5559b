import VisitDesk

/// The few words the PDF layout adds to a record, in the record's language.
struct PageWords {
    let language: Language

    /// `page 2 of 5` / `第 2 页，共 5 页`.
    func page(_ number: Int, of count: Int) -> String {
        switch language {
        case .en: "page \(number) of \(count)"
        case .zh: "第 \(number) 页，共 \(count) 页"
        }
    }

    var signature: String { language == .zh ? "签名" : "Signature" }
    var date: String { language == .zh ? "日期" : "Date" }
    var scanToMatch: String {
        language == .zh ? "扫码或用以下代码与系统记录核对：" : "Scan, or use this code, to check this copy against the store:"
    }

    /// The language tag Pango shapes and breaks the text for.
    var pangoLanguage: String { language == .zh ? "zh-cn" : "en" }
}
