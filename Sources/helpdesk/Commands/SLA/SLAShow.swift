import ArgumentParser
import Foundation
import HelpDeskCore
import HelpDeskStore

extension SLACommand {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The policies in force, as a table, and where they come from.")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            try guarded {
                let context = try CommandContext.open(global)
                let (set, source) = SLAPolicyResolver.resolve(context.db)
                if global.json { try JSONOutput.print(SLAShowJSON(set, from: source)); return }
                Console.print("SLA policies from \(source.description); at risk from \(Int((set.atRiskThreshold * 100).rounded())) % of a target")
                let rows = set.orderedPolicies.map { p in
                    [p.priority.rawValue, p.plan.rawValue, SLADuration.format(p.firstResponse),
                     p.nextUpdate.map(SLADuration.format) ?? "none", SLADuration.format(p.resolution),
                     p.calendar, p.autoEscalate ? "yes" : "no"]
                }
                Console.print(TextTable.render(header: ["PRI", "PLAN", "FIRST REPLY", "NEXT UPDATE", "RESOLUTION", "CALENDAR", "AUTO-ESCALATE"],
                                               rows: rows))
            }
        }
    }
}

/// The policies in force as `sla show --json` and `sla export --json` print them.
struct SLAShowJSON: Encodable {
    var source: String
    var at_risk_threshold: Double
    var policies: [SLAPolicy]

    init(_ set: SLAPolicySet, from source: SLAPolicySource) {
        self.source = source.description
        at_risk_threshold = set.atRiskThreshold
        policies = set.orderedPolicies
    }
}
