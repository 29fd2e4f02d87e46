import Foundation
import GRDB
import Testing
import HelpDeskCore
@testable import HelpDeskStore

/// The words other sections use when they cite an article count for it in the search: anchor
/// text, kept with the citing article (`SectionAnchors`).
@Suite("Knowledge-base section anchors")
struct KBSectionAnchorTests {
    /// Two sections that say the same thing in the same words, and a third that cites the second
    /// with words of its own. The cited one is added second, so it would lose a tie (ties go by id).
    func manual(citing target: String = "1.2", citerFirst: Bool = false) throws -> AppDatabase {
        let db = try AppDatabase.inMemory()
        let same = "This tool shows the file one screen at a time. Press q to leave it."
        let citer = ("c", "Manual 2.1", "Long logs are easier to read in a pager (see Section \(target)) than in an editor.")
        let sections = [("a", "Manual 1.1", same), ("b", "Manual 1.2", same)]
        for (id, title, body) in citerFirst ? [citer] + sections : sections + [citer] {
            try db.addArticle(ArticleDraft(externalID: id, title: title, body: body), status: .published, author: "ana")
        }
        return db
    }

    @Test("A section cited with the query's words ranks above an identical one nobody cites")
    func citedRanksFirst() throws {
        let hits = try manual().searchArticles(query: "pager screen", lang: .en)
        let order = hits.map(\.externalID).filter { $0 != "c" }
        #expect(order == ["b", "a"])
    }

    @Test("Without a citation the tie goes to the older article, as for any other search")
    func uncitedKeepsOrder() throws {
        let hits = try manual(citing: "9.9").searchArticles(query: "pager screen", lang: .en)
        #expect(hits.map(\.externalID).filter { $0 != "c" } == ["a", "b"])
    }

    @Test("A section added after the article that cites it gets the citation's words at once")
    func citedLater() throws {
        let order = try manual(citerFirst: true).searchArticles(query: "pager screen", lang: .en).map(\.externalID)
        #expect(order.filter { $0 != "c" } == ["b", "a"])
    }

    @Test("Editing the citing article moves its anchor text to the section it now cites")
    func followsEdits() throws {
        let db = try manual()
        let citer = try #require(try db.article(externalID: "c"))
        _ = try db.updateArticle(id: citer.id, with: ArticleDraft(externalID: "c", title: "Manual 2.1",
            body: "Long logs are easier to read in a pager (see Section 1.1) than in an editor."), editor: "ana")
        let order = try db.searchArticles(query: "pager screen", lang: .en).map(\.externalID).filter { $0 != "c" }
        #expect(order == ["a", "b"])
        let rows = try db.read { db in
            try Row.fetchAll(db, sql: "SELECT target, terms FROM kb_section_anchors ORDER BY rowid").map { [$0[0], $0[1]] as [String] }
        }
        #expect(rows == [["manual 1.1", "long log are easier to read in a pager see"]])
    }

    @Test("Migration kb-v4-section-anchors finds the citations of articles already in the base")
    func migration() throws {
        let queue = try DatabaseQueue()
        let migrator = AppDatabase.migrator
        try migrator.migrate(queue, upTo: "metrics-v1-covering-indexes")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO articles(id, title, body, lang, status, author, created_at, updated_at) VALUES
                    (1, 'Manual 1.1', 'The pager.', 'en', 'published', 'ana', '2026-01-01', '2026-01-01'),
                    (2, 'Manual 2.1', 'Read logs in a pager (see Section 1.1).', 'en', 'published', 'ana', '2026-01-01', '2026-01-01'),
                    (3, 'Impresoras', 'Ver Sección 1.1 antes.', 'es', 'published', 'ana', '2026-01-01', '2026-01-01');
                """)
        }
        try migrator.migrate(queue)
        let (anchors, keys) = try queue.read { db in
            (try Row.fetchAll(db, sql: "SELECT article_id, lang, target, terms FROM kb_section_anchors")
                .map { "\($0[0] as Int64) \($0[1] as String) \($0[2] as String): \($0[3] as String)" },
             try Int.fetchOne(db, sql: "SELECT count(*) FROM kb_section_keys"))
        }
        #expect(anchors == ["2 en manual 1.1: read log in a pager see"])
        #expect(keys == 2)
    }
}
