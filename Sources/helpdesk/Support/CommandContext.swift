import Foundation
import HelpDeskCore
import HelpDeskStore

/// The open database and the acting technician, resolved the same way for every command.
struct CommandContext {
    let db: AppDatabase
    let global: GlobalOptions

    /// Only through `open`, so a context never skips its `--as` check.
    private init(db: AppDatabase, global: GlobalOptions) {
        self.db = db
        self.global = global
    }

    /// Opens the database (created when missing). A refused `--as` ends here (77), for the
    /// commands that only read as well: they never ask for `actor()`, yet the contract allows
    /// `--as` only to admins, on databases without an admin and on demos, and `kb search`
    /// records its gaps under the login given.
    static func open(_ global: GlobalOptions, defaultName: String = "helpdesk.sqlite") throws -> CommandContext {
        let path = global.databasePath(defaultName: defaultName)
        let context = CommandContext(db: try OpenDatabases.shared.database(at: path), global: global)
        if global.actAs != nil { try context.checkActingAs() }
        return context
    }

    var now: Date { Date() }

    /// The OS login: `$USER`, else the name of the uid.
    static var osLogin: String {
        if let user = ProcessInfo.processInfo.environment["USER"], !user.isEmpty { return user }
        if let pw = getpwuid(getuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return "uid\(getuid())"
    }

    var isDemo: Bool { (try? db.meta("demo")) == "1" }

    /// Who is acting: the agent named by `--as` (allowed: `open` checked it), else the OS login.
    /// A database with no agents at all makes the OS login its first admin.
    func actor() throws -> Agent {
        let login = Self.osLogin
        let osAgent = try db.agent(login: login)
        if let other = global.actAs {
            guard let agent = try db.agent(login: other) else { throw ActingAsRefusal.unknownAgent(other) }
            return agent
        }
        if let osAgent { return osAgent }
        if isDemo, let fallback = try db.meta("demo_agent"), let agent = try db.agent(login: fallback) {
            return agent
        }
        if try db.agentCount() == 0 {
            let admin = try db.saveAgent(Agent(login: login, name: login, role: .admin))
            Console.note("helpdesk: no agents yet; \(login) is now this help desk's first admin")
            return admin
        }
        throw CLIError(.noPermission, "\(login) is not an agent of this help desk; ask an admin to run `helpdesk agent add \(login) --name NAME --role ROLE`, or use --as")
    }

    /// `--as` is honoured when the OS login is an admin agent, when the database has no admin
    /// yet (so the first agents can be set up), and on demo databases, and only for a login that
    /// is an agent: a mistyped name is refused by reading commands too, which would otherwise
    /// answer as if it were right (and `kb search` would count its gaps under it). Else 77.
    func checkActingAs() throws {
        let login = Self.osLogin
        let osAgent = try db.agent(login: login)
        let hasAdmin = try db.hasAdmin()
        guard isDemo || osAgent?.role == .admin || !hasAdmin else {
            throw ActingAsRefusal.notAdmin(login: login, role: osAgent?.role.rawValue)
        }
        if let other = global.actAs, try db.agent(login: other) == nil { throw ActingAsRefusal.unknownAgent(other) }
    }
}

/// Databases already opened by this process, so `batch` opens each file once.
final class OpenDatabases: @unchecked Sendable {
    static let shared = OpenDatabases()
    private var open: [String: AppDatabase] = [:]
    private let lock = NSLock()

    func database(at path: String) throws -> AppDatabase {
        lock.lock()
        defer { lock.unlock() }
        if let db = open[path] { return db }
        let env = ProcessInfo.processInfo.environment["HELPDESK_BUSY_TIMEOUT"]
        let timeout = env.flatMap(Double.init).map { max(0, min($0, 600)) } ?? 10
        let db = try AppDatabase.open(path: path, busyTimeout: timeout)
        // Every ticket change recomputes its SLA row, so the policies must be set before any.
        db.slaPolicies = SLAPolicyResolver.resolve(db).policies
        open[path] = db
        return db
    }

    /// Closes every database this process opened (at exit; see `AppDatabase.close`).
    func closeAll() {
        lock.lock()
        defer { lock.unlock() }
        for db in open.values { db.close() }
        open = [:]
    }
}
