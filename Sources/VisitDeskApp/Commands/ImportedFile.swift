import Foundation

/// The bytes of a file an import names, or a failure that says why it cannot be read.
enum ImportedFile {
    static func read(_ file: String) throws -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw CommandFailure.cannotRead(file: file, reason: (error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
    }
}
