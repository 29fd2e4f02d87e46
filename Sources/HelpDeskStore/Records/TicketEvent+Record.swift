import Foundation
import GRDB
import HelpDeskCore

/// Row mapping for the append-only history.
extension TicketEvent: FetchableRecord, TableRecord, PersistableRecord {
    public static let databaseTableName = "ticket_events"

    public init(row: Row) throws {
        self.init(
            id: row["id"],
            ticketID: row["ticket_id"],
            type: TicketEventType(rawValue: row["type"]) ?? .note,
            at: row["at"],
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

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["ticket_id"] = ticketID
        container["type"] = type.rawValue
        container["at"] = at
        container["actor"] = actor
        container["text"] = text
        container["from_status"] = fromStatus?.rawValue
        container["to_status"] = toStatus?.rawValue
        container["from_tier"] = fromTier?.rawValue
        container["to_tier"] = toTier?.rawValue
        container["external_name"] = externalName
        container["area"] = area
        container["reason"] = reason
        container["tried"] = tried
        container["assignee"] = assignee
        container["article_id"] = articleID
        container["first_contact"] = firstContact
        container["csat"] = csat
    }
}
