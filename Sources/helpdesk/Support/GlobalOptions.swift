import ArgumentParser
import Foundation

/// Options every command accepts, before or after the subcommand name.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Database file (default: $HELPDESK_DB, else $XDG_DATA_HOME/helpdesk/helpdesk.sqlite).", valueName: "path"))
    var db: String?

    @Option(name: .customLong("as"), help: ArgumentHelp("Act as another agent (admins, databases without an admin, demo databases).", valueName: "login"))
    var actAs: String?

    @Flag(name: .long, help: "Print machine-readable JSON.")
    var json = false

    /// The database path from `--db`, `$HELPDESK_DB`, or the XDG default.
    func databasePath(defaultName: String = "helpdesk.sqlite") -> String {
        if let db, !db.isEmpty { return db }
        let env = ProcessInfo.processInfo.environment
        if let path = env["HELPDESK_DB"], !path.isEmpty { return path }
        return Self.dataHome().appendingPathComponent("helpdesk").appendingPathComponent(defaultName).path
    }

    /// Where `demo` (re)creates its database: `--db`, else `$XDG_DATA_HOME/helpdesk/demo.sqlite`.
    /// Never `$HELPDESK_DB`: that names the desk people work in, and `demo` deletes the file
    /// it writes to.
    var demoDatabasePath: String {
        if let db, !db.isEmpty { return db }
        return Self.dataHome().appendingPathComponent("helpdesk").appendingPathComponent("demo.sqlite").path
    }

    static func dataHome() -> URL {
        let env = ProcessInfo.processInfo.environment
        if let xdg = env["XDG_DATA_HOME"], !xdg.isEmpty { return URL(fileURLWithPath: xdg) }
        let home = env["HOME"] ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share")
    }
}
