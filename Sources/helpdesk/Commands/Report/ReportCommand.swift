import ArgumentParser
import Foundation
import HelpDeskCore
import HelpDeskStore

/// `helpdesk report`: the supervisor metrics for a period of local days.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Supervisor metrics: FCR, escalation, time to resolve, SLA, backlog, CSAT, workload.",
        discussion: """
            The period: whole local days (the machine's time zone; set TZ to change
            it) from the start of --from to the end of --to, both included. Default:
            the last 30 days, today included; without --to the period ends today.
            Instants in --json are UTC; rates are fractions (0.64), null without data.

            Definitions (as the supervisor dashboard shows them; incidents and
            service requests count alike):
            - tickets_created / tickets_resolved: created in the period / resolved in
              it (last resolution) and still resolved or closed.
            - first_contact_resolution_rate: of the tickets resolved in the period,
              the share resolved at L1 by the first technician who handled them,
              never escalated and never reopened.
            - escalation_rate: of the tickets created in the period, the share
              escalated at least once (to L2, L3, a vendor or a department);
              escalation_rate_by_tier: of those that reached a tier, the share
              escalated out of it.
            - mean/median_time_to_resolve_hours: creation to resolution, wall-clock
              hours, over tickets resolved in the period (by the tier that resolved
              them, and by priority).
            - csat: the 1-5 scores of tickets resolved in the period (a reopen
              withdraws the score).
            - sla_breached: sla_breached_open (open tickets breached now, the
              dashboard's counter) plus sla_breached_resolved (resolved in the
              period after breaching a timer).
            - open_by_tier, backlog_age, workload, sla_at_risk: a snapshot of the
              open tickets (every status but resolved and closed) now.
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
    /// Without `--to` the period ends today, so a `--from` after today is upside down too.
    static func validate(from: String?, to: String?, today: LocalDate = today(in: .current)) throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            guard let value else { continue }
            guard let day = LocalDate(value), day.isValid else {
                throw ValidationError("\(name) must be a date written YYYY-MM-DD (got '\(value)')")
            }
            // Year 0 does not exist in the Gregorian calendar (it would silently become year 1).
            guard day.year >= 1 else { throw ValidationError("\(name) must be a date from 0001-01-01 on (got '\(value)')") }
        }
        if let from, let to, let a = LocalDate(from), let b = LocalDate(to), b < a {
            throw ValidationError("--to (\(to)) is before --from (\(from))")
        }
        if let from, to == nil, let a = LocalDate(from), today < a {
            throw ValidationError("--from (\(from)) is after today (\(today)), where the period ends without --to")
        }
    }

    static func today(in timeZone: TimeZone) -> LocalDate {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = timeZone
        return LocalDate(Date(), in: cal)
    }

    /// The store writes dates as text with four-digit years, so an instant past the year 9999
    /// (the end of `--to 9999-12-31`) would compare as text before every ticket: the period is
    /// clamped to the last storable millisecond.
    static let latest = Date(timeIntervalSince1970: 253_402_300_799.999)

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
        start = min(firstDay.instant(minutes: 0, in: cal), Self.latest)
        end = min(lastDay.adding(days: 1).instant(minutes: 0, in: cal), Self.latest)
    }
}
