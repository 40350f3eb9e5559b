/// Realistic, fixed demo content for `visitdesk demo` and `visitdesk --demo`: 40 cases and
/// 8 past visits of both roles. Nothing is random: every run yields the same values. All
/// people are invented; phone numbers use the 13800138xxx-style test ranges and ID numbers
/// are made up, with a valid check digit so that they pass the importer's checks.
public enum DemoData {
    /// Forty overdue cases across Chinese cities, Huabei, Jiebei and other lenders.
    public static let cases: [LoanCase] = rows.enumerated().map { index, row in
        let birth = row.birth.replacingOccurrences(of: "-", with: "")
        // Odd sequence numbers are men, even ones women, as on a real card.
        let sequence = 100 + index * 2 + (row.female ? 0 : 1)
        let first17 = row.region + birth + String(sequence)
        return LoanCase(
            reference: row.reference,
            debtorName: row.name,
            phone: row.phone,
            idNumber: first17 + String(ChineseIDNumber.checkCharacter(for: first17) ?? "0"),
            address: row.address,
            product: row.product,
            outstanding: Money(fen: row.fen),
            daysOverdue: row.days,
            status: row.status,
            assignedAgent: row.agent,
            tags: row.tags
        )
    }

    private struct Row {
        var reference: String
        var name: String
        var female: Bool
        var birth: String
        var region: String
        var phone: String
        var address: String
        var product: String
        var fen: Int64
        var days: Int
        var status: CaseStatus = .open
        var agent: String
        var tags: [String] = []
    }

