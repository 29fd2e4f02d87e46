import Foundation

extension SLAPolicySet {
    /// The built-in policies, shipped as `sla/default.toml` (a test keeps the two equal).
    ///
    /// Two calendars, both in Europe/Madrid:
    /// - `office`: Monday to Friday 09:00–14:00 and 15:00–18:00 (8 business hours a day),
    ///   closed on Spain's national holidays of 2026 and early 2027;
    /// - `24x7`: around the clock, holidays included.
    ///
    /// Targets (first response / next update / resolution), calendar, and whether a
    /// resolution breach escalates automatically. Office targets are in business hours,
    /// so `16h` is two working days:
    ///
    /// | priority | basic               | intermediate        | advanced             | personalised         |
    /// | -------- | ------------------- | ------------------- | -------------------- | -------------------- |
    /// | P1 (esc) | 1h / 2h / 16h off.  | 30m / 1h / 8h off.  | 15m / 1h / 4h 24x7   | 15m / 30m / 4h 24x7  |
    /// | P2 (esc) | 4h / 8h / 24h off.  | 2h / 4h / 16h off.  | 1h / 2h / 8h off.    | 30m / 1h / 8h 24x7   |
    /// | P3       | 8h / 16h / 40h off. | 4h / 8h / 32h off.  | 4h / 8h / 24h off.   | 2h / 4h / 16h off.   |
    /// | P4       | 16h / — / 80h off.  | 8h / 24h / 60h off. | 8h / 16h / 40h off.  | 4h / 8h / 24h off.   |
    ///
    /// Why: the plans in the seed article grow from basic help to personalised attention, and
    /// 24/7 cover is what the top plans pay for, so only their most urgent tickets run on the
    /// 24x7 calendar; everything else waits for the office to open. Basic P4 promises no
    /// regular updates. At risk from 75 % of a target.
    public static let standard: SLAPolicySet = {
        let madrid = TimeZone(identifier: "Europe/Madrid") ?? TimeZone(secondsFromGMT: 3600)!
        do {
            let office = try BusinessCalendar(
                name: "office", timeZone: madrid,
                hours: .weekdays([BusinessInterval(start: 9 * 60, end: 14 * 60), BusinessInterval(start: 15 * 60, end: 18 * 60)]),
                holidays: Set(spanishHolidays.compactMap(LocalDate.init))
            )
            let always = BusinessCalendar.alwaysOpen(name: "24x7", timeZone: madrid)
            return try SLAPolicySet(calendars: [office, always], policies: standardTable, atRiskThreshold: 0.75)
        } catch {
            preconditionFailure("built-in SLA policies are invalid: \(error)")
        }
    }()

    static let spanishHolidays = [
        "2026-01-01", "2026-01-06", "2026-04-03", "2026-05-01", "2026-08-15", "2026-10-12",
        "2026-12-08", "2026-12-25", "2027-01-01", "2027-01-06",
    ]

    private static let standardTable: [SLAPolicy] = {
        let m: TimeInterval = 60, h: TimeInterval = 3600
        func row(_ p: Priority, _ plan: SupportPlan, _ fr: TimeInterval, _ nu: TimeInterval?, _ res: TimeInterval, _ cal: String) -> SLAPolicy {
            SLAPolicy(priority: p, plan: plan, firstResponse: fr, nextUpdate: nu, resolution: res,
                      calendar: cal, autoEscalate: p <= .p2)
        }
        return [
            row(.p1, .basic, 1 * h, 2 * h, 16 * h, "office"),
            row(.p1, .intermediate, 30 * m, 1 * h, 8 * h, "office"),
            row(.p1, .advanced, 15 * m, 1 * h, 4 * h, "24x7"),
            row(.p1, .personalised, 15 * m, 30 * m, 4 * h, "24x7"),
            row(.p2, .basic, 4 * h, 8 * h, 24 * h, "office"),
            row(.p2, .intermediate, 2 * h, 4 * h, 16 * h, "office"),
            row(.p2, .advanced, 1 * h, 2 * h, 8 * h, "office"),
            row(.p2, .personalised, 30 * m, 1 * h, 8 * h, "24x7"),
            row(.p3, .basic, 8 * h, 16 * h, 40 * h, "office"),
            row(.p3, .intermediate, 4 * h, 8 * h, 32 * h, "office"),
            row(.p3, .advanced, 4 * h, 8 * h, 24 * h, "office"),
            row(.p3, .personalised, 2 * h, 4 * h, 16 * h, "office"),
            row(.p4, .basic, 16 * h, nil, 80 * h, "office"),
            row(.p4, .intermediate, 8 * h, 24 * h, 60 * h, "office"),
            row(.p4, .advanced, 8 * h, 16 * h, 40 * h, "office"),
            row(.p4, .personalised, 4 * h, 8 * h, 24 * h, "office"),
        ]
    }()
}
