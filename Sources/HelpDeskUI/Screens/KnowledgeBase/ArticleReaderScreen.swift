import Foundation
import HelpDeskCore
import TerminalKit

/// One article, read: its Markdown body rendered and scrollable, "was this helpful?" marks
/// (`y` / `N`), editing in `$VISUAL`/`$EDITOR` (a new version), and the lifecycle moves the
/// technician's role allows. A move the role may not make is refused before anything is
/// written, with the core's reason (``ArticleLifecycle/refusal(moving:to:by:)``); the store
/// port checks the same rule again.
public struct ArticleReaderScreen: Screen {
    let knowledgeBase: any KnowledgeBasePort
    public let articleID: Int64
    public private(set) var article: Article?
    /// Use count (resolutions linked to it), marks and linked tickets, re-read with the article.
    public private(set) var usage: ArticleUsage = .none
    public private(set) var scroll = 0
    /// One mark per reading: a second `y` would only inflate the counter.
    public private(set) var rated = false
    /// An edit refused for its title (too long, a control character...): `E` opens it again
    /// instead of the stored article, so what was written is not lost.
    public private(set) var unsavedEdit: String?
    var bodyWidth = 78
    var bodyHeight = 20
    /// The ticket being worked, when the knowledge base was opened from it: `L` links to it.
    public let workingTicket: Int64?

    public init(knowledgeBase: any KnowledgeBasePort, articleID: Int64, workingTicket: Int64? = nil) {
        self.knowledgeBase = knowledgeBase
        self.articleID = articleID
        self.workingTicket = workingTicket
    }

    public var name: String { ScreenName.article }
    public var actionTicket: Ticket? { nil }
    public var wantsRawKeys: Bool { false }
    var reference: String { article?.externalID ?? "KB-\(articleID)" }

    public func title(_ context: ScreenContext) -> String { context.l10n(.screenArticle, reference.sanitized(.singleLine)) }

    public func disabledReason(_ action: ActionID, _ context: ScreenContext) -> String? {
        if let target = Self.target(of: action), let article {
            return ArticleLifecycle.refusal(moving: article, to: target, by: context.agent)
        }
        switch action {
        case Act.kbDraft: return context.l10n(.reasonNoTicket)
        case _ where Act.ticketActions.contains(action): return context.l10n(.reasonNoTicket)
        case Act.kbLink where workingTicket == nil: return context.l10n(.reasonKBLink)
        default: return nil
        }
    }

    static func target(of action: ActionID) -> ArticleStatus? {
        switch action {
        case Act.kbSubmit: .review
        case Act.kbPublish: .published
        case Act.kbRetire: .retired
        default: nil
        }
    }

    public mutating func layout(area: Rect) {
        bodyWidth = max(8, area.width - 2)
        bodyHeight = max(1, area.height - 5)
    }

    var bodyLines: [StyledLine] { article.map { MarkdownText.lines($0.body, width: bodyWidth) } ?? [] }
    var maxScroll: Int { max(0, bodyLines.count - bodyHeight) }

    public mutating func handle(_ input: ScreenInput, context: ScreenContext) -> [Effect] {
        switch input {
        case .action(let action): return handleAction(action, context: context)
        case .edited(let text): return saveEdit(text, context: context)
        default: return []
        }
    }

    private mutating func handleAction(_ action: ActionID, context: ScreenContext) -> [Effect] {
        let page = max(1, bodyHeight - 2)
        switch action {
        case Act.back: return [.back]
        case Act.moveDown: scroll = min(scroll + 1, maxScroll)
        case Act.moveUp: scroll = max(0, scroll - 1)
        case Act.pageDown: scroll = min(scroll + page, maxScroll)
        case Act.pageUp: scroll = max(0, scroll - page)
        case Act.top: scroll = 0
        case Act.bottom: scroll = maxScroll
        case Act.kbLink:
            guard let ticket = workingTicket else { return [] }
            return [.perform(.linkArticle(articleID), ticketID: ticket, expectedVersion: nil)]
        case Act.kbHelpful: return rate(helpful: true, context: context)
        case Act.kbNotHelpful: return rate(helpful: false, context: context)
        case Act.kbEdit:
            guard let article else { return [] }
            return [.editExternally(initial: unsavedEdit ?? ArticleEditText.compose(title: article.title, body: article.body))]
        case _ where Self.target(of: action) != nil:
            return move(to: Self.target(of: action)!, context: context)
        default: break
        }
        return []
    }

