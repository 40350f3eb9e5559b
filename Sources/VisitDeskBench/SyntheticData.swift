import Foundation
import VisitDesk

/// Deterministic synthetic cases and visits for the benchmark.
struct SyntheticData {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// SplitMix64.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func pick<T>(_ values: [T]) -> T { values[Int(next() % UInt64(values.count))] }
    mutating func number(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }

    static let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤").map(String.init)
    static let givenNames = Array("伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华玉萍红建文辉力鹏飞斌宇浩凯婷雪琳晨欣").map(String.init)
    static let cities = ["北京市朝阳区", "上海市浦东新区", "广州市天河区", "深圳市南山区", "杭州市西湖区", "成都市武侯区", "武汉市武昌区",
                         "西安市雁塔区", "南京市鼓楼区", "重庆市渝中区", "天津市河西区", "苏州市姑苏区", "长沙市岳麓区", "郑州市金水区"]
    static let streets = ["人民路", "解放路", "中山路", "建设路", "和平街", "新华路", "光明街", "友谊路", "胜利街", "文化路", "长江路", "黄河路"]
    static let products = ["花呗", "借呗", "微粒贷", "京东白条", "招联好期贷"]

    mutating func name() -> String {
        pick(Self.surnames) + pick(Self.givenNames) + (next() % 2 == 0 ? pick(Self.givenNames) : "")
    }

    mutating func cases(_ count: Int) -> [LoanCase] {
        (0..<count).map { index in
            LoanCase(
                reference: "SY-\(index)", debtorName: name(),
                phone: pick(["138", "139", "150", "186", "188"]) + String(format: "%08d", number(0...99_999_999)),
                idNumber: String(format: "%06d19%02d%02d%02d%04d", number(110_000...659_000), number(50...99), number(1...12), number(1...28), number(0...9_999)),
                address: pick(Self.cities) + pick(Self.streets) + "\(number(1...300))号\(number(1...30))栋\(number(101...2_808))",
                product: pick(Self.products), outstanding: Money(fen: Int64(number(30_000...8_000_000))), daysOverdue: number(5...400),
                tags: next() % 4 == 0 ? [pick(["首次上门", "多次逾期", "失联", "有工作", "已承诺"])] : [])
        }
    }

    static let start = Date(timeIntervalSince1970: 1_767_232_800)

    /// A finished visit of `caseID` with `eventCount` events (started … ended).
    mutating func visit(caseID: Int64, eventCount: Int, playbook: Playbook, startingAt start: Date) -> VisitScript {
        var steps = [VisitScript.Step(at: start, kind: .started(
            role: .agent, playbookID: playbook.id, visitors: [Visitor(name: name(), badge: "A-\(number(100...999))"), Visitor(name: name(), badge: "A-\(number(100...999))")],
            location: "家中"))]
        let items = playbook.stages.flatMap(\.items)
        for index in 1..<(eventCount - 1) {
            let at = start.addingTimeInterval(Double(index) * 7)
            let kind: VisitEventKind
            switch index % 10 {
            case 1: kind = .stageEntered(stageID: playbook.stages[index / 10 % playbook.stages.count].id)
            case 5: kind = .noteAdded(noteID: "n\(index + 1)", text: "债务人称本月工资延迟发放，愿意先还一部分。第 \(index) 条记录。")
            case 8: kind = .outcomeRecorded(.promiseToPay(date: CalendarDay(year: 2026, month: 3, day: 1), amount: Money(yuan: Int64(number(100...5_000))), method: .bankTransfer))
            default: kind = .itemMarked(itemID: items[index % items.count].id, mark: index % 7 == 0 ? .skipped(reason: "不适用于本次") : .done)
            }
            steps.append(VisitScript.Step(at: at, kind: kind))
        }
        steps.append(VisitScript.Step(at: start.addingTimeInterval(Double(eventCount) * 7), kind: .ended(reason: .completed)))
        return VisitScript(caseID: caseID, steps: steps)
    }
}
