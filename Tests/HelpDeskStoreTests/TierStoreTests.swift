import Foundation
import HelpDeskCore
import Testing
@testable import HelpDeskStore

/// The store's side of the tier screens: the KB port's suggestions and the coaching feed.
@Suite("Tier store queries")
struct TierStoreTests {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)
    static let ana = Agent(login: "ana", name: "Ana", role: .l1)
    static let luis = Agent(login: "luis", name: "Luis", role: .l2, areas: ["network"])

    func desk() throws -> AppDatabase {
        let db = try AppDatabase.inMemory()
        for agent in [Self.ana, Self.luis] { _ = try db.saveAgent(agent) }
        return db
    }

    @Test("suggestions are published articles only, best first, with references and snippets")
    func suggestions() throws {
        let db = try desk()
        let published = try db.addArticle(ArticleDraft(externalID: "KB-41", title: "VPN authentication failed", body: "Clear the saved VPN credentials."),
                                          status: .published, author: "luis", now: Self.now)
        _ = try db.addArticle(ArticleDraft(title: "VPN draft", body: "VPN authentication notes"), status: .draft, author: "luis", now: Self.now)
        let hits = try db.suggestions(for: "vpn authentication", lang: nil, limit: 5)
        #expect(hits.map(\.id) == [published.id])
        #expect(hits.first?.reference == "KB-41")
        #expect(try db.suggestions(for: "   ", lang: nil, limit: 5).isEmpty)
        // A use is a resolution with the article (its `used` link), not a separate call.
        let ticket = try db.createTicket(NewTicket(subject: "VPN", requester: "m@x.example"), by: Self.ana, now: Self.now)
        _ = try db.perform(.resolve(resolution: "cleared credentials", articleID: published.id), on: ticket.id,
                           expectedVersion: nil, by: Self.ana, now: Self.now + 60)
        #expect(try db.article(id: published.id)?.useCount == 1)
    }

    @Test("a suggestion must hold at least half of the subject's words or one in its title: one shared word in passing is not a suggestion; kb search still lists it")
    func suggestionFloor() throws {
        let db = try desk()
        let password = try db.addArticle(ArticleDraft(title: "Restablecer la contraseña de dominio",
                                                      body: "Desbloquee la cuenta en la misma pantalla y comunique la contraseña temporal.", lang: .es),
                                         status: .published, author: "luis", now: Self.now)
        let locked = try db.addArticle(ArticleDraft(title: "Cuenta que se bloquea una y otra vez",
                                                    body: "Tras varios intentos fallidos la cuenta queda bloqueada: busque el equipo con la contraseña antigua.", lang: .es),
                                       status: .published, author: "luis", now: Self.now)
        // Only "pantalla" is shared: a search lists it, a suggestion would be noise.
        #expect(try db.searchArticles(query: "Pantalla azul al arrancar").map(\.id) == [password.id])
        #expect(try db.suggestions(for: "Pantalla azul al arrancar", lang: nil, limit: 3).isEmpty)
        // Most of the subject's words: suggested, best first.
        #expect(try db.suggestions(for: "Cuenta bloqueada tras varios intentos", lang: nil, limit: 3).first?.id == locked.id)
        // A long subject shares one word with the article, but in its title: still suggested.
        let printing = try db.addArticle(ArticleDraft(title: "No imprime: reiniciar la cola de impresión",
                                                      body: "Abra Servicios y detenga la cola de impresión; borre los trabajos y reinicie.", lang: .es),
                                         status: .published, author: "luis", now: Self.now)
        #expect(try db.suggestions(for: "No imprime nada desde el portátil de la oficina de ventas", lang: nil, limit: 3).first?.id == printing.id)
        // While typing, the unfinished word counts as a prefix.
        #expect(try db.suggestions(for: "cuenta bloq", lang: nil, limit: 3).first?.id == locked.id)
    }

    @Test("the coaching feed: tickets the agent escalated that came back with a note, or were solved above with an article")
    func coaching() throws {
        let db = try desk()
        let article = try db.addArticle(ArticleDraft(externalID: "KB-88", title: "Spooler restart", body: "Restart the spooler."),
                                        status: .published, author: "luis", now: Self.now)
        func escalated(_ subject: String) throws -> Int64 {
            let ticket = try db.createTicket(NewTicket(subject: subject, requester: "m@x.example"), by: Self.ana, now: Self.now)
            let id = ticket.id
            _ = try db.perform(.escalate(Escalation(target: .tier(.l2), area: "network", reason: "r", tried: "t")),
                               on: id, expectedVersion: nil, by: Self.ana, now: Self.now + 60)
            return id
        }
        let back = try escalated("VPN down")
        _ = try db.perform(.deescalate(note: "check the certificate first"), on: back, expectedVersion: nil, by: Self.luis, now: Self.now + 120)
        let solved = try escalated("Printer queue stuck")
        _ = try db.perform(.resolve(resolution: "restarted", articleID: article.id), on: solved, expectedVersion: nil, by: Self.luis, now: Self.now + 180)
        let plain = try escalated("Still at L2")
        _ = try db.perform(.resolve(resolution: "done", articleID: nil), on: plain, expectedVersion: nil, by: Self.luis, now: Self.now + 240)
        // Someone else's escalation never reaches ana's feed.
        let other = try db.createTicket(NewTicket(subject: "Not ana's", requester: "m@x.example"), by: Self.luis, now: Self.now).id
        _ = try db.perform(.note("n"), on: other, expectedVersion: nil, by: Self.luis, now: Self.now + 300)

        let feed = try db.coachingFeed(for: "ana", limit: 10)
        #expect(feed.map(\.ticketID) == [solved, back])
        #expect(feed[0].kind == .solvedWithArticle)
        #expect(feed[0].articleReference == "KB-88" && feed[0].articleTitle == "Spooler restart" && feed[0].actor == "luis")
        #expect(feed[1].kind == .sentBack && feed[1].text == "check the certificate first")
        #expect(try db.coachingFeed(for: "ana", limit: 1).map(\.ticketID) == [solved])
        #expect(try db.coachingFeed(for: "luis", limit: 10).isEmpty)
    }
}
