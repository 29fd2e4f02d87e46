import HelpDeskCore
import TerminalKit

/// Screen `5`: the knowledge base. A search field that re-queries on every keystroke (the last
/// word matching as a prefix while it is being typed), the ranked articles with a one-line
/// snippet whose matched words use the `highlight` theme role, a language filter, and for
/// reviewers the queue of articles waiting for review. `Enter` opens the reader.
///
/// The screen reads through the ``KnowledgeBasePort`` port it was given, not the ticket
/// repository: searches are cheap local SQLite reads, so running them synchronously in
/// `handle` keeps typing and results in the same frame.
public struct KnowledgeBaseScreen: Screen {
    public enum Mode: Sendable, Equatable { case search, review }
    public enum Focus: Sendable, Equatable { case query, list }

    let knowledgeBase: any KnowledgeBasePort
    public private(set) var mode: Mode = .search
    public private(set) var focus: Focus = .query
    public private(set) var query = TextInput()
    /// nil: every language.
    public private(set) var language: Language?
    public private(set) var rows: [ArticleListing] = []
    public private(set) var cursor = 0
    var top = 0
    var published = 0
    var inReview = 0
    var bodyHeight = 20
    static let limit = 50

    /// The query whose zero results were last recorded as a KB gap: each settled query counts once.
    var gapRecordedFor: String?
    /// The ticket being worked when `5` was pressed on its detail: `L` links articles to it,
    /// and back returns to it.
    public let workingTicket: Int64?

    /// `query` pre-fills the search (the gaps drill-down); a pre-filled query is not counted as
    /// a new gap, since nobody typed it.
    public init(knowledgeBase: any KnowledgeBasePort, query: String = "", language: Language? = nil, workingTicket: Int64? = nil) {
        self.knowledgeBase = knowledgeBase
        self.language = language
        self.workingTicket = workingTicket
        if !query.isEmpty {
            self.query.set(query)
            gapRecordedFor = query
        }
    }

    public var name: String { ScreenName.kb }
    public var actionTicket: Ticket? { nil }
    public var wantsRawKeys: Bool { mode == .search && focus == .query }

    public func typingKeys(_ context: ScreenContext) -> [LocalKey]? {
        [LocalKey(key: .enter, title: context.l10n(.kbKeyResults)), LocalKey(key: .escape, title: context.l10n(.kbKeyLeave))]
    }
    public var isSearchable: Bool { mode == .search }
    public var selected: ArticleListing? { rows.indices.contains(cursor) ? rows[cursor] : nil }

    public func title(_ context: ScreenContext) -> String {
        context.l10n(mode == .search ? .screenKB : .screenKBReview)
    }

    public func counters(_ context: ScreenContext) -> [String] {
        // The ticket first: when the title is too long for the terminal, counters go from the end.
        (workingTicket.map { [context.l10n(.kbCounterForTicket, "\($0)")] } ?? [])
            + [context.l10n(.kbCounterPublished, "\(published)"), context.l10n(.kbCounterReview, "\(inReview)")]
    }

    public func disabledReason(_ action: ActionID, _ context: ScreenContext) -> String? {
        switch action {
        case Act.kbReviewQueue where !context.agent.role.reviewsArticles: context.l10n(.reasonKBReviewers)
        case Act.kbLink where workingTicket == nil: context.l10n(.reasonKBLink)
        case Act.kbDraft: context.l10n(.reasonNoTicket)
        case _ where Act.ticketActions.contains(action): context.l10n(.reasonNoTicket)
        default: nil
        }
    }

    /// Rows of two lines (title, snippet) that fit the list.
    var visibleRows: Int { max(1, (bodyHeight - 3) / 2) }

    public mutating func layout(area: Rect) {
        bodyHeight = max(4, area.height)
        clampCursor()
    }

    public mutating func handle(_ input: ScreenInput, context: ScreenContext) -> [Effect] {
        switch input {
        case .key(let key) where wantsRawKeys:
            return handleQueryKey(key, context: context)
        case .search(let text, let final):
            query.set(text)
            if final, !rows.isEmpty { focus = .list }
            let effects = refreshed(context)
            return final ? effects + gapRecord() : effects
        case .action(let action):
            return handleAction(action, context: context)
        default:
            return []
        }
    }

