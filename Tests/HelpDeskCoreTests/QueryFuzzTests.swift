import HelpDeskTestSupport
import Testing
@testable import HelpDeskCore

@Suite("Fuzz: KB query analysis")
struct QueryFuzzTests {
    @Test("any typed text analyses without crashing, in both languages")
    func analyse() {
        var gen = HostileText(seed: 5)
        for _ in 0..<HostileText.iterations {
            let text = gen.string()
            for lang in [Language.es, .en, nil] {
                _ = QueryAnalyzer.analyze(text, language: lang)
            }
        }
    }
}
