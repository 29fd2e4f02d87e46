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
    private var eligible: IDFilter?

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

    private mutating func eligibleIDs() throws -> IDFilter {
        if let eligible { return eligible }
        // Every form is an equality search on the index on articles(status, lang), never a scan
        // of the article rows, and Swift is handed the smaller side: stepping a row into Swift
        // costs far more than SQLite's search. When the searched language is most of the base,
        // the ids *not* allowed (other languages, unpublished) are the few.
        let allowedStatuses = includeUnpublished ? ArticleStatus.allCases : [.published]
        let otherStatuses = ArticleStatus.allCases.filter { !allowedStatuses.contains($0) }
        let otherLanguages = Language.allCases.filter { $0 != lang }
        let share = try lang.map { Double(try TermStatistics.documentCount(lang: $0, in: db))
            / Double(max(try TermStatistics.documentCount(lang: nil, in: db), 1)) } ?? 1
        let excluding = share >= 0.5
        var parts: [(statuses: [ArticleStatus], languages: [Language]?)] = []
        if excluding {
            if !otherStatuses.isEmpty { parts.append((otherStatuses, nil)) }
            if lang != nil { parts.append((allowedStatuses, otherLanguages)) }
        } else {
            parts.append((allowedStatuses, lang.map { [$0] }))
        }
        let maxID = try Int64.fetchOne(db, sql: "SELECT max(id) FROM articles") ?? 0
        var ids = IDSet(capacity: maxID)
        for part in parts {
            var sql = "SELECT id FROM articles WHERE status IN (\(part.statuses.map { _ in "?" }.joined(separator: ",")))"
            var arguments = StatementArguments(part.statuses.map(\.rawValue))
            if let languages = part.languages {
                sql += " AND lang IN (\(languages.map { _ in "?" }.joined(separator: ",")))"
                arguments += StatementArguments(languages.map(\.rawValue))
            }
            let rows = try Int64.fetchCursor(db, sql: sql, arguments: arguments)
            while let id = try rows.next() { ids.insert(id) }
        }
        let filter = IDFilter(ids: ids, excluding: excluding)
        eligible = filter
        return filter
    }
}

/// The ids a search may return, held as whichever side is smaller: the allowed ids, or the
/// excluded ones (other languages, unpublished articles).
struct IDFilter {
    var ids: IDSet
    var excluding: Bool

    func contains(_ id: Int64) -> Bool { ids.contains(id) != excluding }
}

/// A set of article ids as one bit per id up to the largest: ids come from AUTOINCREMENT, so they
/// are dense, and a base of 150,000 articles fits in 19 KB that fill and probe far faster than a
/// hash set (filling it is the one-time cost of the first large query of a searcher).
struct IDSet {
    private var words: [UInt64]

    init(capacity maxID: Int64) {
        words = [UInt64](repeating: 0, count: Int(max(maxID, 0) / 64) + 1)
    }

    mutating func insert(_ id: Int64) {
        guard id >= 0 else { return }
        let word = Int(id / 64)
        if word >= words.count { words += [UInt64](repeating: 0, count: word - words.count + 1) }
        words[word] |= 1 << UInt64(id % 64)
    }

    func contains(_ id: Int64) -> Bool {
        guard id >= 0, Int(id / 64) < words.count else { return false }
        return words[Int(id / 64)] & (1 << UInt64(id % 64)) != 0
    }
}