    private mutating func rate(helpful: Bool, context: ScreenContext) -> [Effect] {
        let l10n = context.l10n
        guard !rated else { return [.toast(l10n(.toastKbRated, reference), .info)] }
        do {
            try knowledgeBase.recordArticleFeedback(id: articleID, helpful: helpful)
            rated = true
            article = try knowledgeBase.article(id: articleID) ?? article
            usage = try knowledgeBase.articleUsage(id: articleID, limit: Self.linkLimit)
            return [.toast(l10n(helpful ? .toastKbHelpful : .toastKbNotHelpful, reference), .success)]
        } catch {
            return [.toast(l10n(.toastError, "\(error)"), .error)]
        }
    }

    private mutating func move(to target: ArticleStatus, context: ScreenContext) -> [Effect] {
        let l10n = context.l10n
        do {
            article = try knowledgeBase.moveArticle(id: articleID, to: target, by: context.agent, now: context.now)
            return [.toast(l10n(.toastKbMoved, reference, l10n.articleStatus(target)), .success)]
        } catch let refusal as ArticleRefusal {
            return [.toast(l10n(.toastRefused, refusal.reason), .error)]
        } catch {
            return [.toast(l10n(.toastError, "\(error)"), .error)]
        }
    }

    private mutating func saveEdit(_ text: String?, context: ScreenContext) -> [Effect] {
        let l10n = context.l10n
        guard let text, let article else { return [] }
        guard let edit = ArticleEditText.parse(text) else { return [.toast(l10n(.toastKbNoTitle), .error)] }
        // A title stored before the limits and left as it was is not checked (the store does the same).
        if edit.title != article.title, let problem = FieldLimits.articleTitle.problem(in: edit.title) {
            unsavedEdit = text
            return [.toast(l10n(.toastKbBadTitle, l10n.shortText(problem, label: l10n(.kbTitleLabel))), .error)]
        }
        unsavedEdit = nil
        if edit.title == article.title && edit.body == ArticleEditText.normalized(article.body) {
            return [.toast(l10n(.toastKbUnchanged), .info)]
        }
        do {
            let saved = try knowledgeBase.saveArticleEdit(id: articleID, title: edit.title, body: edit.body,
                                                          by: context.agent, now: context.now)
            self.article = saved
            scroll = min(scroll, maxScroll)
            return [.toast(l10n(.toastKbSaved, reference, "\(saved.version)"), .success)]
        } catch {
            return [.toast(l10n(.toastError, "\(error)"), .error)]
        }
    }

    public mutating func load(from repository: any HelpDeskRepository, context: ScreenContext, refresh: Bool) throws {
        guard refresh || article == nil else { return }
        guard let fresh = try knowledgeBase.article(id: articleID) else { throw StoreLookupError.articleNotFound(articleID) }
        article = fresh
        usage = try knowledgeBase.articleUsage(id: articleID, limit: Self.linkLimit)
        scroll = min(scroll, maxScroll)
    }

    /// Linked tickets fetched for the reader's one line (more than fit, so the line is full).
    static let linkLimit = 12
}

/// The text handed to the editor: the title as a level-1 heading, a blank line, the Markdown
/// body. Editing title and body in one file is what people expect from a wiki page.
public enum ArticleEditText {
    public static func compose(title: String, body: String) -> String {
        "# \(title)\n\n\(normalized(body))\n"
    }

    /// Title and body back, or nil when the first non-blank line is not a `# ` heading.
    public static func parse(_ text: String) -> (title: String, body: String)? {
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines.removeFirst() }
        guard let first = lines.first, first.hasPrefix("# ") else { return nil }
        let title = first.dropFirst(2).trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty else { return nil }
        return (title, normalized(lines.dropFirst().joined(separator: "\n")))
    }

    /// Leading blank lines and trailing whitespace do not count as a change.
    public static func normalized(_ body: String) -> String {
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines.removeFirst() }
        var text = lines.joined(separator: "\n")
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }
}
