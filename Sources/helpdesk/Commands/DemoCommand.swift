import ArgumentParser
import Foundation
import HelpDeskStore

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "(Re)create a realistic demo database, then open the UI unless --no-tui.",
        discussion: "Database: --db, else $XDG_DATA_HOME/helpdesk/demo.sqlite ($HELPDESK_DB is not used). An earlier demo, an empty file or a desk with no agents, tickets or articles there is replaced; any other file is refused (exit 73).")

    @OptionGroup var global: GlobalOptions
    @Option(parsing: .unconditional, help: "How many tickets to generate.") var tickets: Int = 3_000
    @Option(help: "How many KB articles to publish (the demo has \(DemoGenerator.availableArticles) written in Spanish and English).")
    var articles: Int = DemoGenerator.availableArticles
    @Option(help: "Seed: the same seed gives the same database.") var seed: UInt64 = 42
    @Flag(name: .customLong("no-tui"), help: "Only build the database.") var noTUI = false

    func validate() throws {
        guard (0...5_000_000).contains(tickets) else { throw ValidationError("--tickets must be between 0 and 5000000") }
        guard articles >= 0 else { throw ValidationError("--articles must not be negative") }
    }

    func run() throws {
        try guarded {
            let path = global.demoDatabasePath
            guard FreshDatabaseFile.mayReplace(path) else {
                throw CLIError(.cannotCreate, "\(path) exists and is not a demo database; demo replaces only its own files: choose another --db")
            }
            let started = Date()
            // Built under another name and renamed over `path` when complete: an existing demo
            // stays as it was until then, and an interrupted build never looks like a database.
            let file = try FreshDatabaseFile(replacing: path)
            do {
                try build(file.database)
            } catch {
                file.abandon()
                throw error
            }
            do { try file.finish() } catch {
                file.abandon()
                throw CLIError(.cannotCreate, "\(error)")
            }
            let seconds = Date().timeIntervalSince(started)
            if global.json {
                try JSONOutput.print(DemoSummary(database: path, tickets: tickets, seconds: seconds))
            } else {
                Console.note(String(format: "Demo database %@: %d tickets in %.1f s", path, tickets, seconds))
            }
            if !noTUI { try TUILauncher.launch(global: global, databasePath: path, screen: nil) }
        }
    }

    private func build(_ db: AppDatabase) throws {
        let bar = ProgressBar(label: "demo tickets")
        var generator = DemoGenerator(tickets: tickets, seed: seed, now: Date())
        generator.articles = articles
        // The policies every command on this desk will use: the generator computes the SLA rows
        // of the tickets it resolves with them.
        db.slaPolicies = SLAPolicyResolver.resolve(db).policies
        try generator.run(into: db) { done, total in
            bar.update(done, total)
        }
        bar.finish()
        // Open tickets' timers still run: their rows are computed now, as `sla run` would.
        try db.refreshOpenTicketSLA(now: Date())
    }
}

struct DemoSummary: Encodable {
    var database: String
    var tickets: Int
    var seconds: Double
}
