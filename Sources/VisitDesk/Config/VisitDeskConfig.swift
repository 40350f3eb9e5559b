import Foundation
import TOMLGate
import TOMLKit

/// The user's settings from `$XDG_CONFIG_HOME/visitdesk/config.toml` (`~/.config/…` when unset).
/// Every key is optional; a missing file means the defaults:
///
/// ```toml
/// [rules]
/// working_hours_start = "08:00"
/// working_hours_end = "21:00"
/// time_zone = "Asia/Shanghai"      # default: the system's
/// max_instalment_percent = 50      # of the debtor's stated monthly income
/// min_visitors = 2
///
/// [desk]
/// language = "zh"                  # or "en"; default from the locale
/// theme = "default"                # a name from themes/ or a file path
///
/// [obligations]
/// grace_days = 3                   # 0…60: days after the due day a payment still counts
/// ```
public struct VisitDeskConfig: Hashable, Sendable {
    public var rules: RuleConfig
    public var language: Language?
    public var theme: String?
    /// How posted payments settle obligations: the store is opened with it.
    public var paymentRule: PaymentRule
    /// `[team] server`: the team's PostgreSQL URL (no password), when set.
    public var teamServer: String?

    public init(rules: RuleConfig = .default, language: Language? = nil, theme: String? = nil, paymentRule: PaymentRule = PaymentRule()) {
        self.rules = rules
        self.language = language
        self.theme = theme
        self.paymentRule = paymentRule
    }

    /// Every key the file may hold, as `table.key`.
    public static let knownKeys = [
        "rules.working_hours_start", "rules.working_hours_end", "rules.time_zone", "rules.max_instalment_percent",
        "rules.min_visitors", "desk.language", "desk.theme", "obligations.grace_days", "team.server",
    ]

    /// Where the configuration file is looked for.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let configHome: String
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            configHome = xdg
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            configHome = home + "/.config"
        }
        return configHome + "/visitdesk/config.toml"
    }

    /// Reads the configuration file at `defaultPath`; the defaults when there is none.
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws(ConfigError) -> VisitDeskConfig {
        let path = defaultPath(environment: environment)
        guard FileManager.default.fileExists(atPath: path) else { return VisitDeskConfig() }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadable(file: path, reason: error.localizedDescription)
        }
        return try parse(text, file: path)
    }

    /// Reads a configuration from TOML text; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws(ConfigError) -> VisitDeskConfig {
        let root: TOMLTable
        do {
            root = try TOMLGate.parse(text)
        } catch {
            throw .syntax(file: file, line: error.line, column: error.column, message: error.message)
        }
        let locator = TOMLKeyLocator(source: text)
        func line(_ key: String) -> Int { locator.line(of: key.split(separator: ".").map(String.init)) ?? 1 }
        var values: [String: TOMLValueConvertible] = [:]
        for tableName in root.keys {
            guard let table = root[tableName]?.table else {
                throw .unknownKey(file: file, line: line(tableName), key: tableName)
            }
            for key in table.keys {
                let path = "\(tableName).\(key)"
                guard knownKeys.contains(path), let value = table[key] else {
                    throw .unknownKey(file: file, line: line(path), key: path)
                }
                values[path] = value
            }
        }
        func string(_ key: String) throws(ConfigError) -> String? {
            guard let value = values[key] else { return nil }
            guard let text = value.string else { throw .wrongType(file: file, line: line(key), key: key, expected: "a string in quotes") }
            return text
        }
        func integer(_ key: String, in range: ClosedRange<Int>) throws(ConfigError) -> Int? {
            guard let value = values[key] else { return nil }
            guard let number = value.int else { throw .wrongType(file: file, line: line(key), key: key, expected: "a whole number") }
            guard range.contains(number) else {
                throw .badValue(file: file, line: line(key), key: key, reason: "\(number) is not between \(range.lowerBound) and \(range.upperBound)")
            }
            return number
        }
        func time(_ key: String) throws(ConfigError) -> TimeOfDay? {
            guard let text = try string(key) else { return nil }
            guard let time = TimeOfDay(text) else {
                throw .badValue(file: file, line: line(key), key: key, reason: "\"\(text)\" is not a time like \"08:00\"")
            }
            return time
        }
        var config = VisitDeskConfig()
        if let start = try time("rules.working_hours_start") { config.rules.workdayStart = start }
        if let end = try time("rules.working_hours_end") { config.rules.workdayEnd = end }
        guard config.rules.workdayStart < config.rules.workdayEnd else {
            throw .badValue(file: file, line: line("rules.working_hours_end"), key: "rules.working_hours_end",
                            reason: "working hours must end after they start (\(config.rules.workdayStart))")
        }
        if let name = try string("rules.time_zone") {
            guard let zone = TimeZone(identifier: name) else {
                throw .badValue(file: file, line: line("rules.time_zone"), key: "rules.time_zone",
                                reason: "\"\(name)\" is not a time zone like \"Asia/Shanghai\"")
            }
            config.rules.timeZone = zone
        }
        if let percent = try integer("rules.max_instalment_percent", in: 1...100) { config.rules.maxInstalmentPercent = percent }
        if let visitors = try integer("rules.min_visitors", in: 1...10) { config.rules.minVisitors = visitors }
        if let code = try string("desk.language") {
            guard let language = Language(rawValue: code) else {
                throw .badValue(file: file, line: line("desk.language"), key: "desk.language", reason: "\"\(code)\" is neither \"zh\" nor \"en\"")
            }
            config.language = language
        }
        config.theme = try string("desk.theme")
        let graceDays = try integer("obligations.grace_days", in: PaymentRule.graceDayRange) ?? PaymentRule.defaultGraceDays
        config.paymentRule = PaymentRule(graceDays: graceDays, timeZone: config.rules.timeZone)
        config.teamServer = try string("team.server")
        return config
    }
}
