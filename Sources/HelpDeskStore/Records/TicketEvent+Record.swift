import Foundation
import GRDB
import HelpDeskCore

/// Row mapping for the append-only history. Not persistable: events are written only through
/// `EventChain.append`, which links each one into the tamper-evident chain.
extension TicketEvent: FetchableRecord, TableRecord {
    public static let databaseTableName = "ticket_events"

    public init(row: Row) throws {
        self.init(
            id: row["id"],
            ticketID: row["ticket_id"],
            type: TicketEventType(rawValue: row["type"]) ?? .note,
            at: StoredDate.requiredDate(row, "at"),
            actor: row["actor"],
            text: row["text"],
            fromStatus: (row["from_status"] as String?).flatMap(TicketStatus.init(rawValue:)),
            toStatus: (row["to_status"] as String?).flatMap(TicketStatus.init(rawValue:)),
            fromTier: (row["from_tier"] as String?).flatMap(Tier.init(rawValue:)),
            toTier: (row["to_tier"] as String?).flatMap(Tier.init(rawValue:)),
            externalName: row["external_name"],
            area: row["area"],
            reason: row["reason"],
            tried: row["tried"],
            assignee: row["assignee"],
            articleID: row["article_id"],
            firstContact: row["first_contact"],
            csat: row["csat"]
        )
    }
}
