import ArgumentParser
import HelpDeskStore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create or migrate the database (idempotent).")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try guarded {
            let context = try CommandContext.open(global)
            let path = context.db.path
            if global.json {
                try JSONOutput.print(["database": path, "status": "ready"])
            } else {
                Console.print("Database ready: \(path)")
            }
        }
    }
}
