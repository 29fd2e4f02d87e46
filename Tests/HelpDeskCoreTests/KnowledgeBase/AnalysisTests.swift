import Testing
@testable import HelpDeskCore

@Suite("Folding, tokens and queries")
struct AnalysisTests {
    @Test("Case and accents fold away; ñ folds to n")
    func folding() {
        #expect(TextFolding.fold("Contraseña ÁRBOL Über") == "contrasena arbol uber")
        #expect(Tokenizer.tokens(in: "¿Cómo CONFIGURO la Red?") == ["como", "configuro", "la", "red"])
        // Decomposed input (n + combining tilde) folds the same as the precomposed letter.
        #expect(Tokenizer.tokens(in: "contrasen\u{0303}a") == ["contrasena"])
        #expect(Tokenizer.tokens(in: "Straße œuvre") == ["strasse", "oeuvre"])
    }

    @Test("Token ranges point into the original text")
    func ranges() {
        let text = "Él configuró la conexión"
        let located = Tokenizer.locatedTokens(in: text)
        #expect(located.map(\.text) == ["el", "configuro", "la", "conexion"])
        #expect(String(text[located[3].range]) == "conexión")
    }

    @Test("Stop words are dropped from key terms, but kept when nothing else is left")
    func stopWords() {
        let q = QueryAnalyzer.analyze("How can I keep my system current?", language: .en)
        #expect(q.keyTerms.map(\.folded) == ["keep", "system", "current"])
        let onlyStop = QueryAnalyzer.analyze("to be or not to be", language: .en)
        #expect(onlyStop.keyTerms.map(\.folded) == ["to", "be", "or", "not"])
        let es = QueryAnalyzer.analyze("¿Cómo se configura la red de la oficina?", language: .es)
        #expect(es.keyTerms.map(\.folded) == ["configura", "red", "oficina"])
    }

    @Test("Request words weigh as stop words in both languages: want, need, whether as quiero, necesito, si")
    func requestWords() {
        let en = QueryAnalyzer.analyze("I want to know whether I need a VPN", language: .en)
        #expect(en.keyTerms.map(\.folded) == ["know", "vpn"])
        let es = QueryAnalyzer.analyze("Quiero saber si necesito una VPN", language: .es)
        #expect(es.keyTerms.map(\.folded) == ["saber", "vpn"])
    }

    @Test("Hostile syntax turns into quoted terms only", arguments: [
        "\"unbalanced", "foo*", "-bar", "NEAR(a b)", "AND(", "a OR", "title: body:", "(((", "^start",
        "a AND NOT b", "\u{0}", "'; DROP TABLE articles; --", "col:\"x\"*", "+-*/", "",
    ])
    func hostile(text: String) {
        let q = QueryAnalyzer.analyze(text, language: .en)
        for term in q.keyTerms {
            let expr = FTSExpression.term(term)
            #expect(expr.hasPrefix("\"") && expr.hasSuffix("\""))
            #expect(term.stems.allSatisfy { s in s.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil } })
        }
    }

    @Test("The last word is unfinished unless the text ends with a separator")
    func unfinished() {
        #expect(QueryAnalyzer.analyze("printer conf", language: .en).unfinished?.folded == "conf")
        #expect(QueryAnalyzer.analyze("printer conf ", language: .en).unfinished == nil)
    }

    @Test("Without a language a word gets both stems")
    func bothLanguages() {
        let q = QueryAnalyzer.analyze("configuration", language: nil)
        #expect(Set(q.keyTerms[0].stems) == ["configur", "configuration"])
        #expect(FTSExpression.term(q.keyTerms[0]).contains(" OR "))
    }
}
