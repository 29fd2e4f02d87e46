import Foundation
import GRDB
import HelpDeskCore

/// Runs searches on one open connection: analyse the query, fetch bm25 candidates from FTS5,
/// re-rank them in Swift by coverage and proximity, fall back to typo correction and prefixes
/// when nothing matches.
public struct ArticleSearcher {
    let db: Database
    let options: ArticleSearchOptions
    let tuning = SearchTuning.current
    var vocabulary: Vocabulary

    init(db: Database, options: ArticleSearchOptions) {
        self.db = db
        self.options = options
        self.vocabulary = Vocabulary(db: db)
    }

    public mutating func search(_ text: String) throws -> [ArticleHit] {
        let query = QueryAnalyzer.analyze(text, language: options.lang)
        guard !query.isEmpty, options.limit > 0 else { return [] }
        let typing = options.prefixLastWord ? query.unfinished : nil
        var ranked = try rank(query, prefix: typing)
        if ranked.isEmpty, let corrected = try vocabulary.corrected(query) {
            ranked = try rank(corrected, prefix: nil)
        }
        if ranked.isEmpty, typing == nil, let last = query.words.last {
            ranked = try rank(query, prefix: last)
        }
        return try hits(ranked, query: query)
    }

    // MARK: ranking

    struct Scored {
        var id: Int64
        var score: Double
        /// Read from the index row: in `articles` they sit after the body, and reading them there
        /// would walk a long body's overflow pages for every hit.
        var lang: Language = .en
        var status: ArticleStatus = .published
    }

    mutating func rank(_ query: AnalyzedQuery, prefix: QueryTerm?) throws -> [Scored] {
        // Every distinct word counts in the ranking, stop words too but weighed down: "quién" in
        // "¿Quién sube los paquetes?" is what finds the answer when the other words are common.
        let terms = query.rankingTerms
        let n = Double(max(try vocabulary.articleCount(), 1))
        var idf: [Double] = []
        var dfs: [Int] = []
        for term in terms {
            // One word alone needs no statistics: its weight cannot change the order. Stop words
            // are taken as common without asking (they are, in any real base).
            let cap = min(tuning.frequencyCap, Int(n))
            let df = terms.count == 1 ? 0
                : (term.isStopWord && !query.onlyStopWords ? cap : try vocabulary.documentFrequency(of: term, cap: cap))
            dfs.append(df)
            idf.append(log(1 + (n - Double(df) + 0.5) / (Double(df) + 0.5)))
        }
        let common = dfs.map { Double($0) / n > tuning.commonShare }
        let stopFactor = terms.map { $0.isStopWord && !query.onlyStopWords ? tuning.stopWeight : 1.0 }
        // The candidate query leaves out words that match a large share of the base (they make an
        // OR walk most of the index and barely change the order); they still count below.
        var chosen = terms.indices.filter { !common[$0] && (!terms[$0].isStopWord || query.onlyStopWords || tuning.stopWeight > 0) }
        if chosen.isEmpty { chosen = terms.indices.filter { !terms[$0].isStopWord || query.onlyStopWords } }
        if chosen.isEmpty, let rarest = terms.indices.max(by: { idf[$0] < idf[$1] }) { chosen = [rarest] }
        // On a large base, keep the rarest words whose postings fit the budget: long questions
        // stay fast, and the words left out still count in the re-ranking.
        var budget = tuning.postingBudget
        var kept: [Int] = []
        for i in chosen.sorted(by: { dfs[$0] < dfs[$1] }) where kept.isEmpty || dfs[i] <= budget {
            kept.append(i)
            budget -= dfs[i]
        }
        chosen = kept.sorted()
        var parts = chosen.map { i in
            terms[i].position == prefix?.position ? FTSExpression.prefix(terms[i]) : FTSExpression.term(terms[i])
        }
        if let prefix, prefix.folded.utf8.count >= 2,
           !chosen.contains(where: { terms[$0].position == prefix.position }) {
            parts.append(FTSExpression.prefix(prefix))
        }
        guard !parts.isEmpty else { return [] }
        let rerank = terms.count > 1 || tuning.rerankSingle
        let candidates = try fetchCandidates(FTSExpression.any(parts),
                                             depth: rerank ? max(options.limit, tuning.depth) : options.limit)
        guard rerank, candidates.count > 1 else { return candidates }
        let weights = terms.indices.map { pow(idf[$0], tuning.idfPower) * stopFactor[$0] }
        let bm25Weights = terms.indices.map { idf[$0] * stopFactor[$0] }
        let matcher = TermMatcher(terms: terms, prefix: prefix, weights: weights)
        // A single word: its BM25 is FTS5's; only where it appears (the lead) is added, and the
        // opening of the body is all that has to be read.
        let single = terms.count == 1
        let bodyChars = single ? tuning.leadWords * 12 : tuning.scanChars
        var scored: [Scored] = []
        scored.reserveCapacity(candidates.count)
        var all: [(Scored, TermMatcher.Features)] = []
        for candidate in candidates {
            let original = matcher.needsOriginal && tuning.exact > 0 ? try originalText(candidate.id) : nil
            let features = matcher.features(of: try processedText(candidate.id, bodyChars: bodyChars), original: original,
                                            window: tuning.window, leadWords: tuning.leadWords)
            all.append((candidate, features))
        }
        let averageLength = all.isEmpty ? 1 : Double(all.map { $0.1.bodyLength }.reduce(0, +)) / Double(all.count)
        for (candidate, features) in all {
            let boost = 1 + tuning.coverage * features.coverage + tuning.proximity * features.proximity
                + tuning.lead * features.lead + tuning.exact * features.exact
            let base = tuning.mode == 1 && !single
                ? features.bm25(idf: bm25Weights, k1: tuning.k1, b: tuning.b, titleWeight: tuning.titleWeight, leadWeight: tuning.leadField,
                                averageLength: averageLength)
                : candidate.score
            let pairs = features.pairScore(idf: bm25Weights, k1: tuning.k1, orderedWeight: tuning.ordered,
                                           unorderedWeight: tuning.unordered)
            scored.append(Scored(id: candidate.id, score: (base + pairs) * boost, lang: candidate.lang, status: candidate.status))
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
        return Array(scored.prefix(options.limit))
    }

    func fetchCandidates(_ expression: String, depth: Int) throws -> [Scored] {
        var sql = "SELECT rowid, bm25(articles_fts, 0.0, 0.0, \(tuning.titleWeight), 1.0) AS s, lang, status FROM articles_fts WHERE articles_fts MATCH ?"
        var arguments: StatementArguments = [expression]
        if let lang = options.lang {
            sql += " AND lang = ?"
            arguments += [lang.rawValue]
        }
        if !options.includeUnpublished { sql += " AND status = 'published'" }
        sql += " ORDER BY s, rowid LIMIT ?"
        arguments += [depth]
        let statement = try db.cachedStatement(sql: sql)
        var out: [Scored] = []
        let rows = try Row.fetchCursor(statement, arguments: arguments)
        while let row = try rows.next() {
            out.append(Scored(id: row[0], score: -(row[1] as Double), lang: Language(rawValue: row[2]) ?? .en,
                              status: ArticleStatus(rawValue: row[3]) ?? .draft))
        }
        return out
    }

    /// The stemmed title and body as indexed, title first.
    func processedText(_ id: Int64, bodyChars: Int) throws -> (title: String, body: String) {
        let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT title, substr(body, 1, ?) FROM articles_fts WHERE rowid = ?"),
                                   arguments: [bodyChars, id])
        return (row?[0] ?? "", row?[1] ?? "")
    }

