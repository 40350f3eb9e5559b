import GRDB

/// Names another device's case records as this desk does. Appointment ids are numbered per
/// device (`A1` exists on both), so another device's `A1` is `A1@1a2b3c4d` here (its device id's
/// first digits), and this desk's own `A3`, named `A3@…` by another device that cancelled it,
/// is `A3` again. Obligation ids number visits by each desk's own numbers (`V7-1`), so a hand
/// mark is placed through the global id of the visit that agreed it, or, for marks without
/// one, through the marking device's own visit of that number.
struct RemoteCaseNames {
    let db: Database
    /// This desk's device id, nil without an identity.
    let ownDevice: String?

    /// `kind`, recorded on `device`, as this desk names it; nil for a hand mark of an obligation
    /// whose visit this desk does not hold.
    func localized(_ kind: CaseEventKind, device: String) throws -> CaseEventKind? {
        switch kind {
        case .appointmentSet(var appointment):
            appointment.id = Self.appointmentID(appointment.id, recordedOn: device, here: ownDevice)
            return .appointmentSet(appointment)
        case .appointmentCancelled(let appointmentID, let reason):
            return .appointmentCancelled(appointmentID: Self.appointmentID(appointmentID, recordedOn: device, here: ownDevice), reason: reason)
        case .obligationMarked(let obligationID, let state, let reason, let visitUID):
            guard let local = try localObligationID(obligationID, visitUID: visitUID, device: device) else { return nil }
            return .obligationMarked(obligationID: local, state: state, reason: reason, visitUID: visitUID)
        case .contactAttempted, .nextActionSet, .paymentPosted, .evidenceAttached:
            return kind
        }
    }

    static func appointmentID(_ id: String, recordedOn device: String, here ownDevice: String?) -> String {
        guard let at = id.lastIndex(of: "@") else { return id + "@" + EventAuthor.shortDevice(device.lowercased()) }
        let named = id[id.index(after: at)...]
        return ownDevice.map { named == EventAuthor.shortDevice($0.lowercased()) } == true ? String(id[..<at]) : id
    }

    /// The obligation `id` names on `device`, with this desk's number of its visit.
    private func localObligationID(_ id: String, visitUID: String?, device: String) throws -> String? {
        guard var name = ObligationName(id) else { return nil }
        let local: Int64?
        if let visitUID {
            local = try Int64.fetchOne(db, sql: "SELECT id FROM visit WHERE uid = ?", arguments: [visitUID.lowercased()])
        } else {
            local = try Int64.fetchOne(db, sql: "SELECT id FROM visit WHERE remote AND device = ? AND originID = ?",
                                       arguments: [device.lowercased(), name.visitNumber])
        }
        guard let local else { return nil }
        name.visitNumber = local
        return name.description
    }
}
