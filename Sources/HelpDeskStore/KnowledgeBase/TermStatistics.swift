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
    private struct Entry {
        var change = 0
        /// The last article (`articlesSeen`) that counted this term: one pass over the tokens
        /// counts each term once per article, with no set of the article's terms to build.
        var lastArticle = 0

        mutating func count(article: Int, sign: Int) {
            guard lastArticle != article else { return }
            lastArticle = article
            change += sign
        }
    }

    private var terms: [Language: [String: Entry]] = [:]
    private var documents: [Language: Int] = [:]
    private var articlesSeen = 0

    var isEmpty: Bool { documents.isEmpty && terms.isEmpty }

    /// Counts one article's processed text (space-separated stems) in (`sign` 1) or out (-1).
    mutating func add(lang: Language, title: String, body: String, sign: Int) {
        documents[lang, default: 0] += sign
        articlesSeen += 1
        let article = articlesSeen
        // Taken out and put back so it is mutated in place, never copied (it holds the vocabulary).
        var counts = terms.removeValue(forKey: lang) ?? [:]
        for var text in [title, body] {
            text.withUTF8 { bytes in
                var start = 0
                for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x20 {
                    defer { start = i + 1 }
                    guard i > start else { continue }
                    // Most stems fit a small inline String: no allocation, fast hashing.
                    let term = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                    counts[term, default: Entry()].count(article: article, sign: sign)
                }
            }
        }
        terms[lang] = counts
    }

    func apply(_ db: Database) throws {
        let upsertTerm = try db.cachedStatement(sql: """
            INSERT INTO kb_term_stats(lang, term, docs) VALUES (?, ?, ?)
            ON CONFLICT(lang, term) DO UPDATE SET docs = docs + excluded.docs
            """)
        let dropEmpty = try db.cachedStatement(sql: "DELETE FROM kb_term_stats WHERE lang = ? AND term = ? AND docs <= 0")
        for (lang, counts) in terms {
            for (term, entry) in counts where entry.change != 0 {
                let change = entry.change
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
