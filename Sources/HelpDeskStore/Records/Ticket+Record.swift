import Foundation
import GRDB
import HelpDeskCore

/// Row mapping for tickets: enums as their CLI spelling, priority as its rank (so SQL sorts it).
extension Ticket: FetchableRecord, TableRecord, PersistableRecord {
    public static let databaseTableName = "tickets"

    public init(row: Row) throws {
        self.init(
            id: row["id"],
            kind: TicketKind(rawValue: row["kind"]) ?? .incident,
            subject: row["subject"],
            description: row["description"],
            requester: row["requester"],
            organisation: row["organisation"],
            plan: SupportPlan(rawValue: row["plan"]) ?? .basic,
            category: row["category"],
            impact: Impact(rawValue: row["impact"]) ?? .medium,
            urgency: Urgency(rawValue: row["urgency"]) ?? .medium,
            priority: Priority(rank: row["priority"]) ?? .p3,
            status: TicketStatus(rawValue: row["status"]) ?? .open,
            tier: Tier(rawValue: row["tier"]) ?? .l1,
            externalName: row["external_name"],
            returnTier: (row["return_tier"] as String?).flatMap(Tier.init(rawValue:)),
            assignee: row["assignee"],
            createdBy: row["created_by"],
            createdAt: StoredDate.requiredDate(row, "created_at"),
            updatedAt: StoredDate.requiredDate(row, "updated_at"),
            firstResponseAt: StoredDate.date(row, "first_response_at"),
            resolvedAt: StoredDate.date(row, "resolved_at"),
            closedAt: StoredDate.date(row, "closed_at"),
            escalationCount: row["escalation_count"],
            firstContactResolution: row["first_contact_resolution"],
            csat: row["csat"],
            version: row["version"]
        )
    }

    public func encode(to container: inout PersistenceContainer) throws {
        if id > 0 { container["id"] = id }
        container["kind"] = kind.rawValue
        container["subject"] = subject
        container["description"] = description
        container["requester"] = requester
        container["organisation"] = organisation
        container["plan"] = plan.rawValue
        container["category"] = category
        container["impact"] = impact.rawValue
        container["urgency"] = urgency.rawValue
        container["priority"] = priority.rank
        container["status"] = status.rawValue
        container["tier"] = tier.rawValue
        container["external_name"] = externalName
        container["return_tier"] = returnTier?.rawValue
        container["assignee"] = assignee
        container["created_by"] = createdBy
        container["created_at"] = StoredDate.string(createdAt)
        container["updated_at"] = StoredDate.string(updatedAt)
        container["first_response_at"] = StoredDate.string(firstResponseAt)
        container["resolved_at"] = StoredDate.string(resolvedAt)
        container["closed_at"] = StoredDate.string(closedAt)
        container["escalation_count"] = escalationCount
        container["first_contact_resolution"] = firstContactResolution
        container["csat"] = csat
        container["version"] = version
    }
}
