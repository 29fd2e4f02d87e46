/// Function words dropped from queries (never from the index, so phrases and all-stop-word
/// queries such as "to be or not to be" still work).
///
/// Dropping them is what makes natural-language questions both precise and fast: "how", "the",
/// "de", "la" match nearly every article, add almost nothing to the ranking, and make an OR query
/// walk most of the index. The lists are folded (no accents) like the tokens they are compared to.
/// Besides the usual function words they hold the politeness and request words of help-desk
/// questions ("hola, ¿alguien sabe cómo…?", "please, how do I…"), which say nothing about the topic.
public enum StopWords {
    public static func isStopWord(_ folded: String, language: Language?) -> Bool {
        switch language {
        case .en: english.contains(folded)
        case .es: spanish.contains(folded)
        case nil: english.contains(folded) || spanish.contains(folded)
        }
    }

    public static let english: Set<String> = words("""
        a about above after again against all am an and any are aren't as at be because been before being
        below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't
        down during each few for from further had hadn't has hasn't have haven't having he he'd he'll he's
        her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it
        it's its itself let's me more most mustn't my myself no nor not of off on once only or other ought
        our ours ourselves out over own same shan't she she'd she'll she's should shouldn't so some such
        than that that's the their theirs them themselves then there there's these they they'd they'll
        they're they've this those through to too under until up very was wasn't we we'd we'll we're we've
        were weren't what what's when when's where where's which while who who's whom why why's will with
        won't would wouldn't you you'd you'll you're you've your yours yourself yourselves
        just now also may might must shall etc via
        please hi hello thanks thank anyone someone somebody anybody something anything way ok okay
        want wants need needs many much every whether thing things thus
        """)

    public static let spanish: Set<String> = words("""
        a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante e el
        ella ellas ellos en entre era erais eramos eran eras eres es esa esas ese eso esos esta estaba
        estabais estabamos estaban estabas estad estada estadas estado estados estais estamos estan estando
        estar estara estaran estaras estare estareis estaremos estaria estariais estariamos estarian estarias
        estas este esteis estemos esten estes esto estos estoy estuve estuviera estuvieron estuvimos estuvo
        fue fuera fueran fueron fui fuimos ha habeis habia habian habias han has hasta hay haya hayan he
        hemos hube hubo la las le les lo los mas me mi mia mias mio mios mis mucho muchos muy nada ni no nos
        nosotras nosotros nuestra nuestras nuestro nuestros o os otra otras otro otros para pero poco por
        porque que quien quienes se sea sean seas sera seran seria serian ser si sido siendo sin sobre sois
        somos son soy su sus suya suyas suyo suyos tambien tanto te tendra tendran tenemos tenga tengan
        tengo tenia tenian tiene tienen ti tu tus tuya tuyas tuyo tuyos un una uno unos vosotras vosotros
        vuestra vuestras vuestro vuestros y ya yo cada puede pueden puedo debo debe deben hacer hace
        cuales cuanto cuanta cuantos cuantas quiero queremos necesito necesitamos podria podrias puedes
        podemos hola gracias favor alguien algun alguna aqui alli asi ademas todo todos toda todas hago
        cosa usted ustedes
        """)

    private static func words(_ list: String) -> Set<String> {
        Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }
}
