import ArgumentParser
import Foundation
import HelpDeskStore

struct DBCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db", abstract: "Database maintenance.", subcommands: [Check.self, Backup.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check integrity; exit 65 when a problem is found.")
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try guarded {
                let context = try CommandContext.open(global)
                let problems = try context.db.integrityProblems()
                let head = try context.db.auditHead()
                if global.json {
                    try JSONOutput.print(CheckReport(ok: problems.isEmpty, problems: problems, events: head.events, chain_head: head.hash))
                } else if problems.isEmpty {
                    Console.print("ok: \(context.db.path)")
                    Console.print("history: \(head.events) events, chain head \(head.hash)")
                } else {
                    problems.forEach { Console.print($0) }
                }
                if !problems.isEmpty { throw CLIError(.dataError, "\(problems.count) problem(s) found in \(context.db.path)") }
            }
        }
    }

    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Online backup to PATH (safe while others work).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Where to write the copy.") var path: String
        func run() throws {
            try guarded {
                let context = try CommandContext.open(global)
                guard !FileManager.default.fileExists(atPath: path) else {
                    throw CLIError(.cannotCreate, "\(path) already exists; choose a new file name")
                }
                do { try context.db.backup(to: path) } catch {
                    throw CLIError(.cannotCreate, "cannot write backup \(path): \(ErrorReport.status(for: error).1)")
                }
                if global.json {
                    try JSONOutput.print(BackupReport(backup: path, database: context.db.path))
                } else {
                    Console.print("Backup written: \(path)")
                }
            }
        }
    }
}

/// `db backup --json`: the copy written and the database it copies.
struct BackupReport: Encodable {
    var backup: String
    var database: String
}

struct CheckReport: Encodable {
    var ok: Bool
    var problems: [String]
    var events: Int
    var chain_head: String
}
