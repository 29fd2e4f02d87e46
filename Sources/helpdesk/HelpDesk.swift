import ArgumentParser
import Foundation

@main
struct HelpDesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "helpdesk",
        abstract: "A keyboard-driven help desk for the terminal, over a local SQLite ticket store.",
        discussion: "Run without a subcommand to open the terminal UI. Every command takes --db PATH, --as LOGIN and --json.",
        version: "0.1.0",
        subcommands: [
            InitCommand.self, AgentCommand.self, RequesterCommand.self, TicketCommand.self,
            KBCommand.self, ThemeCommand.self, DemoCommand.self, DBCommand.self, BatchCommand.self, SLACommand.self, ReportCommand.self,
            TUICommand.self,
        ],
        defaultSubcommand: TUICommand.self
    )

    @OptionGroup var global: GlobalOptions

    static func main() {
        // A file-size limit must surface as "disk full" (SQLite's SQLITE_FULL), not kill us.
        signal(SIGXFSZ, SIG_IGN)
        // Swift repairs invalid UTF-8 in arguments silently; refuse it instead of storing U+FFFD.
        for index in 1..<Int(CommandLine.argc) {
            guard let raw = CommandLine.unsafeArgv[index], String(validatingCString: raw) == nil else { continue }
            Console.error("argument \(index) is not valid UTF-8 text; nothing was changed")
            Foundation.exit(ExitStatus.dataError.rawValue)
        }
        // ArgumentParser ends the process with exit(); close the databases on the way out so
        // the last technician's process leaves no -wal/-shm behind (see AppDatabase.close).
        atexit { OpenDatabases.shared.closeAll() }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            guard let status = CommandFailure.report(error) else { exit(withError: error) }
            Foundation.exit(status)
        }
    }
}
