import Foundation
import GRDB
import Testing
import HelpDeskCore
@testable import HelpDeskStore

/// The stored term statistics (`kb_term_stats`, `kb_lang_stats`) must always equal a fresh count
/// of the search index, whatever happened to the articles.
@Suite("Knowledge-base term statistics")
struct KBTermStatisticsTests {
    typealias Snapshot = (terms: [String: Int], languages: [String: Int])

    func snapshot(_ db: AppDatabase) throws -> Snapshot {
        try db.read { db in
            var terms: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT lang, term, docs FROM kb_term_stats") {
                terms["\(row[0] as String)/\(row[1] as String)"] = row[2]
            }
            var languages: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT lang, docs FROM kb_lang_stats") { languages[row[0]] = row[1] }
            return (terms, languages)
        }
    }

    /// What the statistics should be: counted again from the index rows.
    func recount(_ db: AppDatabase) throws -> Snapshot {
        try db.write { db in try TermStatistics.rebuild(db) }
        return try snapshot(db)
    }

    func expectConsistent(_ db: AppDatabase, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let stored = try snapshot(db)
        let fresh = try recount(db)
        #expect(stored.terms == fresh.terms, sourceLocation: sourceLocation)
        #expect(stored.languages == fresh.languages, sourceLocation: sourceLocation)
    }

    func frequency(_ db: AppDatabase, _ word: String, _ lang: Language?) throws -> Int {
        let stem = TextAnalyzer(language: lang ?? .en).stem(word)
        return try db.read { db in try TermStatistics.documentFrequency(of: stem, lang: lang, in: db) }
    }

    @Test("Counts are per language: a word of the Spanish articles is unknown to the English ones")
    func perLanguage() throws {
        let db = try sampleBase()
        #expect(try frequency(db, "impresora", .es) == 1)
        #expect(try frequency(db, "impresora", .en) == 0)
        #expect(try frequency(db, "password", .en) == 1)
        #expect(try db.read { db in try TermStatistics.documentCount(lang: .es, in: db) } == 2)
        #expect(try db.read { db in try TermStatistics.documentCount(lang: nil, in: db) } == 5)
        try expectConsistent(db)
    }

    @Test("An edit moves the counts from the old text to the new one")
    func edit() throws {
        let db = try sampleBase()
        let mail = try #require(try db.article(externalID: "mail-en"))
        #expect(try frequency(db, "mailbox", .en) == 1)
        _ = try db.updateArticle(id: mail.id, with: ArticleDraft(externalID: "mail-en", title: "Mail storage",
                                                                  body: "Delete attachments to free space.", lang: .en),
                                 editor: "luis")
        #expect(try frequency(db, "mailbox", .en) == 0)
        #expect(try frequency(db, "attachments", .en) == 1)
        // A term nobody holds any more is gone, not kept at zero.
        let stale = try db.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM kb_term_stats WHERE docs <= 0") ?? -1
        }
        #expect(stale == 0)
        try expectConsistent(db)
    }

    @Test("An edit that changes the language moves the article between languages")
    func languageChange() throws {
        let db = try sampleBase()
        let mail = try #require(try db.article(externalID: "mail-en"))
        _ = try db.updateArticle(id: mail.id, with: ArticleDraft(externalID: "mail-en", title: "Buzón lleno",
                                                                  body: "Archive los mensajes antiguos.", lang: .es),
                                 editor: "luis")
        #expect(try db.read { db in try TermStatistics.documentCount(lang: .en, in: db) } == 2)
        #expect(try db.read { db in try TermStatistics.documentCount(lang: .es, in: db) } == 3)
        try expectConsistent(db)
    }

    @Test("Review, publication and retirement leave the counts alone (the index holds every status)")
    func lifecycle() throws {
        let db = try sampleBase()
        let draft = try db.addArticle(ArticleDraft(title: "Token reset", body: "Reset the hardware token.", lang: .en), author: "ana")
        #expect(try frequency(db, "token", .en) == 1)
        _ = try db.submitArticleForReview(id: draft.id, by: "ana")
        _ = try db.publishArticle(id: draft.id, by: "luis")
        _ = try db.retireArticle(id: draft.id, by: "luis")
        #expect(try frequency(db, "token", .en) == 1)
        try expectConsistent(db)
    }

    @Test("Imports, re-imports and changed re-imports keep the counts exact")
    func imports() throws {
        let line1 = #"{"id": "x1", "title": "Printer jam", "body": "Open tray 2 and remove the paper.", "lang": "en"}"#
        let line2 = #"{"id": "x2", "title": "Atasco de papel", "body": "Abra la bandeja.", "lang": "es"}"#
        let path = try temporaryFile("kb.jsonl", Data((line1 + "\n" + line2 + "\n").utf8))
        let db = try AppDatabase.inMemory()
        let options = ArticleImportOptions(author: "ana")
        _ = try db.importArticles(from: path, options: options)
        try expectConsistent(db)
        let first = try snapshot(db)
        _ = try db.importArticles(from: path, options: options)
        #expect(try snapshot(db).terms == first.terms)
        try Data((line1.replacingOccurrences(of: "paper", with: "toner") + "\n" + line2).utf8)
            .write(to: URL(fileURLWithPath: path))
        _ = try db.importArticles(from: path, options: options)
        #expect(try frequency(db, "paper", .en) == 0)
        #expect(try frequency(db, "toner", .en) == 1)
        try expectConsistent(db)
    }

    @Test("The migration counts the articles indexed before it existed")
    func migration() throws {
        let queue = try DatabaseQueue()
        let migrator = AppDatabase.migrator
        try migrator.migrate(queue, upTo: "sla-v1")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO articles_fts(rowid, lang, status, title, body) VALUES
                    (1, 'en', 'published', 'vpn guid', 'reset the vpn client'),
                    (2, 'en', 'draft', 'mail', 'the mailbox is full'),
                    (3, 'es', 'published', 'vpn', 'reinici el client')
                """)
        }
        try migrator.migrate(queue)
        let counts = try queue.read { db in
            [try TermStatistics.documentFrequency(of: "vpn", lang: .en, in: db),
             try TermStatistics.documentFrequency(of: "vpn", lang: nil, in: db),
             try TermStatistics.documentFrequency(of: "the", lang: .en, in: db),
             try TermStatistics.documentCount(lang: .en, in: db),
             try TermStatistics.documentCount(lang: .es, in: db)]
        }
        #expect(counts == [1, 2, 2, 2, 1])
    }

    @Test("Migration kb-v3-es-english-plurals indexes Spanish articles again with the new stems")
    func spanishReindexMigration() throws {
        let queue = try DatabaseQueue()
        let migrator = AppDatabase.migrator
        try migrator.migrate(queue, upTo: "kb-links-v1")
        try queue.write { db in
            // As the previous analysis indexed them: "scripts" kept its plural.
            try db.execute(sql: """
                INSERT INTO articles(id, title, body, lang, status, author, created_at, updated_at) VALUES
                    (1, 'Scripts', 'Los scripts de arranque', 'es', 'published', 'ana', '2026-01-01', '2026-01-01'),
                    (2, 'Scripts', 'Startup scripts', 'en', 'draft', 'ana', '2026-01-01', '2026-01-01');
                INSERT INTO articles_fts(rowid, lang, status, title, body) VALUES
                    (1, 'es', 'published', 'scripts', 'los scripts de arranqu'),
                    (2, 'en', 'draft', 'script', 'startup script');
                """)
            try TermStatistics.rebuild(db)
        }
        try migrator.migrate(queue)
        try queue.read { db in
            let body = try String.fetchOne(db, sql: "SELECT body FROM articles_fts WHERE rowid = 1")
            #expect(body == "los script de arranqu")
            #expect(try String.fetchOne(db, sql: "SELECT status FROM articles_fts WHERE rowid = 1") == "published")
            #expect(try TermStatistics.documentFrequency(of: "script", lang: .es, in: db) == 1)
            #expect(try TermStatistics.documentFrequency(of: "scripts", lang: .es, in: db) == 0)
            #expect(try TermStatistics.documentFrequency(of: "script", lang: .en, in: db) == 1)
            #expect(try TermStatistics.documentCount(lang: .es, in: db) == 1)
        }
    }
}
