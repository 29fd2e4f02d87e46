import Testing
@testable import HelpDeskCore

/// The stemmers must bring a word's inflections and derivations to one index term, or searches
/// for "conexión" miss articles about "conexiones".
@Suite("Stemmers")
struct StemmerTests {
    @Test("English Porter2 reference forms", arguments: [
        ("connecting", "connect"), ("connection", "connect"), ("connected", "connect"), ("connections", "connect"),
        ("running", "run"), ("hopping", "hop"), ("caresses", "caress"), ("ponies", "poni"), ("ties", "tie"),
        ("cats", "cat"), ("agreed", "agre"), ("feed", "feed"), ("plastered", "plaster"), ("motoring", "motor"),
        ("relational", "relat"), ("conditional", "condit"), ("rational", "ration"), ("digitizer", "digit"),
        ("triplicate", "triplic"), ("formative", "format"), ("electrical", "electr"), ("adjustable", "adjust"),
        ("effective", "effect"), ("controllable", "control"), ("rolling", "roll"), ("generously", "generous"),
        ("happy", "happi"), ("skies", "sky"), ("dying", "die"), ("news", "news"), ("generate", "generat"),
        ("communication", "communic"), ("user's", "user"), ("configuration", "configur"), ("configure", "configur"),
    ])
    func english(word: String, stem: String) {
        #expect(EnglishStemmer.stem(word) == stem)
    }

    @Test("Spanish Snowball forms meet on one stem", arguments: [
        ("conexiones", "conexión"), ("configurar", "configuración"), ("configurar", "configurando"),
        ("impresora", "impresoras"), ("contraseña", "contraseñas"), ("instalar", "instalación"),
        ("programas", "programación"), ("red", "redes"), ("usuario", "usuarios"), ("actualizar", "actualizaciones"),
    ])
    func spanishPairs(a: String, b: String) {
        let analyzer = TextAnalyzer(language: .es)
        #expect(analyzer.stem(a) == analyzer.stem(b))
    }

    @Test("Spanish reference stems", arguments: [
        ("conexiones", "conexion"), ("configuración", "configur"), ("cantaba", "cant"), ("corriendo", "corr"),
        ("libertad", "libert"), ("abandonada", "abandon"), ("nacionales", "nacional"), ("biblioteca", "bibliotec"),
        ("directorios", "directori"), ("directorio", "directori"),
    ])
    func spanish(word: String, stem: String) {
        #expect(TextAnalyzer(language: .es).stem(word) == stem)
    }

    @Test("Spanish analysis: English plurals the Spanish stemmer leaves alone meet their singulars", arguments: [
        ("scripts", "script"), ("sockets", "socket"), ("logs", "log"), ("commits", "commit"),
    ])
    func spanishEnglishPlurals(plural: String, singular: String) {
        let es = TextAnalyzer(language: .es)
        #expect(es.stem(plural) == es.stem(singular))
        #expect(es.stem(plural) == EnglishStemmer.stem(singular))
    }

    @Test("Spanish analysis: Spanish plurals still go through Spanish Snowball")
    func spanishPluralsUnchanged() {
        let es = TextAnalyzer(language: .es)
        #expect(es.stem("paquetes") == SpanishStemmer.stem("paquetes"))
        #expect(es.stem("impresoras") == SpanishStemmer.stem("impresoras"))
        #expect(es.stem("tres") == "tres") // too short to be touched
    }

    @Test("Different words keep different stems")
    func distinct() {
        let en = TextAnalyzer(language: .en)
        #expect(en.stem("printer") != en.stem("password"))
        let es = TextAnalyzer(language: .es)
        #expect(es.stem("impresora") != es.stem("contraseña"))
    }

    @Test("Short and non-letter tokens are left alone")
    func untouched() {
        #expect(EnglishStemmer.stem("is") == "is")
        #expect(EnglishStemmer.stem("x86") == "x86")
        #expect(SpanishStemmer.stem("ipv6") == "ipv6")
    }
}
