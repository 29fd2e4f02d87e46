import Foundation

/// When the SLA clock is allowed to run: opening hours in a named time zone, minus holidays,
/// or around the clock.
///
/// Targets are promises in business time ("4 business hours"), so every SLA figure goes
/// through `adding(_:to:)` and `businessSeconds(from:to:)`. Both walk days, never minutes:
/// the days in the middle of a span cost a table lookup (weekday hours, holidays), and only
/// the first and last day, and days on which the zone's clocks change, are turned into
/// absolute instants in the named zone. That is what makes the 23- and 25-hour days of a DST
/// change come out right without paying for it on every day.
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
    /// Derived once for the day-by-day walks: holidays as day numbers, and the opening time
    /// of each weekday (Monday first).
    private let holidayNumbers: Set<Int>
    private let weekdaySeconds: [TimeInterval]
    /// The local days and opening intervals already turned into instants, shared by the copies
    /// of this calendar (see `DayCache`).
    private let days = DayCache()

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
        self.holidayNumbers = Set(holidays.map(\.dayNumber))
        if case .weekly(let hours) = schedule {
            self.weekdaySeconds = Weekday.allCases.map { hours.intervals(on: $0).reduce(0) { $0 + $1.seconds } }
        } else {
            self.weekdaySeconds = Array(repeating: 86400, count: 7)
        }
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
        let first = dayNumber(of: start)
        // Looked up only once the walk leaves the first day (most targets end on it).
        var changes: ClockChanges?
        for day in first..<(first + Self.searchLimitDays) {
            // Whole days in between are plain arithmetic; only the first day, the last one and
            // days with a clock change need real instants.
            if day > first, !ClockChanges.affects(day, &changes, timeZone, calendar, after: start) {
                let whole = wholeDaySeconds(day)
                if remaining > whole {
                    remaining -= whole
                    continue
                }
            }
            for interval in openIntervals(onDay: day) where interval.end > start {
                let from = max(interval.start, start)
                let available = interval.end.timeIntervalSince(from)
                if remaining <= available { return from.addingTimeInterval(remaining) }
                remaining -= available
            }
        }
        return .distantFuture
    }

    /// Business seconds in `[from, to)`; zero when `to` is not after `from`.
    public func businessSeconds(from: Date, to: Date) -> TimeInterval {
        guard to > from else { return 0 }
        guard case .weekly = schedule else { return to.timeIntervalSince(from) }
        let first = dayNumber(of: from)
        let last = dayNumber(of: to)
        // Looked up only when there are days in between (a span within one day needs none).
        var changes: ClockChanges?
        var total: TimeInterval = 0
        for day in first...last {
            if day != first, day != last, !ClockChanges.affects(day, &changes, timeZone, calendar, after: from) {
                total += wholeDaySeconds(day)
                continue
            }
            for interval in openIntervals(onDay: day) {
                let s = max(interval.start, from), e = min(interval.end, to)
                if e > s { total += e.timeIntervalSince(s) }
            }
        }
        return total
    }

    /// Whether the clock runs at `date`.
    public func isOpen(at date: Date) -> Bool {
        guard case .weekly = schedule else { return true }
        return openIntervals(onDay: dayNumber(of: date)).contains { $0.start <= date && date < $0.end }
    }

    /// The local day `date` falls on in this calendar's zone (for daily trends and holidays).
    public func localDate(of date: Date) -> LocalDate { LocalDate(dayNumber: dayNumber(of: date)) }

    /// `LocalDate(date, in: calendar).dayNumber`, from the cache when `date` falls on a day
    /// already seen. Every SLA figure asks this of its start and end, and Foundation's answer
    /// costs a microsecond, more than the rest of a ticket's timers.
    func dayNumber(of date: Date) -> Int {
        if let day = days.day(containing: date) { return day }
        let day = LocalDate(date, in: calendar).dayNumber
        if let bounds = calendar.dateInterval(of: .day, for: date), bounds.start <= date, date < bounds.end {
            days.remember(day, from: bounds.start, to: bounds.end)
        }
        return day
    }

    /// ``openIntervals(on:)`` by day number, computed once per day.
    func openIntervals(onDay day: Int) -> [(start: Date, end: Date)] {
        if let intervals = days.intervals(on: day) { return intervals }
        let intervals = openIntervals(on: LocalDate(dayNumber: day))
        days.remember(intervals, on: day)
        return intervals
    }

    /// The opening intervals of one local day as absolute instants, in order.
    func openIntervals(on day: LocalDate) -> [(start: Date, end: Date)] {
        guard case .weekly(let hours) = schedule, !holidays.contains(day) else { return [] }
        return hours.intervals(on: day.weekday).compactMap { interval in
            let s = day.instant(minutes: interval.start, in: calendar)
            let e = day.instant(minutes: interval.end, in: calendar)
            return e > s ? (s, e) : nil
        }
    }

    /// Opening time of a day (by day number) without a clock change: the sum of its intervals.
    private func wholeDaySeconds(_ day: Int) -> TimeInterval {
        holidayNumbers.contains(day) ? 0 : weekdaySeconds[((day + 3) % 7 + 7) % 7]
    }

    public static func == (a: BusinessCalendar, b: BusinessCalendar) -> Bool {
        a.name == b.name && a.timeZone.identifier == b.timeZone.identifier
            && a.schedule == b.schedule && a.holidays == b.holidays
    }
}

