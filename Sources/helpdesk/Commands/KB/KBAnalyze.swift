import ArgumentParser
import Foundation
import HelpDeskCore

/// Shows what the search sees: the folded, stemmed terms of a text (one line per input line
/// with --stdin). For checking why an article does or does not match.
struct KBAnalyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze", abstract: "Print the index terms (folded stems) of a text.",
        discussion: "With --json: {\"text\", \"lang\", \"terms\"}, one line per text.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Language of the text: es or en.") var lang: Language = .en
    @Flag(help: "Read lines from standard input.") var stdin = false
    @Argument(help: "Text to analyse.") var text: [String] = []

    func run() throws {
        try guarded {
            let analyzer = TextAnalyzer(language: lang)
            if stdin {
                for line in InputLines() { try show(line, analyzer) }
            } else {
                try show(text.joined(separator: " "), analyzer)
            }
        }
    }

    private func show(_ text: String, _ analyzer: TextAnalyzer) throws {
        let terms = analyzer.indexText(text)
        guard global.json else { return Console.print(terms) }
        try JSONOutput.print(AnalysisJSON(text: text, lang: lang.rawValue, terms: terms.split(separator: " ").map(String.init)))
    }

    struct AnalysisJSON: Encodable {
        var text: String
        var lang: String
        var terms: [String]
    }
}
