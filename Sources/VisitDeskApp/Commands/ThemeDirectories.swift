import Foundation
import VisitDesk

/// Where themes are looked up by name: the user's config, then beside an installed binary
/// (`PREFIX/share/visitdesk/themes` for `PREFIX/bin/visitdesk`, where `scripts/install` puts
/// them), then the source tree's `themes/` for a binary run from its build directory.
enum ThemeDirectories {
    static func search(environment: [String: String], executable: URL? = RunningProgram.executable) -> [URL] {
        let config = URL(fileURLWithPath: VisitDeskConfig.defaultPath(environment: environment)).deletingLastPathComponent()
        let installed = executable.map {
            $0.resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("share/visitdesk/themes")
        }
        let packageThemes = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("themes")
        return [config.appendingPathComponent("themes")] + (installed.map { [$0] } ?? []) + [packageThemes]
    }
}
