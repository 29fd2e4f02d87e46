import Foundation
import GRDB
import GRDBSQLite
import HelpDeskCore

/// Time to resolve: count, mean and median hours of the resolved population, as a whole and per
/// tier and priority, in three passes over the period's range of `tickets_resolved_cover`
/// (read alone, never a ticket row) instead of a count and a sort of the period per group (the
/// 30-day report sorted its 700,000 tickets nine times: 12 s of its 19 at a million tickets).
///
/// - Means: one statement with an `AVG` per group (`CASE … END` is NULL outside the group, and
///   `AVG` skips NULLs). Each group's values are added in the index's order, as the statement
///   per group did, so every mean is the same double. Counts come from the first median pass.
/// - Medians: the middle value, or the mean of the middle two, in the order of hours. A first
///   pass counts each group's values per five-minute bucket of hours, which tells which buckets
///   hold the middle ranks; a second keeps only those buckets' values and sorts them. The hours
///   are the very doubles SQL computes, so the middle values are those `ORDER BY … LIMIT …
///   OFFSET` picked.
extension MetricsQueries {
    struct ResolutionStats {
        var all: DurationStats
        var byTier: [GroupStats]
        var byPriority: [GroupStats]
    }

    /// Group 0 is the whole population, then one per tier, then one per priority.
    private static let tiers = Tier.allCases
    private static let priorities = Priority.allCases
    private static var groupCount: Int { 1 + tiers.count + priorities.count }

    /// The row's tier and priority groups as SQL computes them (0: none of the known ones).
    private static var groupColumns: String {
        let tier = Self.tiers.enumerated().map { "WHEN '\($1.rawValue)' THEN \(1 + $0)" }.joined(separator: " ")
        let priority = Self.priorities.enumerated().map { "WHEN \($1.rank) THEN \(1 + Self.tiers.count + $0)" }.joined(separator: " ")
        return "CASE tier \(tier) ELSE 0 END, CASE priority \(priority) ELSE 0 END"
    }

