import ArgumentParser
import Foundation
import VisitDesk

/// How a list is printed.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

/// How an export is written.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case json, csv
}

/// The language of printed labels.
enum LanguageChoice: String, ExpressibleByArgument, CaseIterable {
    case zh, en

    /// `--lang` if given, else the configuration file's, else the locale's.
    static func resolve(_ choice: LanguageChoice?, config: VisitDeskConfig?) -> Language {
        if let choice { return choice == .zh ? .zh : .en }
        return config?.language ?? .preferred(environment: ProcessInfo.processInfo.environment)
    }
}
