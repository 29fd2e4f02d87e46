import ArgumentParser
import Foundation
import HelpDeskConfig
import HelpDeskCore
import HelpDeskStore

extension SLACommand {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate an sla.toml and store it in the database for every technician (supervisors and admins).")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The sla.toml file.") var file: String

        func run() throws {
            try guarded {
                let (text, policies) = try SLAFile.read(file)
                let context = try CommandContext.open(global)
                let actor = try context.actor()
                guard actor.role.oversees else {
                    throw CLIError(.noPermission, "\(actor.login) (\(actor.role.rawValue)) cannot change the SLA policies; ask a supervisor or an admin")
                }
                let recomputed = try context.db.importSLAConfig(toml: text, source: file, policies: policies, by: actor, now: context.now)
                if global.json {
                    try JSONOutput.print(SLAImportJSON(imported: file, policies: policies.policies.count,
                                                       calendars: policies.calendars.count, open_tickets_recomputed: recomputed))
                } else {
                    Console.print("imported \(file): \(policies.policies.count) policies, \(policies.calendars.count) calendar(s); "
                                  + "\(recomputed) open ticket(s) recomputed")
                }
            }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Validate an sla.toml; prints every error as file:line:column, exit 65 if any.")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The sla.toml file.") var file: String

        func run() throws {
            try guarded {
                let text = try SLAFile.text(file)
                let (_, errors) = SLAConfig.check(text, file: file)
                if global.json {
                    try JSONOutput.print(SLACheckJSON(ok: errors.isEmpty, errors: errors.map(SLACheckJSON.Problem.init)))
                } else if errors.isEmpty {
                    Console.print("ok: \(file)")
                } else {
                    // The report of a check, as `theme check` and `db check` print theirs: on
                    // stdout; the failure itself is the one line on stderr.
                    errors.forEach { Console.print($0.description) }
                }
                if !errors.isEmpty { throw CLIError(.dataError, "\(errors.count) error(s) in \(file)") }
            }
        }
    }
}

/// Reading an SLA file with the contract's exit codes: missing → 66, invalid → 65.
enum SLAFile {
    static func text(_ path: String) throws -> String {
        guard FileManager.default.fileExists(atPath: path) else { throw CLIError(.noInput, "no such file: \(path)") }
        guard let data = FileManager.default.contents(atPath: path) else { throw CLIError(.noInput, "cannot read \(path)") }
        guard let text = String(data: data, encoding: .utf8) else { throw CLIError(.dataError, "\(path) is not valid UTF-8 text") }
        return text
    }

    /// The text and its policies; a file with mistakes is refused with them (file:line:column).
    static func read(_ path: String) throws -> (String, SLAPolicySet) {
        let text = try text(path)
        let (set, errors) = SLAConfig.check(text, file: path)
        if !errors.isEmpty { throw SLAFileRefused(path: path, errors: errors) }
        guard let set else { throw CLIError(.dataError, "\(path): the SLA configuration could not be read") }
        return (text, set)
    }
}

struct SLAImportJSON: Encodable {
    var imported: String
    var policies: Int
    var calendars: Int
    var open_tickets_recomputed: Int
}

struct SLACheckJSON: Encodable {
    struct Problem: Encodable {
        var file: String
        var line: Int
        var column: Int?
        var message: String
        init(_ e: ConfigError) {
            file = e.file
            line = e.line
            column = e.column
            message = e.message
        }
    }
    var ok: Bool
    var errors: [Problem]
}
