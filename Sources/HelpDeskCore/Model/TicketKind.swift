/// ITIL's two kinds of first contact: something broke, or someone wants something.
public enum TicketKind: String, Codable, CaseIterable, Sendable {
    case incident
    case request
}