    func originalText(_ id: Int64) throws -> (title: String, body: String) {
        let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT title, body FROM articles WHERE id = ?"),
                                   arguments: [id])
        return (row?[0] ?? "", row?[1] ?? "")
    }

    // MARK: results

    func hits(_ ranked: [Scored], query: AnalyzedQuery) throws -> [ArticleHit] {
        let statement = try db.cachedStatement(sql: options.snippets
            ? "SELECT id, external_id, title, body FROM articles WHERE id = ?"
            : "SELECT id, external_id, title FROM articles WHERE id = ?")
        var out: [ArticleHit] = []
        for r in ranked {
            guard let row = try Row.fetchOne(statement, arguments: [r.id]) else { continue }
            let lang = r.lang
            var hit = ArticleHit(id: row["id"], externalID: row["external_id"], title: row["title"], lang: lang,
                                 status: r.status,
                                 score: (r.score * 1000).rounded() / 1000, snippet: nil)
            if options.snippets {
                hit.snippet = SnippetMaker(query: query, lang: lang).snippet(for: row["body"])
            }
            out.append(hit)
        }
        return out
    }
}

/// Marks the words of an article's original text that match the query's stems.
struct SnippetMaker {
    let stems: Set<String>
    let prefixes: [String]
    let analyzer: TextAnalyzer

    init(query: AnalyzedQuery, lang: Language) {
        analyzer = TextAnalyzer(language: lang)
        let terms = query.keyTerms
        stems = Set(terms.flatMap { $0.stems })
        prefixes = query.unfinished.map { [$0.folded] } ?? []
    }

    func snippet(for body: String) -> Snippet {
        Snippet.make(from: body) { token in
            let s = String(decoding: analyzer.stem(Array(token.utf8)), as: UTF8.self)
            if stems.contains(s) { return s }
            if let p = prefixes.first(where: { token.hasPrefix($0) }) { return p }
            return nil
        }
    }
}
