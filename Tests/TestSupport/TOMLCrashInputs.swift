/// TOML that made toml++ (inside TOMLKit) abort the whole process, as libFuzzer minimised it
/// (issue 8), with the line and column the syntax gate refuses each at. Every loader of TOML —
/// themes, playbooks, config.toml — is tested against the same list.
public enum TOMLCrashInputs {
    /// The bytes of each input and where it is refused. As a file, `[\xFF` is not UTF-8 and
    /// is refused as unreadable before it is parsed.
    public static let minimised: [(bytes: [UInt8], line: Int, column: Int)] = [
        (Array("[\n".utf8), 1, 2),
        (Array("[[\n".utf8), 1, 3),
        (Array("[!]\n".utf8), 1, 2),
        (Array("[é]\n".utf8), 1, 2),
        ([0x5B, 0xFF], 1, 2),
        (Array("p=[}".utf8), 1, 4),
        (Array("p=[1,}\n".utf8), 1, 6),
        (Array("p=[\n}]\n".utf8), 2, 1),
        (Array("d=888i------ 4#".utf8), 1, 6),
    ]
}
