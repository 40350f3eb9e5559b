import Foundation

extension SignedEvent {
    /// The evidence file this event attaches (`evidenceAttached`, of a visit or a case), if any.
    public var attachment: Attachment? {
        guard kind == "evidenceAttached" else { return nil }
        let decoder = JSONDecoder()
        switch stream {
        case .visit:
            guard case .evidenceAttached(let attachment)? = try? visitEvent(visitID: 0).kind else { return nil }
            return attachment
        case .caseRecords:
            guard case .evidenceAttached(let attachment)? = try? decoder.decode(CaseEventChain.Payload.self, from: Data(payload.utf8)).kind else {
                return nil
            }
            return attachment
        }
    }
}
