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
    ///
    /// When the draft edits `stored`, a field it leaves exactly as stored is kept as it is,
    /// unchecked: only new text is checked, so an article saved before the limits (a tag of
    /// 150 characters) can still have its title or body edited.
    public func validated(keepingUnchangedFrom stored: Article? = nil) throws(ShortTextError) -> ArticleDraft {
        var draft = self
        if title != stored?.title { draft.title = try FieldLimits.articleTitle.validated(title) }
        if externalID != stored?.externalID || stored == nil {
            draft.externalID = try FieldLimits.externalID.validated(optional: externalID)
        }
        if category != stored?.category || stored == nil {
            draft.category = try FieldLimits.category.validated(optional: category)
        }
        if tags != stored?.tags {
            draft.tags = []
            for tag in tags {
                if let value = try FieldLimits.tag.validated(optional: tag) { draft.tags.append(value) }
            }
        }
        return draft
    }

    /// The short fields made clean lines (`ShortTextField.cleaned`), for imports: a control
    /// character in an imported title or id is dropped, not a reason to refuse the record.
    public func cleanedForImport() -> ArticleDraft {
        var draft = self
        draft.title = ShortTextField.cleaned(title)
        draft.externalID = externalID.map(ShortTextField.cleaned)
        draft.category = category.map(ShortTextField.cleaned)
        draft.tags = tags.map(ShortTextField.cleaned)
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
