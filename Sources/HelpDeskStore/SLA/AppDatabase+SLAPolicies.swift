import Foundation
import GRDB
import HelpDeskCore

/// The policy set the store uses to keep `ticket_sla` up to date.
///
/// The store never reads files or the environment: whoever opens the database (the CLI, the
/// app) resolves the policies (imported config, else `sla.toml`, else built-in) and sets them.
/// A lock rather than an actor because every store call is synchronous.
final class SLAPolicyHolder: @unchecked Sendable {
    private let lock = NSLock()
    private var value: SLAPolicySet = .standard

    var policies: SLAPolicySet {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}

/// The `sla_config` row: the imported TOML and where it came from.
public struct StoredSLAConfig: Sendable, Equatable {
    public var toml: String
    public var source: String
    public var importedBy: String
    public var importedAt: Date
}

extension AppDatabase {
    /// Policies used for every SLA computation of this database handle (default: built-in).
    public var slaPolicies: SLAPolicySet {
        get { policyHolder.policies }
        set { policyHolder.policies = newValue }
    }

    /// The imported SLA configuration, if `sla import` was ever run on this database.
    public func storedSLAConfig() throws -> StoredSLAConfig? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM sla_config WHERE id = 1").map {
                StoredSLAConfig(toml: $0["toml"], source: $0["source"], importedBy: $0["imported_by"], importedAt: $0["imported_at"])
            }
        }
    }

    /// When the stored configuration was last imported (nil: none), so a running session can
    /// notice another process's `sla import` with a one-row read on every poll.
    public func storedSLAConfigStamp() throws -> Date? {
        try read { db in try Date.fetchOne(db, sql: "SELECT imported_at FROM sla_config WHERE id = 1") }
    }

    /// Stores an already-validated configuration, makes `policies` current and recomputes
    /// every open ticket's timers with them (targets may have changed), in batches so other
    /// technicians are never blocked for long. Returns how many tickets were recomputed.
    @discardableResult
    public func importSLAConfig(toml: String, source: String, policies: SLAPolicySet, by actor: Agent, now: Date) throws -> Int {
        try write { db in
            try db.execute(sql: """
                INSERT INTO sla_config (id, toml, source, imported_by, imported_at) VALUES (1, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET toml = excluded.toml, source = excluded.source,
                    imported_by = excluded.imported_by, imported_at = excluded.imported_at
                """, arguments: [toml, source, actor.login, now])
        }
        slaPolicies = policies
        return try refreshOpenTicketSLA(now: now)
    }

    /// Recomputes `ticket_sla` for every open ticket, by id ranges of `batch` tickets.
    @discardableResult
    public func refreshOpenTicketSLA(now: Date, batch: Int = 500) throws -> Int {
        let policies = slaPolicies
        var after: Int64 = 0
        var total = 0
        while true {
            let done: (count: Int, last: Int64?) = try write { db in
                let ids = try Int64.fetchAll(db, sql: "SELECT id FROM tickets WHERE done = 0 AND id > ? ORDER BY id LIMIT ?",
                                             arguments: [after, batch])
                for id in ids { try TicketSLAIndex.refresh(ticketID: id, db, policies: policies, now: now) }
                return (ids.count, ids.last)
            }
            total += done.count
            guard let last = done.last, done.count == batch else { break }
            after = last
        }
        return total
    }
}
