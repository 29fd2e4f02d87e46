/// One bad record in an import file, located the way compilers do: `file:line: message`.
public struct ImportProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): \(message)" }
}

/// An import refused as a whole: nothing was written.
public struct ImportRefused: Error, Sendable, Equatable, CustomStringConvertible {
    public var problems: [ImportProblem]

    public init(problems: [ImportProblem]) {
        self.problems = problems
    }

    public var description: String {
        let first = problems.prefix(5).map(\.description).joined(separator: "; ")
        let more = problems.count > 5 ? " (and \(problems.count - 5) more)" : ""
        return "\(first)\(more); nothing was imported (use --skip-bad to import the valid records)"
    }
}

/// An article read from an import file, with where it came from.
public struct ParsedArticle: Sendable, Equatable {
    public var line: Int
    public var draft: ArticleDraft
    /// Front matter asked for a status (`draft: true` or `status: review`), if any.
    public var status: ArticleStatus?

    public init(line: Int, draft: ArticleDraft, status: ArticleStatus? = nil) {
        self.line = line
        self.draft = draft
        self.status = status
    }
}

/// Guesses Spanish or English from stop-word counts, for records that do not say.
public enum LanguageGuess {
    public static func guess(_ text: String, default fallback: Language = .en) -> Language {
        var es = 0
        var en = 0
        var seen = 0
        for token in Tokenizer.tokens(in: String(text.prefix(2_000))) {
            if StopWords.spanish.contains(token) { es += 1 }
            if StopWords.english.contains(token) { en += 1 }
            seen += 1
            if seen > 300 { break }
        }
        if es == en { return fallback }
        return es > en ? .es : .en
    }
}
