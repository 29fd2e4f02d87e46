import ArgumentParser
import Foundation
import HelpDeskCore
import HelpDeskStore

/// `helpdesk report`: the supervisor metrics for a period of local days.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Supervisor metrics: FCR, escalation, time to resolve, SLA, backlog, CSAT, workload.",
        discussion: """
            The period runs from the start of --from to the end of --to (local days, YYYY-MM-DD;
            default: the last 30 days, today included). Rates over tickets resolved (FCR, time to
            resolve, CSAT) or created (escalation) in the period; backlog, workload and SLA counts
            are a snapshot of now.
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("First day of the period (YYYY-MM-DD).", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("Last day of the period, included (YYYY-MM-DD).", valueName: "date")) var to: String?
    @Flag(help: "Print metric,group,value rows for spreadsheets.") var csv = false

    func validate() throws {
        try ReportPeriod.validate(from: from, to: to)
        if csv && global.json { throw ValidationError("choose one of --csv and --json") }
    }

    func run() throws {
        try guarded {
            let context = try CommandContext.open(global)
            let now = context.now
            let period = ReportPeriod(from: from, to: to, now: now, timeZone: .current)
            let report = try context.db.metricsReport(from: period.start, to: period.end, now: now, timeZone: .current)
            if global.json {
                try JSONOutput.print(report)
            } else if csv {
                FileHandle.standardOutput.write(Data(report.csv.utf8))
            } else {
                Console.print(ReportText.render(report, firstDay: period.firstDay, lastDay: period.lastDay))
            }
        }
    }
}

/// A period of whole local days as the half-open interval of instants the store wants.
struct ReportPeriod {
    /// The `--from`/`--to` checks shared by `report` and `kb gaps` (usage errors, exit 64).
    static func validate(from: String?, to: String?) throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, LocalDate(value)?.isValid != true {
                throw ValidationError("\(name) must be a date written YYYY-MM-DD (got '\(value)')")
            }
        }
        if let from, let to, let a = LocalDate(from), let b = LocalDate(to), b < a {
            throw ValidationError("--to (\(to)) is before --from (\(from))")
        }
        // Without --to the period ends today: a --from in the future is the same mistake.
        if let from, to == nil, let a = LocalDate(from) {
            var cal = Calendar(identifier: .gregorian)
            cal.timeZone = .current
            let today = LocalDate(Date(), in: cal)
            if today < a { throw ValidationError("--from (\(from)) is after today (\(today)), where the period ends without --to") }
        }
    }

    var firstDay: LocalDate
    var lastDay: LocalDate
    var start: Date
    var end: Date

    init(from: String?, to: String?, now: Date, timeZone: TimeZone, defaultDays: Int = 30) {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = timeZone
        let today = LocalDate(now, in: cal)
        lastDay = to.flatMap(LocalDate.init) ?? today
        firstDay = from.flatMap(LocalDate.init) ?? lastDay.adding(days: -(defaultDays - 1))
        start = firstDay.instant(minutes: 0, in: cal)
        end = lastDay.adding(days: 1).instant(minutes: 0, in: cal)
    }
}
