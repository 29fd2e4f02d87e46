import GRDB
import HelpDeskCore

/// The anchor text of cross-references between numbered sections (`SectionReferences`), stored
/// with the article that holds the reference and looked up by the section it points to.
///
/// Rows belong to the *referring* article: they are written and removed with its index entry
/// (`ArticleIndexer`), so no write ever has to touch another article. `kb_section_keys` holds each
/// numbered article's own key (`SectionReferences.key(ofTitle:)`), and the search joins the two:
/// a section imported after the sections that cite it is found by them at once.
enum SectionAnchors {
    /// `kb-v4-section-anchors`: the table, filled from the articles already there.
    static func registerMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("kb-v4-section-anchors") { db in
            try db.execute(sql: """
                CREATE TABLE kb_section_anchors (
                    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    lang TEXT NOT NULL,
                    target TEXT NOT NULL,
                    terms TEXT NOT NULL
                );
                CREATE INDEX kb_section_anchors_target ON kb_section_anchors(lang, target);
                CREATE INDEX kb_section_anchors_article ON kb_section_anchors(article_id);
                CREATE TABLE kb_section_keys (
                    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                    lang TEXT NOT NULL,
                    key TEXT NOT NULL
                );
                """)
            let rows = try Row.fetchCursor(db, sql: "SELECT id, title, body, lang FROM articles ORDER BY id")
            while let row = try rows.next() {
                guard let lang = Language(rawValue: row[3]) else { continue }
                try insert(articleID: row[0], title: row[1], body: row[2], lang: lang, in: db, cache: nil)
            }
        }
    }

    /// Records the article's own key and the references in its body. A title without a section
    /// number costs nothing more: the body is not read.
    static func insert(articleID: Int64, title: String, body: String, lang: Language, in db: Database,
                       cache: StemCache?) throws {
        guard let key = SectionReferences.key(ofTitle: title) else { return }
        try db.cachedStatement(sql: "INSERT INTO kb_section_keys(article_id, lang, key) VALUES (?, ?, ?)")
            .execute(arguments: [articleID, lang.rawValue, key])
        let references = SectionReferences.references(in: body, title: title)
        guard !references.isEmpty else { return }
        let analyzer = TextAnalyzer(language: lang)
        let statement = try db.cachedStatement(sql: """
            INSERT INTO kb_section_anchors(article_id, lang, target, terms) VALUES (?, ?, ?, ?)
            """)
        for reference in references {
            let terms = cache.map { analyzer.indexText(reference.context, cache: $0) } ?? analyzer.indexText(reference.context)
            guard !terms.isEmpty else { continue }
            try statement.execute(arguments: [articleID, lang.rawValue, reference.key, terms])
        }
    }

    static func remove(articleID: Int64, in db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM kb_section_anchors WHERE article_id = ?").execute(arguments: [articleID])
        try db.cachedStatement(sql: "DELETE FROM kb_section_keys WHERE article_id = ?").execute(arguments: [articleID])
    }

    /// Whether any article of the base cites a numbered section: when none does, the search
    /// skips the per-candidate lookups entirely.
    static func exist(in db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM kb_section_anchors)") ?? false
    }

    /// The anchor text pointing at each of `ids` that some article cites: stems separated by
    /// spaces, all citations of an article in one string (at most 200 of them). One statement for
    /// all the candidates of a query.
    static func texts(pointingAt ids: [Int64], in db: Database) throws -> [Int64: String] {
        let list = "[" + ids.map(String.init).joined(separator: ",") + "]"
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT k.article_id, a.terms FROM kb_section_keys k
            JOIN kb_section_anchors a ON a.lang = k.lang AND a.target = k.key
            WHERE k.article_id IN (SELECT value FROM json_each(?)) ORDER BY a.rowid
            """), arguments: [list])
        var out: [Int64: [String]] = [:]
        for row in rows {
            let id: Int64 = row[0]
            if out[id, default: []].count < 200 { out[id, default: []].append(row[1]) }
        }
        return out.mapValues { $0.joined(separator: " ") }
    }
}
