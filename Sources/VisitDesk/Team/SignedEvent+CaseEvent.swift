import Foundation

extension SignedEvent {
    /// The case record this carries, numbered `caseID` here; an error names what is wrong with it.
    public func caseEvent(caseID: Int64) throws(StoreError) -> CaseEvent {
        try CaseEventChain.decode(CaseEventRecord(caseID: caseID, sequence: sequence, kind: kind, at: at, payload: payload, hash: hash),
                                  decoder: JSONDecoder())
    }
}
