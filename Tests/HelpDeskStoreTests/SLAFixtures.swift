import Foundation
import GRDB
@testable import HelpDeskCore
@testable import HelpDeskStore

/// Instants and policies that make SLA figures easy to compute by hand.
enum SLAFixtures {
    static func at(_ iso: String) -> Date {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        guard let date = f.date(from: iso) else { preconditionFailure("bad test date \(iso)") }
        return date
    }

    /// Every priority and plan on a 24x7 UTC calendar: first response 1h, no next-update
    /// promise, resolution 8h; P1 and P2 escalate automatically on a resolution breach.
    static let simple: SLAPolicySet = {
        let utc = TimeZone(identifier: "UTC")!
        var rows: [SLAPolicy] = []
        for p in Priority.allCases {
            for plan in SupportPlan.allCases {
                rows.append(SLAPolicy(priority: p, plan: plan, firstResponse: 3600, nextUpdate: nil, resolution: 8 * 3600,
                                      calendar: "24x7", autoEscalate: p <= .p2))
            }
        }
        do {
            return try SLAPolicySet(calendars: [.alwaysOpen(name: "24x7", timeZone: utc)], policies: rows)
        } catch {
            preconditionFailure("\(error)")
        }
    }()

    static let agents = [
        Agent(login: "ana", name: "Ana", role: .l1),
        Agent(login: "luis", name: "Luis", role: .l2, areas: ["network"]),
        Agent(login: "pedro", name: "Pedro", role: .l2, areas: ["network"]),
    ]

    static func database(_ policies: SLAPolicySet = simple) throws -> AppDatabase {
        let db = try AppDatabase.inMemory()
        db.slaPolicies = policies
        for a in agents { try db.saveAgent(a) }
        return db
    }

    static func agent(_ login: String) -> Agent { agents.first { $0.login == login }! }
}

/// The `ticket_sla` row of a ticket, as plain values.
struct SLARow {
    var state: String
    var timer: String
    var due: Date?
    var breached: Bool
    var atRisk: Bool
    var paused: Bool
    var open: Bool
    var nextCheckAt: Date?
    var alertFrom: Date?

    static func fetch(_ db: AppDatabase, _ id: Int64) throws -> SLARow? {
        try db.read { db in
            try GRDB.Row.fetchOne(db, sql: "SELECT * FROM ticket_sla WHERE ticket_id = ?", arguments: [id]).map {
                SLARow(state: $0["state"], timer: $0["timer"], due: $0["due"], breached: $0["breached"], atRisk: $0["at_risk"],
                       paused: $0["paused"], open: $0["open"], nextCheckAt: $0["next_check_at"], alertFrom: $0["alert_from"])
            }
        }
    }
}
