import HelpDeskCore

/// Marks the words of an article's original text that match the query's stems. Only the
/// results actually returned get a snippet, so its cost does not grow with the candidates.
struct SnippetMaker {
    let stems: Set<String>
    let prefixes: [String]
    let analyzer: TextAnalyzer

    init(query: AnalyzedQuery, lang: Language) {
        analyzer = TextAnalyzer(language: lang)
        let terms = query.keyTerms
        stems = Set(terms.flatMap { $0.stems })
        prefixes = query.unfinished.map { [$0.folded] } ?? []
    }

    func snippet(for body: String) -> Snippet {
        Snippet.make(from: body) { token in
            let s = String(decoding: analyzer.stem(Array(token.utf8)), as: UTF8.self)
            if stems.contains(s) { return s }
            if let p = prefixes.first(where: { token.hasPrefix($0) }) { return p }
            return nil
        }
    }
}
