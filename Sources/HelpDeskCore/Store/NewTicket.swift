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

    /// The longest description accepted, so a pasted log cannot swamp the desk. The subject,
    /// requester and category are short fields (``FieldLimits``).
    public static let maxDescriptionBytes = 1_000_000
    /// The longest subject, in characters (``FieldLimits/subject``).
    public static var maxSubjectLength: Int { FieldLimits.subject.limit }

    /// Checks the form and returns the cleaned-up ticket, or the first problem with the field it concerns.
    public func validated() throws(WorkflowError) -> NewTicket {
        var t = self
        t.subject = try Self.short(FieldLimits.subject, subject)
        t.requester = try Self.short(FieldLimits.requester, requester)
        guard !t.subject.isEmpty else {
            throw .missingField(field: "subject", message: "a ticket needs a subject (--subject)")
        }
        guard !t.requester.isEmpty else {
            throw .missingField(field: "requester", message: "a ticket needs a requester (--requester)")
        }
        guard t.description.utf8.count <= Self.maxDescriptionBytes else {
            throw .invalidValue("the description is \(t.description.utf8.count) bytes; the limit is \(Self.maxDescriptionBytes) bytes (1 MB)")
        }
        if let category {
            let c = try Self.short(FieldLimits.category, category)
            t.category = c.isEmpty ? nil : c.lowercased()
        }
        return t
    }

    private static func short(_ field: ShortTextField, _ raw: String) throws(WorkflowError) -> String {
        try field.check(raw).mapError(WorkflowError.invalidText).get()
    }
}
