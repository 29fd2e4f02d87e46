import Foundation

extension MetricsReport {
    /// The report as `metric,group,value` rows (`helpdesk report --csv`): one figure per row so
    /// spreadsheets can pivot it; empty values where there is no data.
    public var csv: String {
        var rows = [["metric", "group", "value"]]
        func add(_ metric: String, _ group: String, _ value: Double?) {
            rows.append([metric, group, value.map(Self.number) ?? ""])
        }
        add("tickets_created", "", Double(ticketsCreated))
        add("tickets_resolved", "", Double(ticketsResolved))
        add("first_contact_resolution_rate", "", firstContactResolutionRate)
        add("escalation_rate", "", escalationRate)
        for tier in ["l1", "l2", "l3"] { add("escalation_rate", tier, escalationRateByTier[tier]) }
        for tier in Tier.allCases { add("open", tier.rawValue, Double(openByTier[tier])) }
        add("sla_breached", "", Double(slaBreached))
        add("sla_breached", "open", Double(slaBreachedOpen))
        add("sla_breached", "resolved", Double(slaBreachedResolved))
        add("sla_at_risk", "", Double(slaAtRisk))
        add("mean_time_to_resolve_hours", "", meanTimeToResolveHours)
        add("median_time_to_resolve_hours", "", medianTimeToResolveHours)
        for g in timeToResolveByTier + timeToResolveByPriority {
            add("mean_time_to_resolve_hours", g.group, g.meanHours)
            add("median_time_to_resolve_hours", g.group, g.medianHours)
        }
        for bucket in backlogAge.buckets { add("backlog_age", bucket.label, Double(bucket.count)) }
        if let coverage {
            add("coverage_uncovered", "", Double(coverage.gaps.count))
            for tier in [Tier.l1, .l2, .l3] { add("on_shift", tier.rawValue, Double(coverage.onShift(tier))) }
            for cell in coverage.cells {
                let group = cell.label(anyArea: "any area")
                add("coverage_open", group, Double(cell.open))
                add("coverage_on_shift", group, Double(cell.onShift))
            }
        }
        add("csat_average", "", csat.average)
        add("csat_count", "", Double(csat.count))
        for (score, count) in csat.distribution.enumerated() { add("csat_responses", "\(score + 1)", Double(count)) }
        for w in workload { add("open_assigned", w.login, Double(w.open)) }
        rows += kbGaps.csvRows
        return rows.map { $0.map(Self.field).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// Integers without a decimal point, other numbers with up to four decimals.
    static func number(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
        return String(format: "%.4f", x).replacingOccurrences(of: #"0+$"#, with: "", options: .regularExpression)
    }

    /// RFC 4180 quoting for logins or groups that contain commas or quotes.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
