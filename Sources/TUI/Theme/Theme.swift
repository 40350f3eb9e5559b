import Foundation

/// Colours and attributes for every style role, read from a TOML file.
public struct Theme: Hashable, Sendable {
    /// The theme's name, e.g. `default`.
    public var name: String
    /// The styles the theme sets; other roles fall back (see `subscript`).
    public var roles: [StyleRole: RoleStyle]

    /// Creates a theme.
    public init(name: String, roles: [StyleRole: RoleStyle]) {
        self.name = name
        self.roles = roles
    }

    /// The style of `role`; a role the theme leaves out takes the theme's `normal`
    /// colours with the role's monochrome emphasis.
    public subscript(role: StyleRole) -> RoleStyle {
        if let style = roles[role] { return style }
        var fallback = RoleStyle.monochrome(role)
        if let normal = roles[.normal] {
            fallback.foreground = normal.foreground
            fallback.background = normal.background
        }
        return fallback
    }

    /// The default theme, compiled in so the program works from any directory.
    public static let builtInDefault: Theme = {
        do {
            return try parse(BuiltInTheme.defaultTOML, file: "default.toml")
        } catch {
            preconditionFailure("the built-in default theme does not parse: \(error)")
        }
    }()

    /// Reads a theme from TOML text; `file` names it in errors and, when the text has
    /// no `name`, gives the theme its name.
    public static func parse(_ toml: String, file: String) throws(ThemeError) -> Theme {
        try ThemeParser(source: toml, file: file).parse()
    }

    /// Loads a theme by file path (anything containing `/` or ending in `.toml`) or by
    /// name: `NAME.toml` in the first of `searchDirectories` that has it, and for
    /// `default` the built-in theme when no directory has one.
    public static func load(nameOrPath: String, searchDirectories: [URL]) throws(ThemeError) -> Theme {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") {
            return try loadFile(URL(fileURLWithPath: nameOrPath), shownAs: nameOrPath)
        }
        for directory in searchDirectories {
            let candidate = directory.appendingPathComponent(nameOrPath + ".toml")
            if FileManager.default.fileExists(atPath: candidate.path) {
                return try loadFile(candidate, shownAs: candidate.path)
            }
        }
        if nameOrPath == "default" { return builtInDefault }
        let known = available(in: searchDirectories).joined(separator: ", ")
        throw ThemeError(file: nameOrPath, message: "no theme of that name (available: \(known))")
    }

    /// The names of the themes found in `directories` (files `NAME.toml`), plus
    /// `default`, sorted and without repeats.
    public static func available(in directories: [URL]) -> [String] {
        var names: Set<String> = ["default"]
        for directory in directories {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for file in files where file.hasSuffix(".toml") {
                names.insert(String(file.dropLast(".toml".count)))
            }
        }
        return names.sorted()
    }

    private static func loadFile(_ url: URL, shownAs file: String) throws(ThemeError) -> Theme {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ThemeError(file: file, message: "cannot read the theme file (\(error.localizedDescription))")
        }
        return try parse(text, file: file)
    }
}
