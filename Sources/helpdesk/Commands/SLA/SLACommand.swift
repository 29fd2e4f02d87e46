import ArgumentParser
import Foundation
import HelpDeskConfig
import HelpDeskCore
import HelpDeskStore

struct SLACommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sla", abstract: "SLA policies and the automatic SLA actions.",
        discussion: """
            Policies come from the configuration imported into the database (`sla import`), else
            $XDG_CONFIG_HOME/helpdesk/sla.toml, else the built-in set (`sla export` prints it).
            """,
        subcommands: [Run.self, Import.self, Export.self, Check.self, Show.self])

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Flag at-risk and breached timers and escalate breached tickets; for cron or a systemd timer.",
            discussion: "Each action happens once, even when two runs overlap. Actions are signed by the agent `sla`.")

        @OptionGroup var global: GlobalOptions

        func run() throws {
            try guarded {
                let context = try CommandContext.open(global)
                let result = try context.db.runSLA(now: context.now)
                if global.json { try JSONOutput.print(SLARunJSON(result)); return }
                for a in result.actions {
                    var line = "#\(a.ticketID) \(a.kind.rawValue)"
                    if let timer = a.timer { line += " \(timer)" }
                    if let tier = a.toTier { line += " → \(tier.label)" + (a.assignee.map { " (\($0))" } ?? " (unassigned)") }
                    Console.print(line + ": " + Console.safe(a.message))
                }
                Console.print("sla run: \(result.examined) ticket(s) examined, \(result.flaggedAtRisk) at risk, "
                              + "\(result.flaggedBreached) breached, \(result.escalated) escalated"
                              + (result.backfilled > 0 ? ", \(result.backfilled) ticket(s) indexed for the first time" : ""))
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the policies in force as sla.toml (--json: as `sla show --json`).")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            try guarded {
                let context = try CommandContext.open(global)
                // Every command that prints data takes --json; TOML is for `sla import`.
                if global.json {
                    let (set, source) = SLAPolicyResolver.resolve(context.db)
                    try JSONOutput.print(SLAShowJSON(set, from: source))
                    return
                }
                FileHandle.standardOutput.write(Data(SLAConfig.export(context.db.slaPolicies).utf8))
            }
        }
    }
}

/// `sla run --json`: the counts first, then every action.
struct SLARunJSON: Encodable {
    var examined: Int
    var backfilled: Int
    var at_risk: Int
    var breached: Int
    var escalated: Int
    var actions: [SLARunAction]

    init(_ r: SLARunResult) {
        examined = r.examined
        backfilled = r.backfilled
        at_risk = r.flaggedAtRisk
        breached = r.flaggedBreached
        escalated = r.escalated
        actions = r.actions
    }
}
