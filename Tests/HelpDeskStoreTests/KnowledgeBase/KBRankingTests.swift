import Foundation
import GRDB
import Testing
import HelpDeskCore
@testable import HelpDeskStore

/// General ranking behaviour, each on two articles that differ in one respect only (same words,
/// same counts, same length), so the respect under test is the only thing that can order them.
@Suite("Knowledge-base ranking")
struct KBRankingTests {
    /// Neutral words that match no query below.
    static func filler(_ count: Int, from start: Int = 0) -> String {
        (start..<(start + count)).map { "lorem\($0)" }.joined(separator: " ")
    }

    func base(_ articles: [(id: String, body: String)], lang: Language = .en) throws -> AppDatabase {
        let db = try AppDatabase.inMemory()
        for (i, a) in articles.enumerated() {
            try db.addArticle(ArticleDraft(externalID: a.id, title: "Note \(i + 1)", body: a.body, lang: lang),
                              status: .published, author: "ana")
        }
        return db
    }

    @Test("An article that opens with the query's subject beats one that mentions it in passing")
    func subjectFirst() throws {
        let subject = "Printer drivers are installed from the software portal."
        let db = try base([
            ("passing", Self.filler(80) + " " + subject),
            ("opening", subject + " " + Self.filler(80)),
        ])
        let hits = try db.searchArticles(query: "install printer drivers", lang: .en)
        #expect(hits.map(\.externalID) == ["opening", "passing"])
    }

    @Test("The query's words side by side in its order beat the same words in reverse")
    func phrase() throws {
        // Same positions, so the opening-words features are equal; only the order differs. The
        // reversed article is added first, so it would win a tie (ties go by id).
        let db = try base([
            ("reversed", Self.filler(10) + " password reset " + Self.filler(20, from: 60)),
            ("in order", Self.filler(10) + " reset password " + Self.filler(20, from: 60)),
        ])
        let hits = try db.searchArticles(query: "reset password", lang: .en)
        #expect(hits.map(\.externalID) == ["in order", "reversed"])
    }

    @Test("Spanish: the same preferences hold with accents and inflection in the query")
    func spanish() throws {
        let subject = "La configuración de la impresora de red se hace desde el portal."
        let db = try base([
            ("passing", Self.filler(80) + " " + subject),
            ("opening", subject + " " + Self.filler(80)),
        ], lang: .es)
        let hits = try db.searchArticles(query: "¿Cómo configuro la impresora de red?", lang: .es)
        #expect(hits.first?.externalID == "opening")
    }

    @Test("English words two apart are neighbours and three apart are not; Spanish ones still are at three")
    func neighbourWindowByLanguage() throws {
        // "wide" has the query's first word one word earlier (so it wins on how early the words
        // come); "narrow" has them one word closer. Within English's window of 2 only "narrow"'s pair
        // counts as neighbours; Spanish, whose phrases put prepositions between the words, keeps 3,
        // where both pairs count and the earlier words decide.
        #expect(SearchTuning.current(for: .en).window == 2)
        #expect(SearchTuning.current(for: .es).window == 3)
        let english = try base([
            ("wide", Self.filler(9) + " reset lorem900 lorem901 password " + Self.filler(20, from: 60)),
            ("narrow", Self.filler(10) + " reset lorem900 password " + Self.filler(20, from: 60)),
        ])
        #expect(try english.searchArticles(query: "reset password", lang: .en).map(\.externalID) == ["narrow", "wide"])
        let spanish = try base([
            ("wide", Self.filler(9) + " restablecer lorem900 lorem901 contraseña " + Self.filler(20, from: 60)),
            ("narrow", Self.filler(10) + " restablecer lorem900 contraseña " + Self.filler(20, from: 60)),
        ], lang: .es)
        #expect(try spanish.searchArticles(query: "restablecer contraseña", lang: .es).map(\.externalID) == ["wide", "narrow"])
    }

    @Test("Scores keep four significant digits, so a tiny score never prints as 0")
    func printableScores() {
        #expect(ArticleSearcher.printable(32.8987) == 32.9)
        #expect(ArticleSearcher.printable(0.000_001_234_56) == 0.000_001_235)
        #expect(ArticleSearcher.printable(-7.536_72) == -7.537)
        #expect(ArticleSearcher.printable(0) == 0)
    }

