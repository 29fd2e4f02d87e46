import GRDB
import HelpDeskCore

/// Per-language document frequencies of the index's terms, kept by the indexer.
///
/// Ranking needs, for each query word, how many articles *of the searched language* contain it
/// (idf), and how many articles that language has. FTS5 can only count across every language,
/// and only by walking a term's whole posting list (`fts5vocab`), so a long question on a large
/// base paid one such walk per word. These two small tables answer with one primary-key lookup:
///
/// - `kb_term_stats(lang, term, docs)`: articles of `lang` whose processed title or body holds
///   `term`, whatever their status (like the FTS index itself, which holds drafts too).
/// - `kb_lang_stats(lang, docs)`: articles of `lang` in the index.
///
/// Every change to `articles_fts` goes through `ArticleIndexer`, which records it here in the
/// same transaction (see `TermStatsDelta`), so the counts cannot drift from the index.
enum TermStatistics {
    static func createTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE kb_term_stats (
                lang TEXT NOT NULL,
                term TEXT NOT NULL,
                docs INTEGER NOT NULL,
                PRIMARY KEY (lang, term)
            ) WITHOUT ROWID;
            CREATE TABLE kb_lang_stats (
                lang TEXT PRIMARY KEY,
                docs INTEGER NOT NULL
            ) WITHOUT ROWID;
            """)
    }

    /// Counts everything already in the index (the migration that adds the tables).
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM kb_term_stats; DELETE FROM kb_lang_stats")
        var delta = TermStatsDelta()
        let rows = try Row.fetchCursor(db, sql: "SELECT lang, title, body FROM articles_fts")
        while let row = try rows.next() {
            guard let lang = Language(rawValue: row[0]) else { continue }
            delta.add(lang: lang, title: row[1], body: row[2], sign: 1)
        }
        try delta.apply(db)
    }

    /// The distinct terms of a processed (space-separated stems) title and body. Terms are cut
    /// from the UTF-8 bytes: most stems fit a small inline String, so this allocates little and
    /// hashes fast (it runs for every article of an import).
    static func distinctTerms(title: String, body: String) -> Set<String> {
        var terms = Set<String>()
        terms.reserveCapacity(64)
        for text in [title, body] {
            for term in text.utf8.split(separator: 0x20) { terms.insert(String(decoding: term, as: UTF8.self)) }
        }
        return terms
    }

    static func documentFrequency(of term: String, lang: Language?, in db: Database) throws -> Int {
        if let lang {
            return try Int.fetchOne(db.cachedStatement(sql: "SELECT docs FROM kb_term_stats WHERE lang = ? AND term = ?"),
                                    arguments: [lang.rawValue, term]) ?? 0
        }
        return try Int.fetchOne(db.cachedStatement(sql: "SELECT coalesce(sum(docs), 0) FROM kb_term_stats WHERE term = ?"),
                                arguments: [term]) ?? 0
    }

    static func documentCount(lang: Language?, in db: Database) throws -> Int {
        if let lang {
            return try Int.fetchOne(db.cachedStatement(sql: "SELECT docs FROM kb_lang_stats WHERE lang = ?"),
                                    arguments: [lang.rawValue]) ?? 0
        }
        return try Int.fetchOne(db.cachedStatement(sql: "SELECT coalesce(sum(docs), 0) FROM kb_lang_stats")) ?? 0
    }
}

/// Changes to the term counts, gathered in memory and written once.
///
/// A bulk import touches the same common terms thousands of times; adding up the changes first
/// and writing each (language, term) once keeps imports fast. Single edits apply theirs at once.
struct TermStatsDelta {
    private var terms: [Language: [String: Int]] = [:]
    private var documents: [Language: Int] = [:]

    var isEmpty: Bool { documents.isEmpty && terms.isEmpty }

    /// Counts one article's processed text in (`sign` 1) or out (`sign` -1).
    mutating func add(lang: Language, title: String, body: String, sign: Int) {
        documents[lang, default: 0] += sign
        // In place: copying the dictionary out and back would copy the whole vocabulary per article.
        for term in TermStatistics.distinctTerms(title: title, body: body) { terms[lang, default: [:]][term, default: 0] += sign }
    }

    func apply(_ db: Database) throws {
        let upsertTerm = try db.cachedStatement(sql: """
            INSERT INTO kb_term_stats(lang, term, docs) VALUES (?, ?, ?)
            ON CONFLICT(lang, term) DO UPDATE SET docs = docs + excluded.docs
            """)
        let dropEmpty = try db.cachedStatement(sql: "DELETE FROM kb_term_stats WHERE lang = ? AND term = ? AND docs <= 0")
        for (lang, counts) in terms {
            for (term, change) in counts where change != 0 {
                try upsertTerm.execute(arguments: [lang.rawValue, term, change])
                // A term no article holds any more leaves the table (it would only grow otherwise).
                if change < 0 { try dropEmpty.execute(arguments: [lang.rawValue, term]) }
            }
        }
        let upsertLang = try db.cachedStatement(sql: """
            INSERT INTO kb_lang_stats(lang, docs) VALUES (?, ?)
            ON CONFLICT(lang) DO UPDATE SET docs = docs + excluded.docs
            """)
        for (lang, change) in documents where change != 0 {
            try upsertLang.execute(arguments: [lang.rawValue, change])
        }
    }
}
