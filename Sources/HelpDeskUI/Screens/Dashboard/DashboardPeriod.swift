import Foundation

/// The period the dashboard's flow figures (FCR, escalation, MTTR, CSAT) cover; `p` cycles.
/// Backlog, workload and SLA counts are always "as of now" whatever the period.
public enum DashboardPeriod: CaseIterable, Sendable {
    case today, week, month

    /// How many local days the period spans, today included.
    var days: Int {
        switch self {
        case .today: 1
        case .week: 7
        case .month: 30
        }
    }

    /// The next period, for `p`.
    var next: DashboardPeriod {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// Whole local days ending with today, as the half-open interval the store wants. Whole
    /// days (not "the last 24 hours") so the figures match `helpdesk report` for the same days.
    func interval(now: Date, timeZone: TimeZone) -> (from: Date, to: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let today = calendar.startOfDay(for: now)
        let end = calendar.date(byAdding: .day, value: 1, to: today) ?? now
        let start = calendar.date(byAdding: .day, value: 1 - days, to: today) ?? today
        return (start, end)
    }

    func name(_ l10n: Localizer) -> String {
        switch self {
        case .today: l10n(.periodToday)
        case .week: l10n(.periodDays, "7")
        case .month: l10n(.periodDays, "30")
        }
    }
}
