import VisitDesk

/// libFuzzer entry point for the playbook TOML loader: any text must give a playbook or a
/// `PlaybookError`, never a trap, and an accepted playbook must survive export and re-import.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPlaybook(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    do {
        let playbook = try PlaybookTOML.parse(text, file: "fuzz.toml")
        let exported = PlaybookTOML.export(playbook)
        do {
            let again = try PlaybookTOML.parse(exported, file: "exported.toml")
            precondition(again == playbook, "the exported playbook reads back different:\n\(exported)")
        } catch {
            preconditionFailure("the exported playbook does not read back: \(error)\n\(exported)")
        }
    } catch {
        _ = error.description
    }
    return 0
}
