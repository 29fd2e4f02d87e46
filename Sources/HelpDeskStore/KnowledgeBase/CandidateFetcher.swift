import GRDB
import HelpDeskCore

/// Fetches the first-stage candidates: FTS5's bm25 over an OR of query terms, restricted to the
/// articles a search may return (its language, published ones unless asked otherwise).
///
/// The restriction is where the time went on large bases: `lang` and `status` are UNINDEXED
/// columns of `articles_fts`, so `AND lang = ?` reads each matching row's stored record, about
/// ten times the cost of walking its posting. When a query matches many rows, the searcher
/// instead loads once the ids it may return (from the covering index on `articles(status, lang)`)
/// and filters in memory; when it matches few, reading those rows is cheaper than the id list.
struct CandidateFetcher {
    struct Candidate {
        var id: Int64
        /// FTS5's bm25, sign flipped: higher is better.
        var score: Double
    }

    let db: Database
    let lang: Language?
    let includeUnpublished: Bool
    let titleWeight: Double
    /// Ids the search may return, loaded on first need (then reused by every later query).
    private var eligible: Set<Int64>?

    init(db: Database, lang: Language?, includeUnpublished: Bool, titleWeight: Double) {
        self.db = db
        self.lang = lang
        self.includeUnpublished = includeUnpublished
        self.titleWeight = titleWeight
    }

    /// Whether some articles are out of bounds at all.
    private var restricts: Bool { lang != nil || !includeUnpublished }

    /// The `depth` best candidates for `expression`, best first (ties by id). `postings` is the
    /// expected number of matching rows and `baseSize` the number of indexed articles: together
    /// they choose between filtering in SQL and filtering in memory.
    mutating func fetch(_ expression: String, depth: Int, postings: Int, baseSize: Int) throws -> [Candidate] {
        var sql = "SELECT rowid, bm25(articles_fts, 0.0, 0.0, \(titleWeight), 1.0) FROM articles_fts WHERE articles_fts MATCH ?"
        var arguments: StatementArguments = [expression]
        let inMemory = restricts && (eligible != nil || postings * 100 >= baseSize)
        if restricts && !inMemory {
            if let lang {
                sql += " AND lang = ?"
                arguments += [lang.rawValue]
            }
            if !includeUnpublished { sql += " AND status = 'published'" }
        }
        let allowed = inMemory ? try eligibleIDs() : nil
        var out: [Candidate] = []
        let rows = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: arguments)
        while let row = try rows.next() {
            let id: Int64 = row[0]
            if let allowed, !allowed.contains(id) { continue }
            out.append(Candidate(id: id, score: -(row[1] as Double)))
        }
        return Self.best(out, depth)
    }

    /// The `depth` highest scores, ties by id (a full sort only when it is short already).
    static func best(_ candidates: [Candidate], _ depth: Int) -> [Candidate] {
        let better = { (a: Candidate, b: Candidate) in a.score != b.score ? a.score > b.score : a.id < b.id }
        guard candidates.count > depth * 4 else { return Array(candidates.sorted(by: better).prefix(depth)) }
        var top: [Candidate] = []
        top.reserveCapacity(depth + 1)
        for c in candidates {
            if top.count == depth, let last = top.last, !better(c, last) { continue }
            let at = top.firstIndex { better(c, $0) } ?? top.count
            top.insert(c, at: at)
            if top.count > depth { top.removeLast() }
        }
        return top
    }

    private mutating func eligibleIDs() throws -> Set<Int64> {
        if let eligible { return eligible }
        // Both forms read only the index on articles(status, lang), never the article rows.
        let statuses = includeUnpublished ? ArticleStatus.allCases.map(\.rawValue) : [ArticleStatus.published.rawValue]
        var sql = "SELECT id FROM articles WHERE status IN (\(statuses.map { _ in "?" }.joined(separator: ",")))"
        var arguments = StatementArguments(statuses)
        if let lang {
            sql += " AND lang = ?"
            arguments += [lang.rawValue]
        }
        var ids = Set<Int64>()
        let rows = try Int64.fetchCursor(db, sql: sql, arguments: arguments)
        while let id = try rows.next() { ids.insert(id) }
        eligible = ids
        return ids
    }
}