    @Test("A rare word of the question outweighs a common one")
    func rareWordsCount() throws {
        // "network" is in three articles of twenty, "proxy" in one: the proxy article must come
        // first although another repeats "network" six times.
        var articles: [(id: String, body: String)] = (0..<17).map { ("other\($0)", Self.filler(8, from: $0 * 10)) }
        articles.append(("net", "The network is up. " + Self.filler(5, from: 300)))
        articles.append(("many", "Network network network: the network, the network, the network. " + Self.filler(5, from: 400)))
        articles.append(("proxy", "The network proxy settings. " + Self.filler(5, from: 500)))
        let db = try base(articles)
        #expect(try db.searchArticles(query: "network proxy", lang: .en).first?.externalID == "proxy")
    }

    @Test("On a small base a word found in most articles of the language still finds them")
    func smallBase() throws {
        // "password" is in one of the three English articles, a third of them; the Spanish word
        // finds nothing in English. The common word must still be searched for.
        let db = try sampleBase()
        let hits = try db.searchArticles("password contraseña", options: ArticleSearchOptions(lang: .en, prefixLastWord: true))
        #expect(hits.first?.externalID == "password-en")
    }

    @Test("A question of stop words around one common word finds the article holding all its words")
    func stopWordQuestion() throws {
        // Sixty articles rank above the answer on "system" alone, so bm25 over the content word
        // does not bring it among the candidates; the AND of every word of the question does.
        var articles = (0..<60).map { (id: "status-\($0)", body: "system system system status report \($0)") }
        articles.append((id: "answer", body: Self.filler(80) + " The w command shows who is logged in on the system now."))
        let db = try base(articles)
        let hits = try db.searchArticles(query: "Who is on the system?", lang: .en)
        #expect(hits.first?.externalID == "answer")
        try db.read { db in
            let searcher = ArticleSearcher(db: db, options: ArticleSearchOptions(lang: .en))
            let question = QueryAnalyzer.analyze("who is on the system", language: .en).rankingTerms
            #expect(searcher.allWordsQuery(question, dfs: [1, 61, 61, 61, 61]) != nil)
            // Two content words carry the query themselves; too many postings cost too much.
            let twoWords = QueryAnalyzer.analyze("who reset the printer", language: .en).rankingTerms
            #expect(searcher.allWordsQuery(twoWords, dfs: [1, 5, 61, 5]) == nil)
            #expect(searcher.allWordsQuery(question, dfs: [5_000, 9_000, 9_000, 9_000, 9_000]) == nil)
        }
    }

    @Test("Filtering candidates in SQL and in memory gives the same articles")
    func filterPaths() throws {
        let db = try sampleBase()
        _ = try db.addArticle(ArticleDraft(externalID: "draft", title: "Printer network draft", body: "network printer", lang: .en),
                              author: "ana")
        for lang in [Language.en, .es, nil] {
            for unpublished in [false, true] {
                try db.read { db in
                    let expression = "\"network\" OR \"printer\" OR \"red\" OR \"impresor\" OR \"password\""
                    var inSQL = CandidateFetcher(db: db, lang: lang, includeUnpublished: unpublished, titleWeight: 3)
                    var inMemory = inSQL
                    let a = try inSQL.fetch(expression, depth: 10, postings: 0, baseSize: 1_000_000)
                    let b = try inMemory.fetch(expression, depth: 10, postings: 1_000_000, baseSize: 1)
                    #expect(a.map(\.id) == b.map(\.id))
                    #expect(!a.isEmpty)
                    let allowed = try Int64.fetchSet(db, sql: "SELECT id FROM articles WHERE (? IS NULL OR lang = ?) AND (? OR status = 'published')",
                                                    arguments: [lang?.rawValue, lang?.rawValue, unpublished])
                    #expect(a.allSatisfy { allowed.contains($0.id) })
                }
            }
        }
    }

    @Test("The best candidates are the top of a full sort, ties by id")
    func bestCandidates() {
        var generator = SystemRandomNumberGenerator()
        for size in [0, 3, 40, 500] {
            let all = (0..<size).map { CandidateFetcher.Candidate(id: Int64($0), score: Double(Int.random(in: 0..<20, using: &generator))) }
            let sorted = all.sorted { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
            #expect(CandidateFetcher.best(all, 10).map(\.id) == sorted.prefix(10).map(\.id))
        }
    }

    @Test("The id set of the in-memory filter holds exactly the ids put in, beyond its first size too")
    func idSet() {
        var set = IDSet(capacity: 100)
        let ids: [Int64] = [0, 1, 63, 64, 65, 100, 1_000, 150_000]
        for id in ids { set.insert(id) }
        for id in ids { #expect(set.contains(id)) }
        for id in [2, 62, 66, 99, 101, 999, 149_999, 150_001, 10_000_000, -1] as [Int64] { #expect(!set.contains(id)) }
    }
}