/// What a calendar has already worked out about single days: which instants make up a local
/// day (its start and the next day's, from Foundation) and a day's opening intervals as
/// instants. Both depend only on the calendar, so answers never go stale; the cache is
/// emptied when it grows large rather than kept in order. A lock, not an actor: the clock is
/// synchronous and called from any thread.
private final class DayCache: @unchecked Sendable {
    private let lock = NSLock()
    private var bounds: [Int: (start: Date, end: Date)] = [:]
    private var opening: [Int: [(start: Date, end: Date)]] = [:]
    static let limit = 20_000

    /// The local day `date` falls on, if a day already seen contains it. Zone offsets stay
    /// within a day of UTC, so it is the UTC day or one either side.
    func day(containing date: Date) -> Int? {
        let utc = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
        return lock.withLock {
            func holds(_ day: Int) -> Bool { bounds[day].map { $0.start <= date && date < $0.end } ?? false }
            return holds(utc) ? utc : holds(utc + 1) ? utc + 1 : holds(utc - 1) ? utc - 1 : nil
        }
    }

    func remember(_ day: Int, from start: Date, to end: Date) {
        lock.withLock {
            if bounds.count >= Self.limit { bounds.removeAll(keepingCapacity: true) }
            bounds[day] = (start, end)
        }
    }

    func intervals(on day: Int) -> [(start: Date, end: Date)]? {
        lock.withLock { opening[day] }
    }

    func remember(_ intervals: [(start: Date, end: Date)], on day: Int) {
        lock.withLock {
            if opening.count >= Self.limit { opening.removeAll(keepingCapacity: true) }
            opening[day] = intervals
        }
    }
}

/// The days on which the zone's clocks change (DST), met in increasing order.
///
/// On those days (and, to be safe about midnight changes, the day before) opening hours do not
/// last their nominal length, so the calendar converts them to real instants.
private struct ClockChanges {
    private let zone: TimeZone
    private let calendar: Calendar
    private var next: Date?
    private var nextDay: Int?

    init(_ zone: TimeZone, _ calendar: Calendar, after start: Date) {
        self.zone = zone
        self.calendar = calendar
        next = zone.nextDaylightSavingTimeTransition(after: start)
        nextDay = next.map { LocalDate($0, in: calendar).dayNumber }
    }

    /// `affects(day)` on `changes`, made first (from `start` on) if it does not exist yet.
    static func affects(_ day: Int, _ changes: inout ClockChanges?, _ zone: TimeZone, _ calendar: Calendar, after start: Date) -> Bool {
        if changes == nil { changes = ClockChanges(zone, calendar, after: start) }
        return changes!.affects(day)
    }

    /// Whether day number `day` may contain a change; ask about days in increasing order.
    mutating func affects(_ day: Int) -> Bool {
        while let changeDay = nextDay, let change = next, changeDay < day {
            next = zone.nextDaylightSavingTimeTransition(after: change)
            nextDay = next.map { LocalDate($0, in: calendar).dayNumber }
        }
        guard let changeDay = nextDay else { return false }
        return day == changeDay || day == changeDay - 1
    }
}
