import VisitDesk

/// Record documents built by hand, shaped as a visit summary is: case, visit, outcome with
/// a plan schedule, warnings, stages with `items` checklist lines, footer hash, signatures.
enum SampleRecord {
    static let head = "3f2a9c01be77d41e9a0c5b6f28e1d3a47c9b0e5f6a1d2c3b4e5f60718293a4b5"
    static let matchCode = "visitdesk:visit=42;head=\(head)"

    static func chinese(items: Int = 12) -> RecordDocument {
        RecordDocument(
            language: .zh,
            title: "上门记录 · 催收方",
            pageHeader: "案件 LN-2024-0042 · 上门 42",
            sections: [
                RecordSection(id: "case", title: "案件", blocks: [.fields([
                    RecordField("案件编号", "LN-2024-0042"),
                    RecordField("债务人", "张伟"),
                    RecordField("手机", "138****5678"),
                    RecordField("身份证", "3101**********1234"),
                    RecordField("逾期金额（上门开始时）", "¥12,000.00，逾期 95 天"),
                ])]),
                RecordSection(id: "outcome", title: "结果", blocks: [
                    .fields([
                        RecordField("结果", "同意分期还款"),
                        RecordField("分期总额", "¥12,000.00"),
                        RecordField("首付", "¥2,000.00"),
                    ]),
                    .table(RecordTable(
                        columns: ["期数", "日期", "金额"], alignedRight: [true, false, true],
                        rows: (1...4).map { ["\($0)", "2025-0\($0)-15", "¥2,500.00"] })),
                ]),
                RecordSection(id: "warnings", title: "合规提示", blocks: [
                    .list(["上门时间晚于 20:00，超出当地规定的时段，请在备注中说明原因并由主管复核。"]),
                ]),
                RecordSection(id: "stages", title: "阶段与事项", blocks: [
                    .list((1...items).map { "第 \($0) 项：已核实债务人身份并告知还款义务 — 完成" }),
                ]),
                RecordSection(id: "notes", title: "备注", blocks: [
                    .paragraph(String(repeating: "债务人表示近期收入不稳定，愿意先支付首付，其余按月分期偿还。", count: 4)),
                ]),
                RecordSection(id: "footer", title: "核对信息", blocks: [
                    .paragraph("本记录仅供存档。用 visitdesk verify --visit 42 --head \(head.prefix(12)) 核对。"),
                    .hash(label: "链头", value: head),
                ]),
                RecordSection(id: "signatures", title: "签名", blocks: [.signatures([
                    RecordSigner(role: "上门人员", name: "李娜（工号 A017）"),
                    RecordSigner(role: "债务人", name: "张伟"),
                ])]),
            ],
            matchCode: matchCode)
    }

    static func english() -> RecordDocument {
        RecordDocument(
            language: .en,
            title: "Home visit record · agent",
            pageHeader: "Case LN-2024-0042 · visit 42",
            sections: [
                RecordSection(id: "case", title: "Case", blocks: [.fields([
                    RecordField("Debtor", "Zhang Wei 张伟"),
                    RecordField("Overdue", "¥12,000.00, 95 days"),
                ])]),
                RecordSection(id: "outcome", title: "Outcome", blocks: [.fields([RecordField("Outcome", "Promise to pay")])]),
                RecordSection(id: "signatures", title: "Signatures", blocks: [.signatures([
                    RecordSigner(role: "Visitor", name: "Li Na (A017)"),
                ])]),
            ],
            matchCode: matchCode)
    }
}
