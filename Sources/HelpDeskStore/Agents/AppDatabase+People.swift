import Foundation
import GRDB
import HelpDeskCore

extension AppDatabase {
    public func agents() throws -> [Agent] {
        try read { db in try Agent.fetchAll(db, sql: "SELECT * FROM agents WHERE active = 1 ORDER BY login") }
    }

    public func agent(login: String) throws -> Agent? {
        try read { db in try Agent.fetchOne(db, key: login) }
    }

    /// Adds an agent, or updates name, role and areas of an existing login.
    @discardableResult
    public func saveAgent(_ agent: Agent) throws -> Agent {
        let login = agent.login.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !login.isEmpty, login.allSatisfy({ $0.isLetter || $0.isNumber || "._-@".contains($0) }) else {
            throw StoreError.invalidInput("an agent login may only contain letters, digits, '.', '_', '-' and '@' (got \"\(agent.login)\")")
        }
        guard !agent.name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw StoreError.invalidInput("an agent needs a name (--name)")
        }
        var a = agent
        a.login = login
        a.areas = agent.areas.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
        return try write { db in
            try a.save(db)
            return a
        }
    }

    public func hasAdmin() throws -> Bool {
        try read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM agents WHERE role = 'admin')") ?? false }
    }

    public func agentCount() throws -> Int {
        try read { db in try Agent.fetchCount(db) }
    }

    public func saveOrganisation(_ org: Organisation) throws {
        try write { db in try org.save(db) }
    }

    public func saveRequester(_ requester: Requester) throws {
        var person = requester
        person.handle = requester.handle.trimmingCharacters(in: .whitespacesAndNewlines)
        person.name = requester.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !person.handle.isEmpty else { throw StoreError.invalidInput("a requester needs a handle, usually an e-mail address") }
        guard !person.name.isEmpty else { throw StoreError.invalidInput("a requester needs a name (--name)") }
        try write { db in try person.save(db) }
    }

    public func requester(handle: String) throws -> RequesterProfile? {
        try read { db in try Self.profile(db, handle: handle) }
    }

    public func requesters(prefix: String, limit: Int) throws -> [RequesterProfile] {
        try read { db in
            let pattern = prefix.replacingOccurrences(of: "%", with: "") + "%"
            let people = try Requester.fetchAll(db, sql: """
                SELECT * FROM requesters WHERE handle LIKE ? OR name LIKE ? ORDER BY handle LIMIT ?
                """, arguments: [pattern, pattern, limit])
            return try people.map { person in
                RequesterProfile(requester: person, organisation: try person.organisation.flatMap { try Organisation.fetchOne(db, key: $0) })
            }
        }
    }

    static func profile(_ db: Database, handle: String) throws -> RequesterProfile? {
        guard let person = try Requester.fetchOne(db, key: handle) else { return nil }
        let org = try person.organisation.flatMap { try Organisation.fetchOne(db, key: $0) }
        return RequesterProfile(requester: person, organisation: org)
    }

    /// The requester with this handle, created on first contact when unknown.
    static func ensureRequester(_ db: Database, handle: String) throws -> RequesterProfile {
        if let known = try profile(db, handle: handle) { return known }
        let person = Requester(handle: handle, name: handle)
        try person.insert(db)
        return RequesterProfile(requester: person, organisation: nil)
    }

    // MARK: - Meta

    public func meta(_ key: String) throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) }
    }

    public func setMeta(_ key: String, _ value: String) throws {
        try write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", arguments: [key, value])
        }
    }
}
