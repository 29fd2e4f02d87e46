import Foundation

/// Daily series for the dashboard's sparklines: one value per local day, oldest first.
///
/// Each day uses the same populations as the report (see `Metrics`): created that day for
/// escalation, resolved that day for first-contact resolution and CSAT. Days without data
/// are nil, so a sparkline shows a gap rather than a misleading zero.
public struct DailyTrends: Sendable, Equatable, Codable {
    public var days: [LocalDate]
    public var created: [Int]
    public var resolved: [Int]
    public var firstContactResolutionRate: [Double?]
    public var escalationRate: [Double?]
    public var csatAverage: [Double?]

    /// The `days` local days ending with the day of `end` (inclusive), in `timeZone`.
    public init(_ facts: [TicketFacts], days count: Int = 14, endingAt end: Date, timeZone: TimeZone) {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = timeZone
        let last = LocalDate(end, in: cal)
        let days = (0..<max(0, count)).reversed().map { last.adding(days: -$0) }
        var createdOn: [LocalDate: [TicketFacts]] = [:]
        var resolvedOn: [LocalDate: [TicketFacts]] = [:]
        for f in facts {
            createdOn[LocalDate(f.createdAt, in: cal), default: []].append(f)
            if let r = f.resolvedAt { resolvedOn[LocalDate(r, in: cal), default: []].append(f) }
        }
        self.days = days
        created = days.map { createdOn[$0]?.count ?? 0 }
        resolved = days.map { resolvedOn[$0]?.count ?? 0 }
        firstContactResolutionRate = days.map { Metrics.firstContactResolutionRate(resolvedOn[$0] ?? []) }
        escalationRate = days.map { Metrics.escalationRate(createdOn[$0] ?? []) }
        csatAverage = days.map { CSATSummary(scores: (resolvedOn[$0] ?? []).compactMap(\.csat)).average }
    }

    enum CodingKeys: String, CodingKey {
        case days, created, resolved
        case firstContactResolutionRate = "first_contact_resolution_rate"
        case escalationRate = "escalation_rate"
        case csatAverage = "csat_average"
    }
}

/// Tiny charts made of block characters, for the dashboard and `report` in a terminal.
public enum Sparkline {
    public static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// One block per value, scaled between `range` (default: the values' own min and max);
    /// nil values are spaces. A flat series sits on the lowest block.
    public static func render(_ values: [Double?], range: ClosedRange<Double>? = nil) -> String {
        let present = values.compactMap { $0 }
        guard let lo = range?.lowerBound ?? present.min(), let hi = range?.upperBound ?? present.max() else {
            return String(repeating: " ", count: values.count)
        }
        return String(values.map { value -> Character in
            guard let value else { return " " }
            guard hi > lo else { return blocks[0] }
            let t = min(max((value - lo) / (hi - lo), 0), 1)
            return blocks[Int((t * Double(blocks.count - 1)).rounded())]
        })
    }

    public static func render(_ values: [Int]) -> String { render(values.map { Double($0) }, range: 0...Double(values.max() ?? 0)) }

    /// A horizontal bar of `width` cells at most for `value` out of `maximum` (`████`);
    /// any non-zero value gets at least one cell so it does not vanish.
    public static func bar(_ value: Int, of maximum: Int, width: Int) -> String {
        guard value > 0, maximum > 0, width > 0 else { return "" }
        let cells = max(1, Int((Double(min(value, maximum)) / Double(maximum) * Double(width)).rounded()))
        return String(repeating: "█", count: cells)
    }
}
