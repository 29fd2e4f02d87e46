import Foundation
import HelpDeskConfig
import HelpDeskCore
import HelpDeskStore

/// Where the SLA policies in force come from, for `sla show` and messages.
enum SLAPolicySource: Equatable {
    case database(importedFrom: String, by: String, at: Date)
    case file(String)
    case builtIn

    var description: String {
        switch self {
        case .database(let from, let by, let at): "database (imported from \(from) by \(by) on \(ISO8601.string(at)))"
        case .file(let path): path
        case .builtIn: "built-in defaults"
        }
    }
}

/// Resolves the SLA policies for a database: the configuration imported into it (so every
/// technician's process agrees), else `$XDG_CONFIG_HOME/helpdesk/sla.toml`, else the built-in
/// set. The store never reads files or the environment; the CLI does it here, once per open.
enum SLAPolicyResolver {
    /// `$XDG_CONFIG_HOME/helpdesk/sla.toml` (`~/.config/...` when unset).
    static var configFile: String {
        let env = ProcessInfo.processInfo.environment
        let base: String
        if let xdg = env["XDG_CONFIG_HOME"], !xdg.isEmpty { base = xdg } else { base = (env["HOME"] ?? NSHomeDirectory()) + "/.config" }
        return base + "/helpdesk/sla.toml"
    }

    /// The policies in force. A broken configuration is reported on stderr with its
    /// file:line:column and the next source is used, so one typo never stops the desk.
    static func resolve(_ db: AppDatabase) -> (policies: SLAPolicySet, source: SLAPolicySource) {
        if let stored = try? db.storedSLAConfig() {
            do {
                let set = try SLAConfig.parse(stored.toml, file: "sla_config (imported from \(stored.source))")
                return (set, .database(importedFrom: stored.source, by: stored.importedBy, at: stored.importedAt))
            } catch {
                Console.error("ignoring the imported SLA configuration: \(error.description)")
            }
        }
        let path = configFile
        if FileManager.default.fileExists(atPath: path) {
            do {
                return (try SLAConfig.load(path: path), .file(path))
            } catch {
                Console.error("ignoring \(path): \(error.description); using the built-in SLA policies")
            }
        }
        return (.standard, .builtIn)
    }
}

/// Keeps a running session's SLA policies in step with an `sla import` made by another
/// process: the UI asks on every poll, which costs a one-row read of the import time; the
/// policies are resolved again, the same way as at start, only when that changed. (`sla import`
/// stores only a valid configuration, so resolving never prints over the screen.)
final class SLAPolicyReloader: @unchecked Sendable {
    private let db: AppDatabase
    private var stamp: Date?
    private let lock = NSLock()

    init(db: AppDatabase) {
        self.db = db
        stamp = try? db.storedSLAConfigStamp()
    }

    /// The new policies, or nil when no import happened since the last call.
    func reload() -> SLAPolicySet? {
        lock.lock()
        defer { lock.unlock() }
        guard let current = try? db.storedSLAConfigStamp(), current != stamp else { return nil }
        stamp = current
        let policies = SLAPolicyResolver.resolve(db).policies
        db.slaPolicies = policies
        return policies
    }
}
