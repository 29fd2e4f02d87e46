/// The author-supplied part of an article: what `kb add` and the importers produce.
public struct ArticleDraft: Sendable, Equatable {
    public var externalID: String?
    public var title: String
    public var body: String
    public var lang: Language
    public var category: String?
    public var tags: [String]

    public init(externalID: String? = nil, title: String, body: String, lang: Language = .en,
                category: String? = nil, tags: [String] = []) {
        self.externalID = externalID
        self.title = title
        self.body = body
        self.lang = lang
        self.category = category
        self.tags = tags
    }

    /// The draft as it is saved: title, external id, category and tags trimmed and checked
    /// against ``FieldLimits`` (a blank category or external id is none, blank tags are
    /// dropped). The body is free text, limited elsewhere.
    public func validated() throws(ShortTextError) -> ArticleDraft {
        var draft = self
        draft.title = try FieldLimits.articleTitle.validated(title)
        draft.externalID = try FieldLimits.externalID.validated(optional: externalID)
        draft.category = try FieldLimits.category.validated(optional: category)
        draft.tags = []
        for tag in tags {
            if let value = try FieldLimits.tag.validated(optional: tag) { draft.tags.append(value) }
        }
        return draft
    }

    /// Whether `article` already holds exactly this content (a re-import changes nothing).
    public func matches(_ article: Article) -> Bool {
        article.title == title && article.body == body && article.lang == lang
            && article.category == category && article.tags == tags
    }
}

/// The lifecycle rules: draft → review → published → retired, with the shortcuts a small desk
/// needs (an editor may publish a draft directly; a retired article may be published again).
public enum ArticleLifecycle {
    public static func canMove(from: ArticleStatus, to: ArticleStatus) -> Bool {
        switch (from, to) {
        case (.draft, .review), (.draft, .published), (.review, .published), (.review, .draft),
             (.published, .retired), (.retired, .published), (.published, .draft), (.retired, .draft):
            true
        default:
            false
        }
    }
}
