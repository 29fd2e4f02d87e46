import ArgumentParser
import Foundation
import HelpDeskCore

/// Shows what the search sees: the folded, stemmed terms of a text (one line per input line
/// with --stdin). For checking why an article does or does not match.
struct KBAnalyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze", abstract: "Print the index terms (folded stems) of a text.")

    @Option(help: "Language of the text: es or en.") var lang: Language = .en
    @Flag(help: "Read lines from standard input.") var stdin = false
    @Argument(help: "Text to analyse.") var text: [String] = []

    func run() throws {
        let analyzer = TextAnalyzer(language: lang)
        if stdin {
            while let line = readLine() { print(analyzer.indexText(line)) }
        } else {
            print(analyzer.indexText(text.joined(separator: " ")))
        }
    }
}
