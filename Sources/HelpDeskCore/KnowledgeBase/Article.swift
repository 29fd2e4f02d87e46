import Foundation

/// Languages the desk writes articles in. Raw values are the CLI spelling.
public enum Language: String, Codable, CaseIterable, Sendable {
    case es, en
}

/// An article's lifecycle: draft → review → published → retired.
public enum ArticleStatus: String, Codable, CaseIterable, Sendable {
    case draft, review, published, retired
}

/// A knowledge-base article. `body` is Markdown and untrusted text.
public struct Article: Codable, Sendable, Equatable {
    public var id: Int64
    public var externalID: String?
    public var title: String
    public var body: String
    public var lang: Language
    public var category: String?
    public var tags: [String]
    public var status: ArticleStatus
    public var author: String
    public var reviewer: String?
    public var createdAt: Date
    public var updatedAt: Date
    public var publishedAt: Date?
    public var helpfulCount: Int
    public var notHelpfulCount: Int
    public var useCount: Int
    public var version: Int

    public init(
        id: Int64 = 0, externalID: String? = nil, title: String, body: String, lang: Language = .en,
        category: String? = nil, tags: [String] = [], status: ArticleStatus = .draft, author: String,
        reviewer: String? = nil, createdAt: Date, updatedAt: Date? = nil, publishedAt: Date? = nil,
        helpfulCount: Int = 0, notHelpfulCount: Int = 0, useCount: Int = 0, version: Int = 1
    ) {
        self.id = id
        self.externalID = externalID
        self.title = title
        self.body = body
        self.lang = lang
        self.category = category
        self.tags = tags
        self.status = status
        self.author = author
        self.reviewer = reviewer
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.publishedAt = publishedAt
        self.helpfulCount = helpfulCount
        self.notHelpfulCount = notHelpfulCount
        self.useCount = useCount
        self.version = version
    }
}
