import Foundation

/// An evidence file as a visit's record holds it: what was kept and when it was attached.
public struct AttachedEvidence: Hashable, Sendable {
    public var attachment: Attachment
    public var at: Date

    public init(attachment: Attachment, at: Date) {
        self.attachment = attachment
        self.at = at
    }
}

extension VisitState {
    /// The visit's evidence files with the time each was attached, in the order attached
    /// (an attachment cannot be undone, so every such event counts).
    public var attachedEvidence: [AttachedEvidence] {
        events.compactMap { event in
            guard case .evidenceAttached(let attachment) = event.kind else { return nil }
            return AttachedEvidence(attachment: attachment, at: event.at)
        }
    }
}
