import Foundation
import PostgresNIO
import VisitDesk

/// An agent's device joins the team: with the one-time token from `server add-operator` it logs
/// in as its operator, registers its id and public key, and replaces the token with a password
/// of its own, which only this device knows (kept by the caller in the 0600 password file).
public enum Enrolment {
    public struct Enrolled: Sendable {
        /// The address logged in as the operator's login: what sync uses from now on.
        public var address: ServerAddress
        public var badge: String
        public var password: String
    }

    /// `keep` receives the operator's address and the new password before the change is
    /// committed: when it cannot keep them (the password file cannot be written), it throws,
    /// nothing changes on the server and the token still works.
    public static func enroll(token: String, device: DeviceIdentity, at address: ServerAddress,
                              keeping keep: @escaping @Sendable (ServerAddress, String) throws -> Void = { _, _ in }) throws(ServerError) -> Enrolled {
        guard let login = OperatorLogin.login(ofToken: token) else {
            throw .refused(reason: "this is not an enrolment token (visitdesk server add-operator prints one)")
        }
        let operatorAddress = address.loggedIn(as: login)
        let server: ServerConnection
        do {
            server = try ServerConnection.open(operatorAddress, password: token)
        } catch {
            throw .refused(reason: "the enrolment token was not accepted (it may have been used already)")
        }
        defer { server.close() }
        try ServerMigrator.requireCurrent(server)
        let password = OperatorLogin.randomSecret()
        let deviceID = device.deviceID
        let publicKey = device.publicKey
        let expectedBadge = device.operatorProfile.badge
        let badge: String = try server.run { connection, logger in
            try await connection.withTransaction(logger: logger) { connection in
                var badge = ""
                for try await found in try await connection.query(
                    "SELECT vd_enroll(\(token), \(deviceID)::uuid, \(publicKey))", logger: logger).decode(String.self) { badge = found }
                guard badge.lowercased() == expectedBadge.lowercased() else {
                    throw ServerError.refused(reason: "the token is for the operator \(badge), but this device is set up for \(expectedBadge)")
                }
                try await connection.query(PostgresQuery(unsafeSQL: "ALTER ROLE \"\(login)\" PASSWORD '\(password)'"), logger: logger)
                try keep(operatorAddress, password)
                return badge
            }
        }
        return Enrolled(address: operatorAddress, badge: badge, password: password)
    }
}
