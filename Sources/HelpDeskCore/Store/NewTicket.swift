import Foundation

/// What a technician fills in to log a ticket. Priority is computed, never typed.
public struct NewTicket: Sendable, Equatable {
    public var kind: TicketKind
    public var subject: String
    public var description: String
    public var requester: String
    public var category: String?
    public var impact: Impact
    public var urgency: Urgency

    public init(
        kind: TicketKind = .incident, subject: String, description: String = "", requester: String,
        category: String? = nil, impact: Impact = .medium, urgency: Urgency = .medium
    ) {
        self.kind = kind
        self.subject = subject
        self.description = description
        self.requester = requester
        self.category = category
        self.impact = impact
        self.urgency = urgency
    }

    /// The longest subject and description accepted, so a pasted log cannot swamp the desk.
    public static let maxSubjectLength = 300
    public static let maxDescriptionBytes = 1_000_000

    /// Checks the form and returns the cleaned-up ticket, or the first problem with the field it concerns.
    public func validated() throws(WorkflowError) -> NewTicket {
        var t = self
        t.subject = subject.trimmingCharacters(in: .whitespacesAndNewlines)
        t.requester = requester.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !t.subject.isEmpty else {
            throw .missingField(field: "subject", message: "a ticket needs a subject (--subject)")
        }
        guard t.subject.count <= Self.maxSubjectLength else {
            throw .invalidValue("the subject is \(t.subject.count) characters long; the limit is \(Self.maxSubjectLength)")
        }
        guard !t.requester.isEmpty else {
            throw .missingField(field: "requester", message: "a ticket needs a requester (--requester)")
        }
        guard t.description.utf8.count <= Self.maxDescriptionBytes else {
            throw .invalidValue("the description is \(t.description.utf8.count) bytes; the limit is \(Self.maxDescriptionBytes) bytes (1 MB)")
        }
        if let c = t.category?.trimmingCharacters(in: .whitespacesAndNewlines) {
            t.category = c.isEmpty ? nil : c.lowercased()
        }
        return t
    }
}
