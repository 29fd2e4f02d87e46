import Foundation
import GRDB
import Testing
@testable import HelpDeskCore
@testable import HelpDeskStore

/// The store checks every short field (``FieldLimits``) before it writes, whoever calls it, and
/// refuses with the core's ``WorkflowError/invalidText`` (the CLI's 65, the form's message);
/// values already in the database are never rewritten, and an edit that leaves one as it was
/// is not refused for it.
@Suite("Store: short fields")
struct ShortTextStoreTests {
    static func invalidText(_ body: () throws -> Void) -> ShortTextError? {
        do {
            try body()
        } catch StoreError.refused(.invalidText(let error)) {
            return error
        } catch {
            Issue.record("unexpected \(error)")
        }
        return nil
    }

    @Test("tickets, agents, requesters and articles with a refused field are not written")
    func refusedWritesNothing() throws {
        let db = try TempDatabase().open()
        try People.seed(db)
        let now = Date(timeIntervalSince1970: 1_790_000_000)
        #expect(Self.invalidText { _ = try db.createTicket(NewTicket(subject: String(repeating: "x", count: 201), requester: "r"), by: People.ana, now: now) }?
            .field == FieldLimits.subject)
        #expect(Self.invalidText { try db.saveAgent(Agent(login: "eve", name: "Eve\u{1b}[2J", role: .l1)) }?.field == FieldLimits.agentName)
        #expect(Self.invalidText { try db.saveRequester(Requester(handle: "m@x", name: "M"), organisation: Organisation(name: String(repeating: "o", count: 101), plan: .basic)) }?
            .field == FieldLimits.organisation)
        #expect(Self.invalidText { _ = try db.addArticle(ArticleDraft(title: "T", body: "b", tags: ["a\nb"]), author: "luis") }?.field == FieldLimits.tag)
        let parsed = [ParsedArticle(line: 1, draft: ArticleDraft(externalID: "x", title: String(repeating: "t", count: 201), body: "b"))]
        #expect(Self.invalidText { _ = try db.importParsed(parsed, problems: [], options: ArticleImportOptions(author: "luis")) }?.field == FieldLimits.articleTitle)

        #expect(try db.countTickets(matching: TicketQuery(limit: 10)) == 0)
        #expect(try db.agent(login: "eve") == nil && db.requester(handle: "m@x") == nil)
        #expect(try db.articleCount() == 0)
    }

    @Test("an article stored before the limits keeps its old fields when only its body is edited; a new too-long title is refused")
    func legacyArticleEdit() throws {
        let db = try TempDatabase().open()
        let article = try db.addArticle(ArticleDraft(externalID: "KB-1", title: "Short", body: "old", tags: ["vpn"]), author: "luis")
        let oldTitle = String(repeating: "t", count: 250), oldTag = String(repeating: "g", count: 150)
        try db.write { db in
            try db.execute(sql: "UPDATE articles SET title = ?, tags = ? WHERE id = ?",
                           arguments: [oldTitle, ArticleTags.encode([oldTag]), article.id])
        }
        let legacy = try #require(try db.article(id: article.id))
        let edited = try db.saveArticleEdit(id: article.id, title: oldTitle, body: "new body", by: People.luis, now: Date())
        #expect(edited.body == "new body" && edited.title == oldTitle && edited.tags == [oldTag])
        let refused = Self.invalidText { _ = try db.saveArticleEdit(id: article.id, title: oldTitle + "!", body: "b", by: People.luis, now: Date()) }
        #expect(refused == .tooLong(field: FieldLimits.articleTitle, length: 251, limit: 200))
        #expect(try db.article(id: article.id)?.version == legacy.version + 1)
    }
}
