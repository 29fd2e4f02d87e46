import Foundation
import Testing
import HelpDeskCore
@testable import HelpDeskStore

/// A small bilingual base shared by the search specifications.
func sampleBase() throws -> AppDatabase {
    let db = try AppDatabase.inMemory()
    let articles: [(String, String, String, Language)] = [
        ("vpn", "Conexiones VPN", "Si la conexión VPN se corta, reinicie el cliente y compruebe la contraseña.", .es),
        ("printer-es", "Impresora de la oficina", "Para configurar la impresora, abra Configuración y añada una impresora de red.", .es),
        ("password-en", "Resetting your password", "Users who forgot the password can reset it from the portal.", .en),
        ("wifi-en", "Connecting to the Wi-Fi", "The connection to the office network needs your badge number.", .en),
        ("mail-en", "Mail quota", "When the mailbox is full, archive old messages.", .en),
    ]
    for (id, title, body, lang) in articles {
        try db.addArticle(ArticleDraft(externalID: id, title: title, body: body, lang: lang), status: .published, author: "ana")
    }
    return db
}

@Suite("Knowledge-base search")
struct KBSearchTests {
    @Test("Inflected and unaccented Spanish finds the article")
    func spanishStemming() throws {
        let db = try sampleBase()
        #expect(try db.searchArticles(query: "conexion vpn", lang: .es).first?.externalID == "vpn")
        #expect(try db.searchArticles(query: "configuración impresoras", lang: .es).first?.externalID == "printer-es")
        #expect(try db.searchArticles(query: "CONTRASEÑAS", lang: .es).first?.externalID == "vpn")
    }

    @Test("English word forms meet: connecting / connection")
    func englishStemming() throws {
        let db = try sampleBase()
        let hits = try db.searchArticles(query: "how do I connect to the network?", lang: .en)
        #expect(hits.first?.externalID == "wifi-en")
    }

    @Test("Language filter and published-only by default")
    func filters() throws {
        let db = try sampleBase()
        #expect(try db.searchArticles(query: "password contraseña", lang: .en).allSatisfy { $0.lang == .en })
        let draft = try db.addArticle(ArticleDraft(externalID: "draft", title: "Secret printer trick", body: "printer", lang: .en),
                                      author: "ana")
        #expect(try !db.searchArticles(query: "printer trick", lang: .en).contains { $0.id == draft.id })
        #expect(try db.searchArticles(query: "printer trick", lang: .en, includeUnpublished: true).contains { $0.id == draft.id })
    }

    @Test("Hostile query syntax never raises an FTS error", arguments: [
        "\"unbalanced", "foo*", "-bar", "NEAR(a b)", "AND(", "a OR", "title: body:", "(((", "^start", "a AND NOT b",
        "*", "\"\"", "col:\"x\"*", "NOT", "OR OR OR", "'); DROP TABLE articles; --", "+-*/:^", "", "   ", "\u{0}",
        "password\"*)", "{title body}: vpn", "NEAR(\"vpn\" \"conexion\", 2)",
    ])
    func hostile(query: String) throws {
        let db = try sampleBase()
        _ = try db.searchArticles(query: query, lang: nil)
        _ = try db.searchArticles(query, options: ArticleSearchOptions(prefixLastWord: true))
    }

    @Test("Search as you type: the unfinished last word matches as a prefix")
    func prefix() throws {
        let db = try sampleBase()
        let hits = try db.searchArticles("impre", options: ArticleSearchOptions(lang: .es, prefixLastWord: true))
        #expect(hits.first?.externalID == "printer-es")
    }

    @Test("A typo that matches nothing falls back to the nearest indexed word")
    func typo() throws {
        let db = try sampleBase()
        #expect(try db.searchArticles(query: "pasword", lang: .en).first?.externalID == "password-en")
        #expect(try db.searchArticles(query: "impresroa", lang: .es).first?.externalID == "printer-es")
    }

    @Test("Snippets come from the original text with the matched words marked")
    func snippet() throws {
        let db = try sampleBase()
        let hit = try #require(try db.searchArticles(query: "conexiones", lang: .es).first)
        let text = try #require(hit.snippet).rendered(open: "<", close: ">")
        #expect(text.contains("<conexión>"))
    }

    @Test("Marker characters inside the article cannot fake a highlight")
    func safeMarkers() {
        let snippet = Snippet.make(from: "a [fake] match here") { $0 == "match" ? $0 : nil }
        #expect(snippet.rendered() == "a fake [match] here")
    }

    @Test("Edits keep every earlier version and re-index the new text")
    func versions() throws {
        let db = try sampleBase()
        let mail = try #require(try db.article(externalID: "mail-en"))
        _ = try db.updateArticle(id: mail.id, with: ArticleDraft(externalID: "mail-en", title: "Mail storage",
                                                                  body: "Delete attachments to free space.", lang: .en),
                                 editor: "luis")
        #expect(try db.articleVersions(id: mail.id).map(\.title) == ["Mail quota"])
        #expect(try db.article(id: mail.id)?.version == 2)
        #expect(try db.searchArticles(query: "attachments", lang: .en).first?.id == mail.id)
        #expect(try db.searchArticles(query: "mailbox", lang: .en).isEmpty)
    }
}
