import Foundation

/// One opening interval of a day, in minutes after local midnight: `[start, end)`.
///
/// Minutes rather than `DateComponents` so that validation, sorting and formatting are simple
/// arithmetic; `end` may be `1440` (24:00) to mean "until midnight".
public struct BusinessInterval: Hashable, Sendable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) throws(SLAError) {
        guard (0..<1440).contains(start), (1...1440).contains(end) else {
            throw .invalidHours("opening times must lie between 00:00 and 24:00")
        }
        guard start < end else {
            throw .invalidHours("an interval must end after it starts (\(Self.clock(start))-\(Self.clock(end)))")
        }
        self.start = start
        self.end = end
    }

    /// Parses `HH:MM-HH:MM`, e.g. `09:00-14:00`; `24:00` is allowed as an end.
    public init(parsing text: String) throws(SLAError) {
        let halves = text.split(separator: "-", omittingEmptySubsequences: false)
        guard halves.count == 2, let s = Self.minutes(halves[0]), let e = Self.minutes(halves[1]) else {
            throw .invalidHours("\"\(text)\" is not an interval like \"09:00-14:00\"")
        }
        try self.init(start: s, end: e)
    }

    public var description: String { "\(Self.clock(start))-\(Self.clock(end))" }

    public var seconds: Double { Double(end - start) * 60 }

    static func minutes(_ text: Substring) -> Int? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let h = Int(parts[0]), let m = Int(parts[1]), (0...24).contains(h), (0..<60).contains(m),
              h < 24 || m == 0 else { return nil }
        return h * 60 + m
    }

    static func clock(_ minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }
}

/// A week of opening hours. Days missing from the table are closed.
public struct WeeklyHours: Hashable, Sendable {
    /// Sorted, non-overlapping intervals per day.
    public private(set) var days: [Weekday: [BusinessInterval]]

    /// Sorts each day's intervals and refuses overlaps, which would count the same minute twice.
    public init(_ days: [Weekday: [BusinessInterval]]) throws(SLAError) {
        var clean: [Weekday: [BusinessInterval]] = [:]
        for (day, intervals) in days where !intervals.isEmpty {
            let sorted = intervals.sorted { $0.start < $1.start }
            for (a, b) in zip(sorted, sorted.dropFirst()) where b.start < a.end {
                throw .invalidHours("on \(day.rawValue) the intervals \(a) and \(b) overlap")
            }
            clean[day] = sorted
        }
        self.days = clean
    }

    /// The same hours every weekday (Monday to Friday), closed at weekends.
    public static func weekdays(_ intervals: [BusinessInterval]) -> WeeklyHours {
        // Intervals built by the caller are already validated one by one; overlaps are a programmer error.
        (try? WeeklyHours(Dictionary(uniqueKeysWithValues: [Weekday.mon, .tue, .wed, .thu, .fri].map { ($0, intervals) })))
            ?? WeeklyHours.closed
    }

    static let closed = WeeklyHours(uncheckedDays: [:])

    private init(uncheckedDays: [Weekday: [BusinessInterval]]) { self.days = uncheckedDays }

    public func intervals(on day: Weekday) -> [BusinessInterval] { days[day] ?? [] }

    public var isEmpty: Bool { days.values.allSatisfy(\.isEmpty) }
}
