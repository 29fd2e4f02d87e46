import Foundation
import GRDB
import HelpDeskCore

extension AppDatabase {
    /// Takes every automatic SLA action due at `now`: flags timers at risk and breached, and
    /// escalates tickets whose resolution target is breached when the policy says so.
    ///
    /// Candidates come from `ticket_sla.next_check_at` (an index range), not from a scan of
    /// the tickets. Tickets are handled in short write transactions that re-read each one,
    /// so technicians are never blocked for long, and each action inserts its
    /// `sla_actions` key in that same transaction: a second runner started at the same
    /// moment (cron overlapping, or the app) finds the key taken and does nothing.
    public func runSLA(now: Date, policies: SLAPolicySet? = nil) throws -> SLARunResult {
        let policies = policies ?? slaPolicies
        var result = SLARunResult()
        try write { db in try Self.ensureSLAAgent(db) }
        result.backfilled = try backfillTicketSLA(now: now, policies: policies)
        let candidates = try read { db in
            try Int64.fetchAll(db, sql: """
                SELECT ticket_id FROM ticket_sla WHERE next_check_at IS NOT NULL AND next_check_at <= ?
                ORDER BY next_check_at, ticket_id
                """, arguments: [now])
        }
        // A few dozen tickets per transaction: one commit each instead of one per ticket,
        // while other technicians still wait at most a fraction of a second for the lock.
        for start in stride(from: 0, to: candidates.count, by: Self.slaRunBatch) {
            let chunk = candidates[start..<min(start + Self.slaRunBatch, candidates.count)]
            result.actions += try write { db in
                try chunk.flatMap { try Self.runSLA(ticketID: $0, db, policies: policies, now: now) }
            }
            result.examined += chunk.count
        }
        return result
    }

    /// Tickets handled per write transaction by `runSLA`.
    static let slaRunBatch = 50

    /// The automatic actions for one ticket, inside the caller's write transaction.
    static func runSLA(ticketID: Int64, _ db: Database, policies: SLAPolicySet, now: Date) throws -> [SLARunAction] {
        guard var ticket = try TicketSLAIndex.ticket(ticketID, db) else { return [] }
        var history = try TicketSLAIndex.history(of: ticketID, db)
        let clock = SLAClock(policies: policies)
        let sla = clock.evaluate(ticket, history: history, now: now)
        let plan = SLAEvaluator.evaluate(ticket, history: history, sla: sla, policy: policies.policy(for: ticket), now: now)
        var actions: [SLARunAction] = []

        var flags: [TicketEvent] = []
        for event in plan.events {
            guard let kind = event.reason.flatMap(SLATimerKind.init(rawValue:)) else { continue }
            let key = SLAEvaluator.dedupeKey(ticketID: ticketID, type: event.type, timer: sla.timer(kind))
            guard try claim(key, ticketID: ticketID, action: event.type.rawValue, db, now: now) else { continue }
            flags.append(event)
            actions.append(SLARunAction(ticketID: ticketID, kind: event.type == .slaBreached ? .breached : .atRisk,
                                        timer: kind.rawValue, message: event.text ?? event.type.rawValue))
        }
        try EventChain.append(flags, db)
        history += flags

        if var escalation = plan.escalation,
           try claim(escalationKey(ticketID: ticketID, sla: sla), ticketID: ticketID, action: "escalated", db, now: now) {
            let tier = escalation.target.tier
            escalation.assignTo = try leastLoaded(db, tier: tier, area: escalation.area ?? ticket.category)
            do {
                let outcome = try Workflow.apply(.escalate(escalation), to: ticket, history: history, by: SLAEvaluator.agent, now: now)
                try outcome.ticket.update(db)
                try EventChain.append(outcome.events, db)
                ticket = outcome.ticket
                history += outcome.events
                actions.append(SLARunAction(ticketID: ticketID, kind: .escalated, timer: SLATimerKind.resolution.rawValue,
                                            toTier: tier, assignee: escalation.assignTo, message: escalation.reason))
            } catch let error as WorkflowError {
                // Recorded once (the key stays claimed) rather than retried on every run.
                actions.append(SLARunAction(ticketID: ticketID, kind: .escalationRefused, timer: SLATimerKind.resolution.rawValue,
                                            toTier: tier, message: error.description))
            }
        }
        try TicketSLAIndex.refresh(ticket, history: history, db, policies: policies, now: now)
        return actions
    }

    /// Inserts an action's unique key; false when some runner already took that action.
    static func claim(_ key: String, ticketID: Int64, action: String, _ db: Database, now: Date) throws -> Bool {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO sla_actions (dedupe_key, ticket_id, action, at) VALUES (?, ?, ?, ?)")
            .execute(arguments: [key, ticketID, action, now])
        return db.changesCount == 1
    }

    /// One automatic escalation per ticket and resolution cycle (the evaluator also refuses a
    /// second one once the history holds an escalation by the SLA engine).
    static func escalationKey(ticketID: Int64, sla: TicketSLA) -> String {
        let cycle = sla.resolution.startedAt.map { String(Int64($0.timeIntervalSince1970)) } ?? "-"
        return "\(ticketID):escalated:resolution:\(cycle)"
    }

    /// The `sla` agent that signs automatic actions. Inactive and off shift, so it never
    /// appears in agent lists or receives tickets; a supervisor, so the workflow lets it
    /// escalate anyone's ticket.
    static func ensureSLAAgent(_ db: Database) throws {
        let a = SLAEvaluator.agent
        try db.execute(sql: """
            INSERT OR IGNORE INTO agents (login, name, role, areas, on_shift, active) VALUES (?, ?, ?, '', 0, 0)
            """, arguments: [a.login, a.name, a.role.rawValue])
    }

    /// Creates `ticket_sla` rows for open tickets that have none, in batches walked by id so
    /// the whole pass reads each open ticket once (one primary-key probe each). The open
    /// tickets come from `tickets_urgency` (done, …), so the pass costs the open backlog, not a
    /// walk of every ticket ever logged (0.5 s of every `sla run` at a million tickets).
    static let backfillSQL = """
        SELECT id FROM tickets t INDEXED BY tickets_urgency WHERE done = 0 AND id > ?
        AND NOT EXISTS (SELECT 1 FROM ticket_sla s WHERE s.ticket_id = t.id) ORDER BY id LIMIT ?
        """

    func backfillTicketSLA(now: Date, policies: SLAPolicySet, batch: Int = 500) throws -> Int {
        var total = 0
        var after: Int64 = 0
        while true {
            let ids: [Int64] = try write { db in
                let ids = try Int64.fetchAll(db, sql: Self.backfillSQL, arguments: [after, batch])
                for id in ids { try TicketSLAIndex.refresh(ticketID: id, db, policies: policies, now: now) }
                return ids
            }
            total += ids.count
            guard ids.count == batch, let last = ids.last else { return total }
            after = last
        }
    }
}
