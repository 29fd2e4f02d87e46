import HelpDeskCore
import TerminalKit

/// One ticket: its fields, the hand-off of the escalation that brought it here (prominent, in
/// a box, UX.md's L2 sketch), and the full timeline, scrollable. Every ticket action is
/// available here through the shared ``TicketActionPanel``.
public struct TicketDetailScreen: Screen {
    public let ticketID: Int64
    public private(set) var ticket: Ticket?
    public private(set) var events: [TicketEvent] = []
    /// Knowledge-base articles linked to the ticket (used to resolve it, suggested, drafted from it).
    public private(set) var articles: [ArticleTicketLink] = []
    /// Reference and title of the articles named in the history (`KB read` on hand-off cards):
    /// L2 should see what L1 read, not a bare id.
    public private(set) var articleNames: [Int64: String] = [:]
    /// First timeline line shown.
    public private(set) var scroll = 0
    var panel = TicketActionPanel()
    var agents: [Agent] = []
    var bodyHeight = 10

    /// A draft to reopen in the panel once the ticket is loaded (the next start after a signal).
    var pendingDraft: Draft?

    public init(ticketID: Int64, restoring draft: Draft? = nil) {
        self.ticketID = ticketID
        self.pendingDraft = draft
    }

    public var draft: Draft? { panel.draft ?? pendingDraft }

    public var name: String { ScreenName.ticket }
    public var actionTicket: Ticket? { ticket }
    public var wantsRawKeys: Bool { panel.isActive }
    public func typingKeys(_ context: ScreenContext) -> [LocalKey]? { panel.typingKeys(context) }

    public func title(_ context: ScreenContext) -> String { context.l10n(.screenDetail, "\(ticketID)") }

    public func disabledReason(_ action: ActionID, _ context: ScreenContext) -> String? { nil }

    /// The escalation that brought the ticket to its current tier, if that was the last move.
    public var handoff: TicketEvent? {
        guard let ticket else { return nil }
        let lastMove = events.last { $0.type == .escalated || $0.type == .deescalated }
        guard let lastMove, lastMove.type == .escalated, lastMove.toTier == ticket.tier else { return nil }
        return lastMove
    }

    var bodyWidth = 78

    public mutating func layout(area: Rect) {
        bodyHeight = max(1, area.height)
        bodyWidth = max(1, area.width - 2)
    }

    /// The last useful scroll position: the end of the timeline at the bottom of the body.
    func maxScroll(_ context: ScreenContext) -> Int {
        guard let ticket else { return 0 }
        let lines = TicketTimeline.lines(ticket: ticket, events: events, articleNames: articleNames, width: bodyWidth, context: context).count
        return max(0, lines - (bodyHeight - 4 - (articles.isEmpty ? 0 : 1)))
    }

    public mutating func handle(_ input: ScreenInput, context: ScreenContext) -> [Effect] {
        if panel.isActive || isPanelResult(input) {
            return panel.handle(input, agents: agents, context: context)
        }
        guard case .action(let action) = input else { return [] }
        let page = max(1, bodyHeight - 6)
        switch action {
        case Act.back: return [.back]
        case Act.moveDown: scroll = min(scroll + 1, maxScroll(context))
        case Act.moveUp: scroll = max(0, scroll - 1)
        case Act.pageDown: scroll = min(scroll + page, maxScroll(context))
        case Act.pageUp: scroll = max(0, scroll - page)
        case Act.kbDraft: return [.draftArticle(ticketID: ticketID)]
        case Act.top: scroll = 0
        case Act.bottom: scroll = maxScroll(context)
        case _ where Act.ticketActions.contains(action):
            guard let ticket else { return [] }
            return panel.begin(action, on: ticket, agents: agents, context: context)
        default: break
        }
        return []
    }

    private func isPanelResult(_ input: ScreenInput) -> Bool {
        if case .performed = input { return panel.ticket != nil }
        return false
    }

    /// Articles the history names, first mention first.
    static func articleIDs(in events: [TicketEvent]) -> [Int64] {
        var seen = Set<Int64>()
        return events.compactMap(\.articleID).filter { seen.insert($0).inserted }
    }

    public mutating func load(from repository: any HelpDeskRepository, context: ScreenContext, refresh: Bool) throws {
        guard refresh || ticket == nil else { return }
        guard let fresh = try repository.ticket(id: ticketID) else { throw StoreLookupError.ticketNotFound(ticketID) }
        ticket = fresh
        events = try repository.events(ticketID: ticketID)
        let knowledgeBase = repository as? any KnowledgeBasePort
        articles = try knowledgeBase?.articleLinks(ticketID: ticketID) ?? []
        if let knowledgeBase {
            // Bounded (a hand-off line shows a handful of articles at most) and only the ones not
            // yet named: a live refresh after another technician's change does not query them again.
            for id in Self.articleIDs(in: events).prefix(8) where articleNames[id] == nil {
                if let article = try knowledgeBase.article(id: id) {
                    articleNames[id] = (article.externalID ?? "KB-\(id)") + " " + article.title
                }
            }
        }
        panel.refresh(fresh)
        if agents.isEmpty { agents = try repository.agents() }
        if let pendingDraft {
            panel.restore(pendingDraft, on: fresh, context: context)
            self.pendingDraft = nil
        }
    }
}

/// A ticket that disappeared (or never existed) when a screen went to load it.
public enum StoreLookupError: Error, Equatable, CustomStringConvertible {
    case ticketNotFound(Int64)
    case articleNotFound(Int64)
    public var description: String {
        switch self {
        case .ticketNotFound(let id): "no ticket #\(id)"
        case .articleNotFound(let id): "no article KB-\(id)"
        }
    }
}
