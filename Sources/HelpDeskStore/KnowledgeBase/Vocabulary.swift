import Foundation
import GRDB
import HelpDeskCore

/// What the search knows about the index's terms: document frequencies per language (from
/// `TermStatistics`) for ranking, and the `fts5vocab` list of every indexed term to correct typos
/// when a query matches nothing: each unknown term is replaced by the closest indexed term (at
/// most one edit for short words, two for long ones), preferring the more frequent one.
struct Vocabulary {
    let db: Database
    /// Frequencies and counts already looked up: a batch search asks for the same words often.
    private var frequencies: [String: Int] = [:]
    private var documentCounts: [Language?: Int] = [:]

    init(db: Database) {
        self.db = db
    }

    /// Number of indexed articles in `lang` (every language when nil) containing `term`.
    /// The caller's language is fixed for a searcher's life, so the cache is keyed by term only.
    mutating func documentFrequency(_ term: String, lang: Language?) throws -> Int {
        if let known = frequencies[term] { return known }
        let df = try TermStatistics.documentFrequency(of: term, lang: lang, in: db)
        if frequencies.count > 100_000 { frequencies.removeAll() }
        frequencies[term] = df
        return df
    }

    /// Number of indexed articles in `lang` (every language when nil).
    mutating func articleCount(lang: Language?) throws -> Int {
        if let known = documentCounts[lang] { return known }
        let n = try TermStatistics.documentCount(lang: lang, in: db)
        documentCounts[lang] = n
        return n
    }

    /// Document frequency of a query word: that of its rarest stem.
    mutating func documentFrequency(of term: QueryTerm, lang: Language?) throws -> Int {
        var df = Int.max
        for stem in term.stems { df = min(df, try documentFrequency(stem, lang: lang)) }
        return df == Int.max ? 0 : df
    }

    func contains(_ term: String) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM articles_fts_vocab WHERE term = ?"),
                          arguments: [term]) ?? false
    }

    /// The query with unknown terms replaced by their nearest indexed terms; nil if none found.
    func corrected(_ query: AnalyzedQuery) throws -> AnalyzedQuery? {
        var changed = false
        var terms: [QueryTerm] = []
        for term in query.keyTerms {
            if try term.stems.contains(where: contains) {
                terms.append(term)
                continue
            }
            var best: (term: String, distance: Int, docs: Int)?
            for stem in Set(term.stems + [term.folded]) {
                if let found = try nearest(to: stem),
                   best == nil || found.distance < best!.distance
                    || (found.distance == best!.distance && found.docs > best!.docs) {
                    best = found
                }
            }
            if let best {
                var fixed = term
                fixed.stems = [best.term]
                terms.append(fixed)
                changed = true
            }
        }
        guard changed else { return nil }
        var out = query
        out.keyTerms = terms
        let fixedStems = Dictionary(uniqueKeysWithValues: terms.map { ($0.position, $0.stems) })
        // Ranking reads every word: carry the corrections there, and leave out unknown words.
        out.words = query.words.compactMap { word in
            if let stems = fixedStems[word.position] {
                var w = word
                w.stems = stems
                return w
            }
            return word.isStopWord ? word : nil
        }
        out.unfinished = nil
        return out
    }

    /// The closest indexed term sharing the first letter (typos rarely hit the first letter, and
    /// the range keeps the scan small).
    func nearest(to word: String) throws -> (term: String, distance: Int, docs: Int)? {
        let bytes = Array(word.utf8)
        let allowed = EditDistance.allowedEdits(forLength: bytes.count)
        guard allowed > 0, let first = word.unicodeScalars.first else { return nil }
        let low = String(first)
        guard let nextScalar = Unicode.Scalar(first.value + 1) else { return nil }
        let high = String(nextScalar)
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT term, doc FROM articles_fts_vocab WHERE term >= ? AND term < ?
            """), arguments: [low, high])
        var best: (term: String, distance: Int, docs: Int)?
        while let row = try rows.next() {
            let term: String = row[0]
            let candidate = Array(term.utf8)
            guard abs(candidate.count - bytes.count) <= allowed,
                  let d = EditDistance.distance(bytes, candidate, maximum: allowed) else { continue }
            let docs: Int = row[1]
            if best == nil || d < best!.distance || (d == best!.distance && docs > best!.docs) {
                best = (term, d, docs)
            }
        }
        return best
    }
}
