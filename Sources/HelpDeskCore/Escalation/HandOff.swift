import Foundation

/// What the receiving tier reads first about an escalation, beyond the event itself: how long
/// the ticket spent in the tier it left, and which KB articles were consulted there.
public struct HandOff: Sendable, Equatable {
    public var escalation: TicketEvent
    /// From the moment the ticket entered the previous tier (creation, or the move that brought
    /// it there) to the escalation.
    public var timeInPreviousTier: TimeInterval
    /// Articles read or linked while it was in the previous tier, in first-seen order.
    public var articlesConsulted: [Int64]

    public init(escalation: TicketEvent, ticket: Ticket, history: [TicketEvent]) {
        self.escalation = escalation
        let index = history.lastIndex { $0 == escalation } ?? history.endIndex
        let before = history[..<index]
        let entry = before.last { ($0.type == .escalated || $0.type == .deescalated) && $0.toTier == escalation.fromTier }
        let entered = entry?.at ?? ticket.createdAt
        timeInPreviousTier = max(0, escalation.at.timeIntervalSince(entered))
        let since = entry.flatMap { e in before.lastIndex { $0 == e } }.map { $0 + 1 } ?? before.startIndex
        articlesConsulted = TriedChecklist.articleIDs(in: Array(before[since...]))
    }

    /// `45 min`, `1h03`, `2d 3h`: short enough for a box title.
    public static func compactDuration(_ seconds: TimeInterval) -> String {
        let minutes = Int(seconds / 60)
        if minutes < 60 { return "\(minutes) min" }
        let hours = minutes / 60
        if hours < 24 { return "\(hours)h" + String(format: "%02d", minutes % 60) }
        return "\(hours / 24)d \(hours % 24)h"
    }
}
