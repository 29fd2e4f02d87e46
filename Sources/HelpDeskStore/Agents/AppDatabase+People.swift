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

    /// Adds an agent, or updates name, role and areas of an existing login. Login, name and
    /// areas are short fields (``FieldLimits``): trimmed, and refused when too long or holding
    /// a line break, a control character or a bidi override.
    @discardableResult
    public func saveAgent(_ agent: Agent) throws -> Agent {
        let a = try Self.checked { () throws(ShortTextError) in try agent.validated() }
        guard !a.login.isEmpty, a.login.allSatisfy({ $0.isLetter || $0.isNumber || "._-@".contains($0) }) else {
            throw StoreError.invalidInput("an agent login may only contain letters, digits, '.', '_', '-' and '@' (got \"\(agent.login)\")")
        }
        guard !a.name.isEmpty else {
            throw StoreError.invalidInput("an agent needs a name (--name)")
        }
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

    /// Adds or updates an organisation; its name is a short field (``FieldLimits``).
    public func saveOrganisation(_ org: Organisation) throws {
        let valid = try Self.checked { () throws(ShortTextError) in try org.validated() }
        guard !valid.name.isEmpty else { throw StoreError.invalidInput("an organisation needs a name (--org)") }
        try write { db in try valid.save(db) }
    }

    /// Adds or updates a requester; handle, name and organisation are short fields (``FieldLimits``).
    public func saveRequester(_ requester: Requester) throws {
        try saveRequester(requester, organisation: nil)
    }

    /// Adds or updates a requester and, when given, their organisation, in one transaction:
    /// both are checked first, so a refused name writes neither. Returns what was saved.
    @discardableResult
    public func saveRequester(_ requester: Requester, organisation: Organisation?) throws -> Requester {
        let person = try Self.checked { () throws(ShortTextError) in try requester.validated() }
        guard !person.handle.isEmpty else { throw StoreError.invalidInput("a requester needs a handle, usually an e-mail address") }
        guard !person.name.isEmpty else { throw StoreError.invalidInput("a requester needs a name (--name)") }
        let org = try organisation.map { org in try Self.checked { () throws(ShortTextError) in try org.validated() } }
        if let org, org.name.isEmpty { throw StoreError.invalidInput("an organisation needs a name (--org)") }
        try write { db in
            try org?.save(db)
            try person.save(db)
        }
        return person
    }

    /// Runs a core check of short fields; a refusal becomes the store's `refused` error, which
    /// the CLI reports with exit 65 and the UI next to the field.
    static func checked<T>(_ check: () throws(ShortTextError) -> T) throws -> T {
        switch Result(catching: check) {
        case .success(let value): return value
        case .failure(let error): throw StoreError.refused(.invalidText(error))
        }
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
