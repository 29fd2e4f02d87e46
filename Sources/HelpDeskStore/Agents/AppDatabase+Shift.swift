import Foundation
import GRDB
import HelpDeskCore

/// One entry of the shift log.
public struct ShiftChange: Sendable, Equatable {
    public var login: String
    public var onShift: Bool
    public var actor: String
    public var at: Date

    public init(login: String, onShift: Bool, actor: String, at: Date) {
        self.login = login
        self.onShift = onShift
        self.actor = actor
        self.at = at
    }
}

extension AppDatabase {
    /// Puts `login` on or off shift and logs the change (by `actor`, at `now`) in the same
    /// transaction; setting the state the agent already has changes and logs nothing.
    /// Permission is the caller's (``Agent/mayChangeShift(of:)``).
    @discardableResult
    public func setShift(login: String, onShift: Bool, by actor: String, now: Date) throws -> Agent {
        try write { db in
            guard var agent = try Agent.fetchOne(db, sql: "SELECT * FROM agents WHERE login = ? AND active = 1", arguments: [login]) else {
                throw StoreError.agentNotFound(login)
            }
            guard agent.onShift != onShift else { return agent }
            agent.onShift = onShift
            try db.execute(sql: "UPDATE agents SET on_shift = ? WHERE login = ?", arguments: [onShift, login])
            try db.execute(sql: "INSERT INTO agent_shift_log (login, on_shift, actor, at) VALUES (?, ?, ?, ?)",
                           arguments: [login, onShift, actor, now])
            return agent
        }
    }

    /// The shift changes of `login` (every agent when nil), oldest first.
    public func shiftLog(login: String? = nil) throws -> [ShiftChange] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT login, on_shift, actor, at FROM agent_shift_log WHERE ?1 IS NULL OR login = ?1 ORDER BY id
                """, arguments: [login])
            return rows.map { ShiftChange(login: $0[0], onShift: $0[1], actor: $0[2], at: $0[3]) }
        }
    }
}
