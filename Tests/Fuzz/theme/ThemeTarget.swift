import TUI

/// libFuzzer entry point for the theme TOML loader: any text must give a theme or a
/// `ThemeError` that can be shown, never a trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTheme(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    do {
        let theme = try Theme.parse(text, file: "fuzz.toml")
        for role in StyleRole.allCases { _ = theme[role] }
    } catch {
        if let line = error.line { precondition(line >= 1, "a theme error on line \(line)") }
        _ = error.description
    }
    return 0
}
