/// The name an evidence file is recorded under: the last component of the path it was
/// attached from, with every character no stored text may hold (controls, tabs, line breaks,
/// bidirectional overrides — see `SafeText.isUnsafe`) replaced by `_`. A file named with an
/// escape sequence is still attached, under a name that shows what it was, rather than refused
/// for its name. The name is only a label: the file is stored under its hash, and copied out
/// under `SafeFileName.from(name)`, so no name can lead outside a folder.
public enum EvidenceName {
    public static func from(path: String) -> String {
        let last = path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
        let kept = last.unicodeScalars.map { SafeText.isUnsafe($0) ? "_" : $0 }
        let name = String(String.UnicodeScalarView(kept))
        return name.isEmpty ? "_" : name
    }
}
