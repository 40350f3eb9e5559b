import ArgumentParser
import Foundation
import TeamServer
import VisitDesk

/// `visitdesk enroll --pg URL --token T [--db PATH]`: this device joins the team once. The
/// server learns the device's id and public key, the one-time token is spent, and the login's
/// new password — known only to this device, never shown — goes into VisitDesk's `pgpass`
/// (0600); the address is kept for `sync` and the desk. Events recorded before are signed now.
struct EnrollCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enroll",
        abstract: "Enrol this device with the team's server, once, with the token from `visitdesk server add-operator`.",
        discussion: "Needs the device identity from `visitdesk init --operator \"name/badge\"` first. The token works once.")

    @OptionGroup var database: DatabaseOptions

    @Option(name: .customLong("pg"), help: ArgumentHelp(
        "The team's PostgreSQL as postgresql://USER@HOST:PORT/DATABASE[?sslmode=require] (default: $VISITDESK_PG or [team] server in the configuration file); no password in it.",
        valueName: "url"))
    var pg: String?

    @Option(help: ArgumentHelp("The one-time enrolment token.", valueName: "token"))
    var token: String

    func run() throws {
        let files = DeviceIdentityFiles()
        guard let identity = try files.load() else { throw TeamError.noIdentity(folder: files.folder) }
        let config = try VisitDeskConfig.load()
        let address = try ServerSetting.requiredAddress(explicit: pg, config: config)
        let passwords = PasswordFile.visitDesk()
        // The password is kept before the server commits it, so a password file that cannot be
        // written leaves the token unspent.
        let enrolled = try Enrolment.enroll(token: token.trimmingCharacters(in: .whitespacesAndNewlines), device: identity, at: address) {
            operatorAddress, password in try passwords.store(password: password, for: operatorAddress)
        }
        try ServerSetting.save(enrolled.address)
        CommandOutput.error("""
            enrolled device \(identity.deviceID) as \(SafeText.neutralised(identity.operatorName)) on \(enrolled.address)
            its password is in \(passwords.path) (mode 0600); the server address in \(ServerSetting.savedAddressPath())
            """)
        if FileManager.default.fileExists(atPath: database.path) {
            let signed = try database.openExisting().signUnsignedEvents()
            if signed > 0 { CommandOutput.error("\(signed) events in \(database.path) are now signed by this device") }
        }
    }
}
