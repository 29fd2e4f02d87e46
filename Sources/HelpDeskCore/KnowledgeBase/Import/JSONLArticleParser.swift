import Foundation

/// Reads `.jsonl` article files: one JSON object per line with `id`, `title`, `body` and optional
/// `lang`, `category`, `tags`. Every problem is reported with its line number (a title, id,
/// category or tag over its ``FieldLimits`` limit or with a control character included); blank
/// lines are skipped. The `id` is required: it becomes the article's external id, the only thing that lets
/// a re-import update an article instead of adding it again. Parsing is separate from writing so
/// a bad file can be refused before anything is stored.
public enum JSONLArticleParser {
    struct Record: Decodable {
        var id: FlexibleString?
        /// What `kb export` writes next to the numeric `id`; preferred when present.
        var external_id: FlexibleString?
        var title: String?
        var body: String?
        var lang: String?
        var category: String?
        var tags: [String]?
    }

    /// Accepts `"id": "abc"` and `"id": 12`.
    struct FlexibleString: Decodable {
        var value: String
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let s = try? c.decode(String.self) { value = s; return }
            if let i = try? c.decode(Int64.self) { value = String(i); return }
            throw DecodingError.typeMismatch(String.self, .init(codingPath: decoder.codingPath,
                                                                debugDescription: "id must be a string or a number"))
        }
    }

    public static func parse(_ data: Data, file: String) -> (articles: [ParsedArticle], problems: [ImportProblem]) {
        var articles: [ParsedArticle] = []
        var problems: [ImportProblem] = []
        var firstLineOfID: [String: Int] = [:]
        let decoder = JSONDecoder()
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            var lineNumber = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                lineNumber += 1
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
                start = end + 1
                func problem(_ message: String) {
                    problems.append(ImportProblem(file: file, line: lineNumber, message: message))
                }
                if slice.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                guard String(validating: slice, as: UTF8.self) != nil else {
                    problem("invalid UTF-8")
                    continue
                }
                let record: Record
                do {
                    record = try decoder.decode(Record.self, from: Data(slice))
                } catch let error as DecodingError {
                    problem(describe(error))
                    continue
                } catch {
                    problem("invalid JSON")
                    continue
                }
                guard let title = record.title?.trimmingCharacters(in: .whitespacesAndNewlines), !title.isEmpty else {
                    problem("missing \"title\"")
                    continue
                }
                guard let body = record.body else {
                    problem("missing \"body\"")
                    continue
                }
                var lang: Language
                if let code = record.lang {
                    guard let l = Language(rawValue: code.lowercased()) else {
                        problem("unknown \"lang\" \"\(code)\" (expected es or en)")
                        continue
                    }
                    lang = l
                } else {
                    lang = LanguageGuess.guess(title + " " + body)
                }
                guard let id = (record.external_id ?? record.id)?.value, !id.trimmingCharacters(in: .whitespaces).isEmpty else {
                    problem("missing \"id\" (kept as the external id, so that importing again updates the article)")
                    continue
                }
                // Title, id, category and tags are short fields: control characters and line
                // breaks in them become spaces (documents converted from other formats carry
                // stray ones); too long, the line is bad like any other.
                let draft: ArticleDraft
                switch Result(catching: { () throws(ShortTextError) in
                    try ArticleDraft(externalID: id, title: title, body: body, lang: lang,
                                     category: record.category, tags: record.tags ?? []).cleanedForImport().validated()
                }) {
                case .success(let valid): draft = valid
                case .failure(let error):
                    problem(error.description)
                    continue
                }
                let key = draft.externalID ?? id
                if let first = firstLineOfID[key] {
                    problem("duplicate id \"\(key)\" (first on line \(first))")
                    continue
                }
                firstLineOfID[key] = lineNumber
                articles.append(ParsedArticle(line: lineNumber, draft: draft))
            }
        }
        return (articles, problems)
    }

    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "invalid JSON (expected one object per line)"
                : "invalid value for \"\(context.codingPath.map(\.stringValue).joined(separator: "."))\""
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            let key = context.codingPath.first?.stringValue ?? "record"
            if key == "record" { return "expected a JSON object" }
            return key == "tags" ? "\"tags\" must be an array of strings" : "\"\(key)\" must be a string"
        case .keyNotFound(let key, _):
            return "missing \"\(key.stringValue)\""
        @unknown default:
            return "invalid JSON"
        }
    }
}
