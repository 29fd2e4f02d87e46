import Foundation

/// Text being typed that the technician would lose if the process ended now: a reply, an
/// internal note or a resolution in the composer, a send-back coaching note, the intake form,
/// or the escalation wizard's texts. Screens report it (``Screen/draft``), the app keeps it in
/// a ``DraftStoring`` and reopens the screen with it on the next start.
///
/// Plain data with string fields, so the file stays readable (and recoverable by hand) and a
/// newer field never makes an older draft unreadable.
public struct Draft: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case reply, note, resolve
        case sendBack = "send-back"
        case intake, escalation
    }

    public var kind: Kind
    /// The ticket the text is about (nil for a new ticket).
    public var ticketID: Int64?
    /// The texts by field: `text` for the composer and the coaching note; the intake form's
    /// `requester`, `subject`, `details`, `area` (and `kind`, `impact`, `urgency`); the wizard's
    /// `reason`, `tried`, `urgency`, `external`, `area`.
    public var fields: [String: String]

    public init(kind: Kind, ticketID: Int64? = nil, fields: [String: String]) {
        self.kind = kind
        self.ticketID = ticketID
        self.fields = fields
    }

    public subscript(_ field: String) -> String { fields[field] ?? "" }

    /// A draft worth keeping has typed text; choices alone (impact, urgency) are not.
    public static func typed(_ kind: Kind, ticketID: Int64? = nil, text: [String: String], choices: [String: String] = [:]) -> Draft? {
        guard text.values.contains(where: { !$0.allSatisfy(\.isWhitespace) }) else { return nil }
        return Draft(kind: kind, ticketID: ticketID, fields: text.merging(choices) { typed, _ in typed })
    }
}
