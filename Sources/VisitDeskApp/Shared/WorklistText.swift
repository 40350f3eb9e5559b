import TUI
import VisitDesk

/// The worklist's words and the cells of its lines, shared by `visitdesk today` and the desk's
/// worklist screen so both say the same. Cells are raw text from the data: the table and the
/// screen pass them through `SafeText`.
enum WorklistText {
    static let title = LocalizedText(zh: "今日工作", en: "Worklist")
    static let appointments = LocalizedText(zh: "预约", en: "Appointments")
    static let obligations = LocalizedText(zh: "到期与违约", en: "Obligations due or lapsed")
    static let nextActions = LocalizedText(zh: "待办下一步", en: "Next actions due")
    static let none = LocalizedText(zh: "无", en: "none")
    static let confirmed = LocalizedText(zh: "已确认", en: "confirmed")
    static let unconfirmed = LocalizedText(zh: "未确认", en: "not confirmed")
    static let due = LocalizedText(zh: "今日到期", en: "due")
    static let loading = LocalizedText(zh: "正在载入…", en: "Loading…")
    /// Shown in place of the day's lines when they could not be read (the worklist and the day report).
    static let couldNotRead = LocalizedText(zh: "无法读取：", en: "Could not be read: ")
    static let couldNotReadHint = LocalizedText(zh: "按 [ 或 ] 换一天重新读取，Esc 返回", en: "Press [ or ] to read another day, Esc to go back")
    /// What a screen of the day shows when its day could not be read: why (sanitised, wrapped
    /// to `width`), then which keys help.
    static func failureLines(_ reason: String, language: Language, width: Int) -> [String] {
        SafeText.neutralised(couldNotRead[language] + reason).wrapped(to: max(1, width)) + ["", couldNotReadHint[language]]
    }

    static let unknownKind = LocalizedText(zh: "未知", en: "unknown")

    /// `Next actions due (first 200 of 1234)` when the list is capped, else `(12)`.
    static func nextActionsHeading(_ worklist: Worklist, language: Language) -> String {
        "\(nextActions[language]) (\(count(shown: worklist.nextActions.count, total: worklist.nextActionTotal, language: language)))"
    }

    /// `Obligations due or lapsed (first 200 of 19215)` when the list is capped, else `(3)`.
    static func obligationsHeading(_ worklist: Worklist, language: Language) -> String {
        "\(obligations[language]) (\(count(shown: worklist.obligations.count, total: worklist.obligationTotal, language: language)))"
    }

    private static func count(shown: Int, total: Int, language: Language) -> String {
        shown < total ? LocalizedText(zh: "前 \(shown) 条，共 \(total) 条", en: "first \(shown) of \(total)")[language] : "\(total)"
    }

    /// `lapsed 11-28` for an obligation whose grace ended on 28 November; `due` for one due on the day.
    static func reason(_ line: Worklist.ObligationLine, language: Language) -> String {
        switch line.reason {
        case .due: due[language]
        case .lapsed: LocalizedText(zh: "宽限期止于 \(line.obligation.graceEnds)", en: "lapsed \(line.obligation.graceEnds)")[language]
        }
    }

    static func appointmentHeader(_ language: Language) -> [String] {
        [LocalizedText(zh: "时间", en: "TIME"), LocalizedText(zh: "案件", en: "CASE"), LocalizedText(zh: "姓名", en: "NAME"),
         LocalizedText(zh: "确认", en: "CONFIRMED"), LocalizedText(zh: "上门人员", en: "VISITORS"),
         LocalizedText(zh: "地点", en: "PLACE"), LocalizedText(zh: "地址", en: "ADDRESS")].map { $0[language] }
    }

    static func cells(_ line: Worklist.AppointmentLine, language: Language) -> [String] {
        let appointment = line.appointment
        return [appointment.time, line.label.reference, line.label.debtorName,
                (appointment.confirmed ? confirmed : unconfirmed)[language],
                appointment.visitors.map(\.name).joined(separator: "、"), appointment.place, line.address]
    }

    static func obligationHeader(_ language: Language) -> [String] {
        [LocalizedText(zh: "案件", en: "CASE"), LocalizedText(zh: "姓名", en: "NAME"), LocalizedText(zh: "事项", en: "OBLIGATION"),
         LocalizedText(zh: "到期日", en: "DUE"), LocalizedText(zh: "金额", en: "AMOUNT"), LocalizedText(zh: "已还", en: "PAID"),
         LocalizedText(zh: "状态", en: "STATE"), LocalizedText(zh: "原因", en: "WHY")].map { $0[language] }
    }

    /// Amount and paid are the columns at 4 and 5 (right-aligned in the table).
    static func cells(_ line: Worklist.ObligationLine, language: Language) -> [String] {
        let obligation = line.obligation
        return [line.label.reference, line.label.debtorName, obligation.id, obligation.due.description,
                obligation.amount.formatted, obligation.paid.formatted, line.state.label[language], reason(line, language: language)]
    }

    static func nextActionHeader(_ language: Language) -> [String] {
        [LocalizedText(zh: "日期", en: "DUE"), LocalizedText(zh: "案件", en: "CASE"), LocalizedText(zh: "姓名", en: "NAME"),
         LocalizedText(zh: "下一步", en: "ACTION")].map { $0[language] }
    }

    static func cells(_ line: Worklist.NextActionLine, language: Language) -> [String] {
        [line.day.description, line.label.reference, line.label.debtorName, (line.kind?.label ?? unknownKind)[language]]
    }
}