    private static let rows: [Row] = [
        Row(reference: "HB-2025-0113", name: "张伟", female: false, birth: "1988-03-12", region: "110105", phone: "13800138001",
            address: "北京市朝阳区望京街道阜通东大街6号院3号楼1102", product: "花呗", fen: 6_212_070, days: 186,
            status: .planAgreed, agent: "王磊", tags: ["首次上门", "有工作"]),
        Row(reference: "JB-2025-0207", name: "李娜", female: true, birth: "1992-07-25", region: "310115", phone: "13900139002",
            address: "上海市浦东新区张江镇碧波路690弄12号502室", product: "借呗", fen: 830_000, days: 74,
            status: .promised, agent: "王磊", tags: ["已承诺"]),
        Row(reference: "HB-2025-0241", name: "王芳", female: true, birth: "1990-11-02", region: "440305", phone: "18600186003",
            address: "广东省深圳市南山区粤海街道科苑路15号A栋2306", product: "花呗", fen: 456_000, days: 33,
            agent: "赵敏", tags: ["首次上门"]),
        Row(reference: "JB-2025-0318", name: "刘洋", female: false, birth: "1985-01-19", region: "330106", phone: "13800138004",
            address: "浙江省杭州市西湖区翠苑街道学院路77号4幢1单元601", product: "借呗", fen: 2_375_000, days: 212,
            agent: "赵敏", tags: ["有工作", "多次逾期"]),
        Row(reference: "WL-2025-0422", name: "陈杰", female: false, birth: "1979-09-30", region: "510107", phone: "15000150005",
            address: "四川省成都市武侯区玉林街道玉林北路18号2栋3单元402", product: "微粒贷", fen: 1_520_000, days: 140,
            agent: "周建华", tags: ["拒绝沟通"]),
        Row(reference: "HB-2025-0356", name: "杨静", female: true, birth: "1995-04-08", region: "420106", phone: "13900139006",
            address: "湖北省武汉市武昌区中南路街道中南二路36号5栋1204", product: "花呗", fen: 287_040, days: 58,
            agent: "周建华", tags: ["有争议"]),
        Row(reference: "BT-2025-0519", name: "赵磊", female: false, birth: "1991-12-21", region: "320102", phone: "18600186007",
            address: "江苏省南京市玄武区孝陵卫街道卫岗12号3幢708", product: "京东白条", fen: 648_000, days: 95,
            agent: "王磊", tags: ["困难户"]),
        Row(reference: "JB-2025-0533", name: "黄丽", female: true, birth: "1987-06-14", region: "610113", phone: "13800138008",
            address: "陕西省西安市雁塔区小寨路街道长安中路88号6号楼1单元1801", product: "借呗", fen: 3_120_000, days: 260,
            agent: "赵敏", tags: ["有工作"]),
        Row(reference: "HB-2025-0602", name: "周敏", female: true, birth: "1993-02-27", region: "120101", phone: "15000150009",
            address: "天津市和平区南营门街道南京路219号2门1503", product: "花呗", fen: 38_650, days: 5,
            agent: "王磊"),
        Row(reference: "JB-2025-0611", name: "吴强", female: false, birth: "1982-08-03", region: "500103", phone: "13900139010",
            address: "重庆市渝中区解放碑街道民族路166号9-3", product: "借呗", fen: 4_980_000, days: 331,
            agent: "周建华", tags: ["多次逾期", "失联"]),
        Row(reference: "ZL-2025-0624", name: "徐丹", female: true, birth: "1996-10-11", region: "430104", phone: "18600186011",
            address: "湖南省长沙市岳麓区橘子洲街道麓山南路58号7栋602", product: "招联好期贷", fen: 1_135_500, days: 121,
            agent: "赵敏", tags: ["有工作"]),
        Row(reference: "HB-2025-0637", name: "孙浩", female: false, birth: "1989-05-17", region: "370202", phone: "13800138012",
            address: "山东省青岛市市南区八大关街道香港中路40号1单元902", product: "花呗", fen: 92_080, days: 19,
            status: .promised, agent: "王磊", tags: ["已承诺"]),
        Row(reference: "BT-2025-0645", name: "胡雪", female: true, birth: "1994-01-06", region: "350203", phone: "15000150013",
            address: "福建省厦门市思明区鹭江街道湖滨南路335号14E", product: "京东白条", fen: 275_600, days: 47,
            agent: "周建华"),
        Row(reference: "JB-2025-0658", name: "朱军", female: false, birth: "1976-04-22", region: "410105", phone: "13900139014",
            address: "河南省郑州市金水区花园路街道花园路126号院3号楼2单元501", product: "借呗", fen: 1_846_000, days: 167,
            agent: "赵敏", tags: ["有工作"]),
        Row(reference: "HB-2025-0671", name: "高洁", female: true, birth: "1991-09-09", region: "210102", phone: "18600186015",
            address: "辽宁省沈阳市和平区南湖街道南京南街201号3-2-1", product: "花呗", fen: 513_220, days: 88,
            agent: "周建华", tags: ["首次上门"]),
        Row(reference: "WL-2025-0683", name: "林峰", female: false, birth: "1984-12-30", region: "530102", phone: "13800138016",
            address: "云南省昆明市五华区华山街道人民中路55号4栋1102", product: "微粒贷", fen: 2_760_000, days: 203,
            agent: "王磊", tags: ["多次逾期"]),
        Row(reference: "JB-2025-0696", name: "何雨", female: true, birth: "1998-03-03", region: "440106", phone: "15000150017",
            address: "广东省广州市天河区林和街道天河北路233号天河北苑7栋1204", product: "借呗", fen: 964_000, days: 64,
            agent: "赵敏", tags: ["有工作"]),
        Row(reference: "HB-2025-0704", name: "郭鹏", female: false, birth: "1987-07-07", region: "340104", phone: "13900139018",
            address: "安徽省合肥市蜀山区三里庵街道长江西路100号2幢803", product: "花呗", fen: 149_990, days: 26,
            status: .settled, agent: "周建华"),
        Row(reference: "ZL-2025-0712", name: "马艳", female: true, birth: "1983-11-15", region: "360102", phone: "18600186019",
            address: "江西省南昌市东湖区百花洲街道八一大道357号11栋", product: "招联好期贷", fen: 3_408_800, days: 289,
            agent: "王磊", tags: ["困难户"]),
        Row(reference: "JB-2025-0725", name: "罗斌", female: false, birth: "1990-06-28", region: "450103", phone: "13800138020",
            address: "广西壮族自治区南宁市青秀区新竹街道民族大道88号3栋2单元1601", product: "借呗", fen: 1_280_000, days: 112,
            status: .planAgreed, agent: "赵敏", tags: ["有工作"]),
        Row(reference: "HB-2025-0733", name: "梁晨", female: true, birth: "1997-08-19", region: "320508", phone: "15000150021",
            address: "江苏省苏州市姑苏区平江街道人民路1208号8幢402", product: "花呗", fen: 66_500, days: 12,
            agent: "周建华", tags: ["首次上门"]),
        Row(reference: "BT-2025-0741", name: "宋佳", female: true, birth: "1992-04-30", region: "370102", phone: "13900139022",
            address: "山东省济南市历下区泉城路街道泉城路180号6号楼702", product: "京东白条", fen: 1_032_000, days: 143,
            agent: "王磊"),
        Row(reference: "JB-2025-0756", name: "郑凯", female: false, birth: "1980-02-14", region: "350102", phone: "18600186023",
            address: "福建省福州市鼓楼区东街街道五四路158号2座1905", product: "借呗", fen: 5_650_000, days: 376,
            agent: "赵敏", tags: ["多次逾期", "失联"]),
        Row(reference: "HB-2025-0768", name: "谢婷", female: true, birth: "1999-12-05", region: "130102", phone: "13800138024",
            address: "河北省石家庄市长安区建北街道中山东路300号5栋3单元602", product: "花呗", fen: 128_760, days: 41,
            agent: "周建华"),
        Row(reference: "WL-2025-0779", name: "唐亮", female: false, birth: "1986-10-26", region: "140105", phone: "15000150025",
            address: "山西省太原市小店区坞城街道长治路111号12号楼1单元1401", product: "微粒贷", fen: 784_300, days: 99,
            agent: "王磊", tags: ["有工作"]),
        Row(reference: "JB-2025-0785", name: "冯雪梅", female: true, birth: "1978-01-31", region: "230103", phone: "13900139026",
            address: "黑龙江省哈尔滨市南岗区花园街道西大直街92号4单元501", product: "借呗", fen: 2_045_000, days: 228,
            agent: "赵敏", tags: ["困难户"]),
        Row(reference: "HB-2025-0792", name: "董涛", female: false, birth: "1993-05-20", region: "220104", phone: "18600186027",
            address: "吉林省长春市朝阳区重庆路街道人民大街2888号7栋2门", product: "花呗", fen: 310_450, days: 52,
            status: .closed, agent: "周建华", tags: ["已搬迁"]),
        Row(reference: "ZL-2025-0806", name: "程琳", female: true, birth: "1989-09-13", region: "620102", phone: "13800138028",
            address: "甘肃省兰州市城关区张掖路街道庆阳路77号3号楼1502", product: "招联好期贷", fen: 1_699_900, days: 158,
            agent: "王磊"),
        Row(reference: "JB-2025-0814", name: "曹宇", female: false, birth: "1995-03-18", region: "520102", phone: "15000150029",
            address: "贵州省贵阳市南明区中华南路街道中华南路49号2单元9楼", product: "借呗", fen: 740_000, days: 83,
            agent: "赵敏", tags: ["有工作"]),
        Row(reference: "HB-2025-0827", name: "袁媛", female: true, birth: "1991-07-01", region: "460106", phone: "13900139030",
            address: "海南省海口市龙华区金贸街道国贸大道56号16楼", product: "花呗", fen: 218_830, days: 37,
            agent: "周建华", tags: ["首次上门"]),
        Row(reference: "BT-2025-0833", name: "沈佳怡", female: true, birth: "2000-11-22", region: "320213", phone: "18600186031",
            address: "江苏省无锡市梁溪区崇安寺街道中山路218号5幢1003", product: "京东白条", fen: 45_600, days: 8,
            agent: "王磊"),
        Row(reference: "JB-2025-0849", name: "曾志明", female: false, birth: "1981-04-09", region: "330212", phone: "13800138032",
            address: "浙江省宁波市鄞州区首南街道天童南路588号1幢2104", product: "借呗", fen: 4_215_000, days: 301,
            status: .planAgreed, agent: "赵敏", tags: ["有工作", "已承诺"]),
        Row(reference: "HB-2025-0855", name: "彭丽娟", female: true, birth: "1985-08-16", region: "441900", phone: "15000150033",
            address: "广东省东莞市南城街道鸿福路106号南城花园9栋601", product: "花呗", fen: 572_010, days: 71,
            agent: "周建华"),
        Row(reference: "WL-2025-0862", name: "吕思远", female: false, birth: "1994-06-06", region: "440604", phone: "13900139034",
            address: "广东省佛山市禅城区祖庙街道祖庙路33号5座702", product: "微粒贷", fen: 1_090_000, days: 134,
            agent: "王磊", tags: ["多次逾期"]),
        Row(reference: "JB-2025-0870", name: "苏晓燕", female: true, birth: "1988-02-19", region: "210202", phone: "18600186035",
            address: "辽宁省大连市中山区人民路街道人民路68号1单元2203", product: "借呗", fen: 2_666_600, days: 244,
            agent: "赵敏", tags: ["困难户"]),
        Row(reference: "HB-2025-0881", name: "卢文博", female: false, birth: "1997-01-25", region: "330302", phone: "13800138036",
            address: "浙江省温州市鹿城区五马街道人民东路77号3幢1202", product: "花呗", fen: 174_300, days: 29,
            status: .promised, agent: "周建华", tags: ["已承诺"]),
        Row(reference: "ZL-2025-0893", name: "蒋欣", female: true, birth: "1990-10-10", region: "330602", phone: "15000150037",
            address: "浙江省绍兴市越城区府山街道解放北路215号6幢501", product: "招联好期贷", fen: 835_400, days: 117,
            agent: "王磊"),
        Row(reference: "JB-2025-0904", name: "蔡建国", female: false, birth: "1972-09-01", region: "410305", phone: "13900139038",
            address: "河南省洛阳市涧西区重庆路街道中州西路70号院8号楼3单元", product: "借呗", fen: 6_980_000, days: 398,
            agent: "赵敏", tags: ["多次逾期", "失联"]),
        Row(reference: "HB-2025-0912", name: "贾玉兰", female: true, birth: "1984-03-08", region: "450305", phone: "18600186039",
            address: "广西壮族自治区桂林市七星区七星路街道漓江路12号4栋2单元301", product: "花呗", fen: 96_420, days: 15,
            agent: "周建华", tags: ["首次上门"]),
        Row(reference: "BT-2025-0925", name: "丁海波", female: false, birth: "1992-12-12", region: "440402", phone: "13800138040",
            address: "广东省珠海市香洲区拱北街道凤凰北路1099号2栋1806", product: "京东白条", fen: 1_377_700, days: 176,
            agent: "王磊", tags: ["有工作"]),
    ]
}
