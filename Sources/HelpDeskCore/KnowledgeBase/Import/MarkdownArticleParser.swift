import Foundation

/// Reads one Markdown article file with optional front matter.
///
/// The title is the `title` key, else the first `# ` heading; the external id is the `id` key,
/// else the file's path relative to the imported folder without `.md`, so re-importing the same
/// folder updates the same articles.
public enum MarkdownArticleParser {
    public static func parse(_ text: String, file: String, relativePath: String) throws(ImportProblem) -> ParsedArticle {
        let fm = try FrontMatter.parse(text, file: file)
        func string(_ key: String) -> String? {
            fm.values[key]?.string.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        var title = string("title")
        var titleLine = fm.line(of: "title")
        if title == nil {
            let lines = fm.body.split(separator: "\n", omittingEmptySubsequences: false)
            if let index = lines.firstIndex(where: { $0.hasPrefix("# ") }) {
                title = lines[index].dropFirst(2).trimmingCharacters(in: .whitespaces)
                titleLine = fm.bodyLine + index
            }
        }
        guard let title, !title.isEmpty else {
            throw ImportProblem(file: file, line: 1, message: "missing title (no \"title\" in front matter and no # heading)")
        }
        var lang: Language
        let langKey = string("lang") != nil ? "lang" : "language"
        if let code = string(langKey) {
            guard let l = Language(rawValue: code.lowercased()) else {
                throw ImportProblem(file: file, line: fm.line(of: langKey), message: "unknown lang \"\(code)\" (expected es or en)")
            }
            lang = l
        } else {
            lang = LanguageGuess.guess(title + " " + fm.body)
        }
        var tags: [String] = []
        if let value = fm.values["tags"] {
            switch value {
            case .list(let items): tags = items
            case .string(let s): tags = s.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            case .bool: break
            }
        }
        var status: ArticleStatus?
        if case .bool(true)? = fm.values["draft"] { status = .draft }
        if let s = string("status") {
            guard let parsed = ArticleStatus(rawValue: s.lowercased()) else {
                throw ImportProblem(file: file, line: fm.line(of: "status"), message: "unknown status \"\(s)\"")
            }
            status = parsed
        }
        let id = string("id") ?? (relativePath.hasSuffix(".md") ? String(relativePath.dropLast(3)) : relativePath)
        let body = fm.body.trimmingCharacters(in: .whitespacesAndNewlines)
        let draft = ArticleDraft(externalID: id, title: title, body: body, lang: lang, category: string("category"), tags: tags)
        // Title, id, category and tags are short fields (``FieldLimits``): a refused one is
        // reported at the line that wrote it (the id from the file's path: the file).
        switch Result(catching: { () throws(ShortTextError) in try draft.cleanedForImport().validated() }) {
        case .success(let valid):
            return ParsedArticle(line: 1, draft: valid, status: status)
        case .failure(let error):
            let line = switch error.field {
            case FieldLimits.articleTitle: titleLine
            case FieldLimits.tag: fm.line(of: "tags")
            case FieldLimits.category: fm.line(of: "category")
            default: fm.line(of: "id")
            }
            throw ImportProblem(file: file, line: line, message: error.description)
        }
    }
}
