import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The device identity on disk, beside the configuration file (`$XDG_CONFIG_HOME/visitdesk/`,
/// folder 0700): `device.json` (id, operator, public key) and `device.key` (the private key,
/// base64). Both are private (0600) and written whole or not at all; the key is written first,
/// so a half-made identity is one without `device.json` and is made again.
public struct DeviceIdentityFiles: Sendable {
    public let folder: String

    public init(folder: String) { self.folder = folder }

    /// The folder of the configuration file `VisitDeskConfig.defaultPath` names.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        folder = URL(fileURLWithPath: VisitDeskConfig.defaultPath(environment: environment)).deletingLastPathComponent().path
    }

    public var profilePath: String { folder + "/device.json" }
    public var keyPath: String { folder + "/device.key" }

    private struct Profile: Codable {
        var deviceID: String
        var operatorName: String
        var badge: String
        var publicKey: String
    }

    /// The identity kept here, or nil when this folder has none.
    public func load() throws(TeamError) -> DeviceIdentity? {
        guard FileManager.default.fileExists(atPath: profilePath) else { return nil }
        do {
            let profile = try JSONDecoder().decode(Profile.self, from: Data(contentsOf: URL(fileURLWithPath: profilePath)))
            let keyText = try String(contentsOfFile: keyPath, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
            guard let raw = Data(base64Encoded: keyText) else { throw TeamError.unreadableIdentity(path: keyPath, reason: "not base64") }
            let key = try Curve25519.Signing.PrivateKey(rawRepresentation: raw)
            guard key.publicKey.rawRepresentation.base64EncodedString() == profile.publicKey else {
                throw TeamError.unreadableIdentity(path: keyPath, reason: "the key does not match device.json")
            }
            let person = try OperatorProfile.parse(Visitor(name: profile.operatorName, badge: profile.badge).typed)
            return DeviceIdentity(deviceID: profile.deviceID.lowercased(), operatorProfile: person, privateKey: key)
        } catch let error as TeamError {
            throw error
        } catch {
            throw .unreadableIdentity(path: profilePath, reason: error.localizedDescription)
        }
    }

    /// The identity kept here for `operatorProfile`, made now when there is none. An identity of
    /// another operator is refused: one device, one operator.
    public func loadOrCreate(for operatorProfile: Visitor) throws(TeamError) -> (identity: DeviceIdentity, created: Bool) {
        if let existing = try load() {
            guard existing.operatorProfile.badge.lowercased() == operatorProfile.badge.lowercased() else {
                throw .otherOperator(existing: existing.operatorProfile, folder: folder)
            }
            return (existing, false)
        }
        let identity = DeviceIdentity.generate(for: operatorProfile)
        try makeFolder()
        try writePrivately(Data(identity.privateKeyData.base64EncodedString().utf8), to: keyPath)
        let profile = Profile(deviceID: identity.deviceID, operatorName: operatorProfile.name, badge: operatorProfile.badge,
                              publicKey: identity.publicKey)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do {
            try writePrivately(try encoder.encode(profile), to: profilePath)
        } catch let error as TeamError {
            throw error
        } catch {
            throw .cannotWriteIdentity(path: profilePath, reason: error.localizedDescription)
        }
        return (identity, true)
    }

    private func makeFolder() throws(TeamError) {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw .cannotWriteIdentity(path: folder, reason: error.localizedDescription)
        }
    }

    /// Writes `data` to a new 0600 file beside `path`, syncs it and renames it over `path`.
    private func writePrivately(_ data: Data, to path: String) throws(TeamError) {
        let temporary = path + ".\(UUID().uuidString).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .cannotWriteIdentity(path: path, reason: String(cString: strerror(errno))) }
        let written = data.withUnsafeBytes { DescriptorIO.writeAll(descriptor, $0) } && fsync(descriptor) == 0
        close(descriptor)
        guard written, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .cannotWriteIdentity(path: path, reason: reason)
        }
    }
}
