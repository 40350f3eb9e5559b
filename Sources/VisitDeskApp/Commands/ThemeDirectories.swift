import Foundation
import VisitDesk

/// Where themes are looked up by name: the user's config, then the package's `themes/`.
enum ThemeDirectories {
    static func search(environment: [String: String]) -> [URL] {
        let config = URL(fileURLWithPath: VisitDeskConfig.defaultPath(environment: environment)).deletingLastPathComponent()
        let packageThemes = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("themes")
        return [config.appendingPathComponent("themes"), packageThemes]
    }
}