    /// Steps through the resolved population's (tier group, priority group, hours) with the C
    /// API: 700,000 rows through GRDB's `Row` cost more than reading them.
    private func forEachResolved(_ body: (Int, Int, Double?) -> Void) throws {
        let statement = try db.cachedStatement(sql: "SELECT \(Self.groupColumns), \(Self.hours) \(resolvedPopulation)")
        try statement.setArguments(period)
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(handle))),
                                    sql: statement.sql)
            }
            let hours = sqlite3_column_type(handle, 2) == SQLITE_NULL ? nil : sqlite3_column_double(handle, 2)
            body(Int(sqlite3_column_int(handle, 0)), Int(sqlite3_column_int(handle, 1)), hours)
        }
    }

    func resolutionStats() throws -> ResolutionStats {
        var columns = ["AVG(h)"]
        for tier in Self.tiers { columns.append("AVG(CASE WHEN tier = '\(tier.rawValue)' THEN h END)") }
        for priority in Self.priorities { columns.append("AVG(CASE WHEN priority = \(priority.rank) THEN h END)") }
        // `LIMIT -1` keeps SQLite from flattening the subquery into the aggregate, which would
        // compute the hours (two date parses) once per AVG instead of once per row.
        let row = try Row.fetchOne(db, sql: """
            SELECT \(columns.joined(separator: ", "))
            FROM (SELECT tier, priority, \(Self.hours) AS h \(resolvedPopulation) LIMIT -1)
            """, arguments: period)
        let means = (0..<Self.groupCount).map { row?[$0] as Double? }
        let (counts, medians) = try self.medians()
        let stats = (0..<Self.groupCount).map { DurationStats(count: counts[$0], meanHours: means[$0], medianHours: medians[$0]) }
        return ResolutionStats(
            all: stats[0],
            byTier: Self.tiers.indices.compactMap { GroupStats(group: Self.tiers[$0].rawValue, stats: stats[1 + $0]) },
            byPriority: Self.priorities.indices.compactMap { GroupStats(group: Self.priorities[$0].rawValue, stats: stats[1 + Self.tiers.count + $0]) }
        )
    }

    /// A value's bucket: whole five minutes of hours, NULL first as SQL orders it.
    private static func bucket(_ hours: Double?) -> Int64 {
        guard let hours, !hours.isNaN else { return .min }
        let scaled = (hours * 12).rounded(.down)
        if scaled >= 9e18 { return .max }
        if scaled <= -9e18 { return .min + 1 }
        return Int64(scaled)
    }

    /// Counts per bucket: an array for the first 60 days of hours (where nearly all tickets
    /// fall; one add per value), grown as far as the values reach, and a dictionary for the rest.
    private struct Histogram {
        static let dense = 60 * 24 * 12
        var near: [Int] = []
        var far: [Int64: Int] = [:]

        mutating func add(_ bucket: Int64) {
            guard bucket >= 0 && bucket < Self.dense else {
                far[bucket, default: 0] += 1
                return
            }
            let index = Int(bucket)
            if index >= near.count { near.append(contentsOf: repeatElement(0, count: index + 1 - near.count)) }
            near[index] += 1
        }

        /// (bucket, count) for every non-empty bucket, in order.
        var sorted: [(Int64, Int)] {
            let low = far.filter { $0.key < 0 }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            let high = far.filter { $0.key >= 0 }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            let middle = near.indices.filter { near[$0] > 0 }.map { (Int64($0), near[$0]) }
            return low + middle + high
        }
    }

    /// Each group's count (every row, as `COUNT(*)` counts them) and median.
    private func medians() throws -> (counts: [Int], medians: [Double?]) {
        // Pass 1: values per bucket, per group.
        var histograms = Array(repeating: Histogram(), count: Self.groupCount)
        try forEachResolved { tier, priority, hours in
            let b = Self.bucket(hours)
            histograms[0].add(b)
            if tier > 0 { histograms[tier].add(b) }
            if priority > 0 { histograms[priority].add(b) }
        }
        let sortedBuckets = histograms.map(\.sorted)
        let counts = sortedBuckets.map { $0.reduce(0) { $0 + $1.1 } }
        // The buckets holding each group's middle ranks, and how many values lie below them.
        var wanted = Array(repeating: Set<Int64>(), count: Self.groupCount)
        var below = Array(repeating: 0, count: Self.groupCount)
        var ranks = Array(repeating: [Int](), count: Self.groupCount)
        for g in 0..<Self.groupCount where counts[g] > 0 {
            let n = counts[g]
            ranks[g] = n.isMultiple(of: 2) ? [n / 2 - 1, n / 2] : [(n - 1) / 2]
            var seen = 0
            var first: Int?
            for (key, size) in sortedBuckets[g] {
                if ranks[g].contains(where: { $0 >= seen && $0 < seen + size }) {
                    if first == nil { first = seen }
                    wanted[g].insert(key)
                }
                seen += size
            }
            below[g] = first ?? 0
        }
        // Pass 2: only the values of those buckets, sorted.
        var kept = Array(repeating: [Double?](), count: Self.groupCount)
        try forEachResolved { tier, priority, hours in
            let b = Self.bucket(hours)
            if wanted[0].contains(b) { kept[0].append(hours) }
            if tier > 0, wanted[tier].contains(b) { kept[tier].append(hours) }
            if priority > 0, wanted[priority].contains(b) { kept[priority].append(hours) }
        }
        return (counts, (0..<Self.groupCount).map { g in
            guard counts[g] > 0 else { return nil }
            // NULL hours (an unreadable date) sort first, as in SQL; a median cannot be made of them.
            let sorted = kept[g].sorted { ($0 ?? -.infinity) < ($1 ?? -.infinity) }
            let middle = ranks[g].compactMap { rank -> Double? in
                let i = rank - below[g]
                return sorted.indices.contains(i) ? sorted[i] : nil
            }
            guard middle.count == ranks[g].count else { return nil }
            return middle.reduce(0, +) / Double(middle.count)
        })
    }
}
