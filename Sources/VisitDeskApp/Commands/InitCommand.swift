import ArgumentParser
import Foundation
import VisitDesk

/// `visitdesk init [--operator "王磊/WF-0312"]`: creates an empty database and says where; with
/// `--operator`, also this machine's device identity (an id and an Ed25519 key, kept 0600 in the
/// configuration folder), after which every event is stamped with operator and device and signed.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create an empty database (the other commands, except demo and import, need one), and with --operator this device's identity.")

    @OptionGroup var database: DatabaseOptions

    @Option(name: .customLong("operator"), help: ArgumentHelp("Who works this device, as name/badge (王磊/WF-0312).", valueName: "name/badge"))
    var operatorProfile: String?

    func run() throws {
        if let operatorProfile {
            let person = try OperatorProfile.parse(operatorProfile)
            let files = DeviceIdentityFiles()
            let (identity, created) = try files.loadOrCreate(for: person)
            if created {
                CommandOutput.error("device \(identity.deviceID) for \(SafeText.neutralised(identity.operatorName)); its key is in \(files.keyPath) (mode 0600)")
            } else {
                CommandOutput.error("this device (\(identity.deviceID)) is already set up for \(SafeText.neutralised(identity.operatorName))")
            }
        }
        let existed = FileManager.default.fileExists(atPath: database.path)
        let store = try database.openCreating()
        if existed {
            CommandOutput.error(operatorProfile == nil ? "\(store.path) already holds a database; nothing created" : "using the database at \(store.path)")
        } else {
            CommandOutput.error("created an empty database at \(store.path)")
        }
        if operatorProfile != nil {
            let signed = try store.signUnsignedEvents()
            CommandOutput.error("\(signed) events in it are signed by this device")
        }
    }
}
