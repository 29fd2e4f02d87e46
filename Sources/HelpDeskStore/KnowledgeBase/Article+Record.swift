import Foundation
import GRDB
import HelpDeskCore

/// Row mapping for articles: enums as their CLI spelling, tags as a JSON array.
extension Article: FetchableRecord, TableRecord, PersistableRecord {
    public static let databaseTableName = "articles"

    public init(row: Row) throws {
        self.init(
            id: row["id"],
            externalID: row["external_id"],
            title: row["title"],
            body: row["body"],
            lang: Language(rawValue: row["lang"]) ?? .en,
            category: row["category"],
            tags: ArticleTags.decode(row["tags"]),
            status: ArticleStatus(rawValue: row["status"]) ?? .draft,
            author: row["author"],
            reviewer: row["reviewer"],
            createdAt: row["created_at"],
            updatedAt: row["updated_at"],
            publishedAt: row["published_at"],
            helpfulCount: row["helpful_count"],
            notHelpfulCount: row["not_helpful_count"],
            useCount: row["use_count"],
            version: row["version"]
        )
    }

    public func encode(to container: inout PersistenceContainer) throws {
        if id > 0 { container["id"] = id }
        container["external_id"] = externalID
        container["title"] = title
        container["body"] = body
        container["lang"] = lang.rawValue
        container["category"] = category
        container["tags"] = ArticleTags.encode(tags)
        container["status"] = status.rawValue
        container["author"] = author
        container["reviewer"] = reviewer
        container["created_at"] = createdAt
        container["updated_at"] = updatedAt
        container["published_at"] = publishedAt
        container["helpful_count"] = helpfulCount
        container["not_helpful_count"] = notHelpfulCount
        container["use_count"] = useCount
        container["version"] = version
    }
}

/// Tags are stored as a JSON array of strings: readable in the sqlite3 shell, queryable with json_each.
enum ArticleTags {
    static func encode(_ tags: [String]) -> String {
        let data = (try? JSONEncoder().encode(tags)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func decode(_ text: String?) -> [String] {
        guard let text, let data = text.data(using: .utf8) else { return [] }
        return (try? JSONDecoder().decode([String].self, from: data)) ?? []
    }
}