    private mutating func handleQueryKey(_ key: Key, context: ScreenContext) -> [Effect] {
        switch key {
        case .enter, .down, .tab:
            if !rows.isEmpty { focus = .list }
            return gapRecord()
        case .escape:
            focus = .list
            return gapRecord()
        default:
            guard query.handle(key) == .edited else { return [] }
            cursor = 0
            top = 0
            return refreshed(context)
        }
    }

    private mutating func handleAction(_ action: ActionID, context: ScreenContext) -> [Effect] {
        switch action {
        case Act.moveDown: move(to: cursor + 1)
        case Act.moveUp: move(to: cursor - 1)
        case Act.top: move(to: 0)
        case Act.bottom: move(to: rows.count - 1)
        case Act.pageDown: move(to: cursor + visibleRows)
        case Act.pageUp: move(to: cursor - visibleRows)
        case Act.focusNext, Act.focusPrevious:
            if mode == .search { focus = .query }
        case Act.open:
            guard let row = selected else { return [] }
            return [.push(ArticleReaderScreen(knowledgeBase: knowledgeBase, articleID: row.id, workingTicket: workingTicket))]
        case Act.kbLink:
            guard let row = selected, let ticket = workingTicket else { return [] }
            return [.perform(.linkArticle(row.id), ticketID: ticket, expectedVersion: nil)]
        case Act.kbLanguage:
            language = switch language { case nil: .es; case .es: .en; case .en: nil }
            return refreshed(context) + [.toast(context.l10n(.kbLangLabel, languageName(context)), .info)]
        case Act.kbReviewQueue:
            mode = mode == .search ? .review : .search
            focus = mode == .search ? .query : .list
            cursor = 0
            top = 0
            return refreshed(context)
        case Act.back where mode == .review:
            mode = .search
            focus = .query
            return refreshed(context)
        case Act.back where workingTicket != nil:
            return [.back]
        default: break
        }
        return []
    }

    /// A search counts as a KB gap once it is settled (the technician leaves the field or
    /// confirms it) with no result: the keystrokes of search-as-you-type are not searches.
    mutating func gapRecord() -> [Effect] {
        guard mode == .search, rows.isEmpty, !query.isBlank, gapRecordedFor != query.text else { return [] }
        gapRecordedFor = query.text
        return [.recordSearchGap(query: query.text, lang: language)]
    }

    func languageName(_ context: ScreenContext) -> String {
        language?.rawValue ?? context.l10n(.kbLangAll)
    }

    private mutating func move(to index: Int) {
        cursor = index
        clampCursor()
    }

    private mutating func clampCursor() {
        cursor = max(0, min(cursor, rows.count - 1))
        if cursor < top { top = cursor }
        if cursor >= top + visibleRows { top = cursor - visibleRows + 1 }
        top = max(0, min(top, max(0, rows.count - visibleRows)))
    }

    /// Runs the query again, turning a failure into a toast (typing must never crash the screen).
    private mutating func refreshed(_ context: ScreenContext) -> [Effect] {
        do {
            try fetch(context)
            return []
        } catch {
            return [.toast(context.l10n(.toastError, "\(error)"), .error)]
        }
    }

    mutating func fetch(_ context: ScreenContext) throws {
        let keep = selected?.id
        switch mode {
        case .search:
            let text = query.text
            rows = text.allSatisfy(\.isWhitespace) ? [] : try knowledgeBase.browseArticles(
                query: text, lang: language, limit: Self.limit, includeUnpublished: context.agent.role.reviewsArticles)
        case .review:
            rows = try knowledgeBase.listArticles(status: .review, lang: language, limit: Self.limit)
        }
        // The cursor stays on the same article when it is still listed (another technician's change).
        if let keep, let index = rows.firstIndex(where: { $0.id == keep }) { cursor = index }
        clampCursor()
        published = try knowledgeBase.articleCount(status: .published)
        inReview = try knowledgeBase.articleCount(status: .review)
    }

    public mutating func load(from repository: any HelpDeskRepository, context: ScreenContext, refresh: Bool) throws {
        try fetch(context)
    }
}

extension Localizer {
    public func articleStatus(_ status: ArticleStatus) -> String {
        switch status {
        case .draft: self(.articleDraft)
        case .review: self(.articleReview)
        case .published: self(.articlePublished)
        case .retired: self(.articleRetired)
        }
    }
}
