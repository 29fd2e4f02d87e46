import Foundation

/// When the SLA clock is allowed to run: opening hours in a named time zone, minus holidays,
/// or around the clock.
///
/// Targets are promises in business time ("4 business hours"), so every SLA figure goes
/// through `adding(_:to:)` and `businessSeconds(from:to:)`. Both walk whole days and whole
/// intervals, never minutes: a day costs a few `Calendar` conversions, so a month-long span is
/// cheap. Intervals are turned into absolute instants in the named zone day by day, which is
/// what makes the 23- and 25-hour days of a DST change come out right.
public struct BusinessCalendar: Sendable, Equatable {
    public enum Schedule: Sendable, Equatable {
        /// 24/7: every second counts, holidays included (that is what 24/7 cover is sold as).
        case alwaysOpen
        case weekly(WeeklyHours)
    }

    /// How policies refer to this calendar, e.g. `office` or `24x7`.
    public let name: String
    public let timeZone: TimeZone
    public let schedule: Schedule
    /// Days on which a weekly calendar is closed all day.
    public let holidays: Set<LocalDate>
    private let calendar: Calendar

    /// Beyond this many days without an opening (a calendar made only of holidays) a target
    /// is reported as never due rather than looping for ever.
    static let searchLimitDays = 3660

    public init(name: String, timeZone: TimeZone, hours: WeeklyHours, holidays: Set<LocalDate> = []) throws(SLAError) {
        guard !hours.isEmpty else {
            throw .invalidCalendar("calendar \"\(name)\" has no opening hours; give at least one interval or make it 24/7")
        }
        self.init(name: name, timeZone: timeZone, schedule: .weekly(hours), holidays: holidays)
    }

    /// A 24/7 calendar. The zone only matters for display and daily trends.
    public static func alwaysOpen(name: String, timeZone: TimeZone) -> BusinessCalendar {
        BusinessCalendar(name: name, timeZone: timeZone, schedule: .alwaysOpen, holidays: [])
    }

    private init(name: String, timeZone: TimeZone, schedule: Schedule, holidays: Set<LocalDate>) {
        self.name = name
        self.timeZone = timeZone
        self.schedule = schedule
        self.holidays = holidays
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = timeZone
        self.calendar = cal
    }

    /// Looks a zone up by its IANA name (`Europe/Madrid`), with a message that says what to fix.
    public static func zone(named identifier: String) throws(SLAError) -> TimeZone {
        guard !identifier.isEmpty, let zone = TimeZone(identifier: identifier) else {
            throw .invalidCalendar("unknown time zone \"\(identifier)\"; use an IANA name such as \"Europe/Madrid\" or \"UTC\"")
        }
        return zone
    }

    public var isAlwaysOpen: Bool { schedule == .alwaysOpen }

    /// The instant `seconds` of business time after `start`.
    ///
    /// A start outside opening hours waits for the next opening; a result that lands exactly on
    /// closing time stays there (due at 18:00, not at 09:00 the next morning).
    public func adding(_ seconds: TimeInterval, to start: Date) -> Date {
        guard seconds > 0 else { return start }
        guard case .weekly = schedule else { return start.addingTimeInterval(seconds) }
        var remaining = seconds
        var day = LocalDate(start, in: calendar)
        for _ in 0..<Self.searchLimitDays {
            for interval in openIntervals(on: day) where interval.end > start {
                let from = max(interval.start, start)
                let available = interval.end.timeIntervalSince(from)
                if remaining <= available { return from.addingTimeInterval(remaining) }
                remaining -= available
            }
            day = day.adding(days: 1)
        }
        return .distantFuture
    }

    /// Business seconds in `[from, to)`; zero when `to` is not after `from`.
    public func businessSeconds(from: Date, to: Date) -> TimeInterval {
        guard to > from else { return 0 }
        guard case .weekly = schedule else { return to.timeIntervalSince(from) }
        var total: TimeInterval = 0
        var day = LocalDate(from, in: calendar)
        let last = LocalDate(to, in: calendar)
        while day <= last {
            for interval in openIntervals(on: day) {
                let s = max(interval.start, from), e = min(interval.end, to)
                if e > s { total += e.timeIntervalSince(s) }
            }
            day = day.adding(days: 1)
        }
        return total
    }

    /// Whether the clock runs at `date`.
    public func isOpen(at date: Date) -> Bool {
        guard case .weekly = schedule else { return true }
        return openIntervals(on: LocalDate(date, in: calendar)).contains { $0.start <= date && date < $0.end }
    }

    /// The local day `date` falls on in this calendar's zone (for daily trends and holidays).
    public func localDate(of date: Date) -> LocalDate { LocalDate(date, in: calendar) }

    /// The opening intervals of one local day as absolute instants, in order.
    func openIntervals(on day: LocalDate) -> [(start: Date, end: Date)] {
        guard case .weekly(let hours) = schedule, !holidays.contains(day) else { return [] }
        return hours.intervals(on: day.weekday).compactMap { interval in
            let s = day.instant(minutes: interval.start, in: calendar)
            let e = day.instant(minutes: interval.end, in: calendar)
            return e > s ? (s, e) : nil
        }
    }

    public static func == (a: BusinessCalendar, b: BusinessCalendar) -> Bool {
        a.name == b.name && a.timeZone.identifier == b.timeZone.identifier
            && a.schedule == b.schedule && a.holidays == b.holidays
    }
}
