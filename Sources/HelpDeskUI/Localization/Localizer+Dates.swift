import Foundation

/// Dates and times in each language's usual style, built from fixed tables so that snapshots
/// are the same on every machine: English `Nov 29 09:41`, Spanish `29 nov 09:41`, both 24-hour
/// (a help desk works across shifts; 24-hour times avoid the am/pm column).
extension Localizer {
    static let englishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let spanishMonths = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]

    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    /// `09:41`.
    public func time(_ date: Date) -> String {
        let c = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
    }

    /// `Nov 29` / `29 nov`.
    public func day(_ date: Date) -> String {
        let c = calendar.dateComponents([.month, .day], from: date)
        let month = (language == .es ? Self.spanishMonths : Self.englishMonths)[((c.month ?? 1) - 1) % 12]
        return language == .es ? "\(c.day ?? 1) \(month)" : "\(month) \(c.day ?? 1)"
    }

    /// Day and time: `Nov 29 09:41` / `29 nov 09:41`.
    public func dateTime(_ date: Date) -> String { "\(day(date)) \(time(date))" }

    /// The time alone when `date` is on the same day as `now`, otherwise day and time: what a
    /// timeline needs to stay short without becoming ambiguous.
    public func shortDateTime(_ date: Date, now: Date) -> String {
        calendar.isDate(date, inSameDayAs: now) ? time(date) : dateTime(date)
    }
}
