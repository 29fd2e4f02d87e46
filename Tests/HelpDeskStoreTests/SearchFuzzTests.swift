import Foundation
import HelpDeskTestSupport
import Testing
@testable import HelpDeskCore
@testable import HelpDeskStore

@Suite("Fuzz: searches never reach SQLite as broken syntax")
struct SearchFuzzTests {
    @Test("ticket and article searches accept any text")
    func searches() throws {
        let db = try AppDatabase.inMemory()
        try People.seed(db)
        _ = try db.createTicket(NewTicket(subject: "Olvidé la contraseña", requester: "r"), by: People.ana, now: Date())
        _ = try db.addArticle(ArticleDraft(title: "Restablecer contraseña", body: "Pasos para restablecer", lang: .es),
                              status: .published, author: "ana")
        var gen = HostileText(seed: 8)
        for _ in 0..<HostileText.iterations / 2 {
            let text = gen.string(maxPieces: 8)
            _ = try db.tickets(matching: TicketQuery(text: text, limit: 5))
            _ = try db.searchArticles(query: text, lang: nil, limit: 5)
        }
    }
}
