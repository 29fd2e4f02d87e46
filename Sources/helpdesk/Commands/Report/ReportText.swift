import Foundation
import HelpDeskCore

/// The human form of `helpdesk report`: headline figures, then tables, then 14-day sparklines.
enum ReportText {
    static func render(_ r: MetricsReport, firstDay: LocalDate, lastDay: LocalDate) -> String {
        var out: [String] = []
        out.append("Report \(firstDay) – \(lastDay) (generated \(ISO8601.string(r.generatedAt)))")
        out.append("")
        let byTier = ["l1", "l2", "l3"].compactMap { t in r.escalationRateByTier[t].map { "\(t.uppercased()) \(percent($0))" } }
        out.append(TextTable.render(header: ["FIGURE", "VALUE"], rows: [
            ["Tickets created", "\(r.ticketsCreated)"],
            ["Tickets resolved", "\(r.ticketsResolved)"],
            ["First-contact resolution", percent(r.firstContactResolutionRate)],
            ["Escalation rate", percent(r.escalationRate) + (byTier.isEmpty ? "" : "  (out of " + byTier.joined(separator: ", ") + ")")],
            ["Open by tier", Tier.allCases.map { "\($0.label) \(r.openByTier[$0])" }.joined(separator: "  ")],
            ["SLA breached", "\(r.slaBreached)  (\(r.slaBreachedOpen) open now, \(r.slaBreachedResolved) resolved in the period)"],
            ["SLA at risk", "\(r.slaAtRisk)"],
            ["Mean time to resolve", hours(r.meanTimeToResolveHours)],
            ["Median time to resolve", hours(r.medianTimeToResolveHours)],
            ["CSAT", r.csat.average.map { String(format: "%.2f / 5 (%d answers)", $0, r.csat.count) } ?? "-"],
        ]))
        let groups = r.timeToResolveByTier + r.timeToResolveByPriority
        if !groups.isEmpty {
            out.append("")
            out.append(TextTable.render(header: ["RESOLVED BY", "COUNT", "MEAN", "MEDIAN"],
                                        rows: groups.map { [$0.group.uppercased(), "\($0.count)", hours($0.meanHours), hours($0.medianHours)] }))
        }
        out.append("")
        let maxAge = r.backlogAge.buckets.map(\.count).max() ?? 0
        out.append(TextTable.render(header: ["BACKLOG AGE", "OPEN", ""],
                                    rows: r.backlogAge.buckets.map { [$0.label, "\($0.count)", Sparkline.bar($0.count, of: maxAge, width: 30)] }))
        if let coverage = r.coverage {
            out.append("")
            let gaps = coverage.gaps.count
            out.append("Coverage now: on shift " + [Tier.l1, .l2, .l3].map { "\($0.label) \(coverage.onShift($0))" }.joined(separator: "  ")
                       + (gaps == 0 ? " · all covered" : " · \(gaps) uncovered"))
            let cells = coverage.cells.filter { $0.open > 0 || $0.agents > 0 }
            if !cells.isEmpty {
                out.append(TextTable.render(header: ["TIER / AREA", "ON SHIFT", "OPEN", "UNASSIGNED", "BREACHED", ""], rows: cells.map {
                    [$0.label(anyArea: "(any area)"), "\($0.onShift)/\($0.agents)", "\($0.open)", "\($0.unassigned)", "\($0.breached)",
                     $0.uncovered ? "UNCOVERED" : ""]
                }))
            }
        }
        if !r.workload.isEmpty {
            out.append("")
            let maxLoad = r.workload.map(\.open).max() ?? 0
            out.append(TextTable.render(header: ["AGENT", "OPEN", ""],
                                        rows: r.workload.map { [$0.login, "\($0.open)", Sparkline.bar($0.open, of: maxLoad, width: 30)] }))
        }
        let t = r.trends
        if let first = t.days.first, let last = t.days.last {
            out.append("")
            out.append("Last \(t.days.count) days (\(first) – \(last)):")
            out.append(TextTable.render(header: ["TREND", "", "LATEST"], rows: [
                ["created", Sparkline.render(t.created), "\(t.created.last ?? 0)"],
                ["resolved", Sparkline.render(t.resolved), "\(t.resolved.last ?? 0)"],
                ["first-contact resolution", Sparkline.render(t.firstContactResolutionRate, range: 0...1), percent(t.firstContactResolutionRate.last ?? nil)],
                ["escalation rate", Sparkline.render(t.escalationRate, range: 0...1), percent(t.escalationRate.last ?? nil)],
                ["CSAT", Sparkline.render(t.csatAverage, range: 1...5), (t.csatAverage.last ?? nil).map { String(format: "%.1f", $0) } ?? "-"],
            ]))
        }
        out.append("")
        out.append("KB gaps:")
        out.append(KBGapsText.render(r.kbGaps))
        return out.joined(separator: "\n")
    }

    static func percent(_ x: Double?) -> String {
        x.map { String(format: "%.1f %%", $0 * 100) } ?? "-"
    }

    static func hours(_ x: Double?) -> String {
        x.map { String(format: "%.1f h", $0) } ?? "-"
    }
}
