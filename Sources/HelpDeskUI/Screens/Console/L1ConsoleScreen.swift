import Foundation
import HelpDeskCore
import TerminalKit

/// The L1 console (`1`, UX.md): the agent's open tickets and the unassigned queue on the left,
/// one cursor across both, a preview of the selected ticket with suggested articles on the
/// right, and the coaching feed (what came back from the tiers above) at the bottom.
public struct L1ConsoleScreen: Screen {
    public private(set) var mine: [Ticket] = []
    public private(set) var waiting: [Ticket] = []
    public private(set) var coaching: [CoachingItem] = []
    /// Suggested articles for the selected ticket, and which ticket they were found for.
    public private(set) var suggestions: [ArticleSuggestion] = []
    var suggestionsFor: Int64?
    /// Index into `mine + waiting`.
    public private(set) var cursor = 0
    var rowFacts = RowFactsCache()
    var panel = TicketActionPanel()
    var agents: [Agent] = []
    var mineCount = 0, waitingCount = 0
    var bodyHeight = 21
    /// `/` narrows both lists to tickets whose text matches; the counters stay the totals.
    public private(set) var searchText: String?

    /// How many rows each list fetches: enough for a tall terminal, bounded for a busy desk.
    static let listLimit = 40, coachingLimit = 5, suggestionLimit = 3

    public init() {}

    public var name: String { ScreenName.l1 }
    public var rows: [Ticket] { mine + waiting }
    public var selected: Ticket? { rows.indices.contains(cursor) ? rows[cursor] : nil }
    public var actionTicket: Ticket? { selected }
    public var wantsRawKeys: Bool { panel.isActive }
    public func typingKeys(_ context: ScreenContext) -> [LocalKey]? { panel.typingKeys(context) }
    /// The console is the L1 agent's list: `/` (advertised in its status bar) must work here.
    public var isSearchable: Bool { true }
    public var draft: Draft? { panel.draft }
    /// The preview's suggestions are fetched in an idle moment after the cursor moved.
    public var wantsIdleLoad: Bool { selected.map { $0.id != suggestionsFor } ?? false }
    /// Every loaded row is timed, not only the visible ones: the title's at-risk counter
    /// counts all of MY TICKETS, and the lists are bounded (``listLimit``).
    public var nextClockChange: Date? { rowFacts.nextChange(of: rows) }

    public mutating func clockMoved(context: ScreenContext) {
        rowFacts.retime(rows, clock: context.sla, now: context.now)
    }

    public func title(_ context: ScreenContext) -> String { context.l10n(.consoleTitle) }

    public func counters(_ context: ScreenContext) -> [String] {
        let l10n = context.l10n
        let atRisk = mine.filter { ticket in
            guard let state = rowFacts.facts(for: ticket).sla?.state else { return false }
            return state == .atRisk || state == .breached
        }.count
        return [l10n(.counterMine, "\(mineCount)"), l10n(.counterNew, "\(waitingCount)"), l10n(.counterAtRisk, "\(atRisk)")]
    }

    public func disabledReason(_ action: ActionID, _ context: ScreenContext) -> String? {
        switch action {
        case Act.open: selected == nil ? context.l10n(.reasonNoTicket) : nil
        case Act.kbDraft: context.l10n(.reasonKBMissing)
        default: nil
        }
    }

    public mutating func handle(_ input: ScreenInput, context: ScreenContext) -> [Effect] {
        if panel.isActive || isPanelResult(input) {
            return panel.handle(input, agents: agents, context: context)
        }
        if case .search(let text, _) = input {
            searchText = text.isEmpty ? nil : text
            cursor = 0
            return [.reload]
        }
        guard case .action(let action) = input else { return [] }
        switch action {
        case Act.moveDown: cursor = min(max(0, rows.count - 1), cursor + 1)
        case Act.moveUp: cursor = max(0, cursor - 1)
        case Act.top: cursor = 0
        case Act.bottom: cursor = max(0, rows.count - 1)
        case Act.open:
            guard let ticket = selected else { return [] }
            return [.openTicket(ticket.id)]
        case _ where Act.ticketActions.contains(action):
            guard let ticket = selected else { return [] }
            return panel.begin(action, on: ticket, agents: agents, context: context)
        default:
            break
        }
        return []
    }

    private func isPanelResult(_ input: ScreenInput) -> Bool {
        if case .performed = input { return panel.ticket != nil }
        return false
    }

    public mutating func load(from repository: any HelpDeskRepository, context: ScreenContext, refresh: Bool) throws {
        let selectedID = selected?.id
        let login = context.agent.login
        var query = TicketQuery(tiers: [.l1], statuses: TicketQuery.activeStatuses, assignment: .agent(login), limit: Self.listLimit)
        mineCount = try repository.countTickets(matching: query)
        query.assignment = .unassigned
        waitingCount = try repository.countTickets(matching: query)
        query.text = searchText
        waiting = try repository.tickets(matching: query)
        query.assignment = .agent(login)
        mine = try repository.tickets(matching: query)
        // The cursor follows its ticket when the lists change under it (another technician took it).
        if let selectedID, let index = rows.firstIndex(where: { $0.id == selectedID }) { cursor = index }
        cursor = min(cursor, max(0, rows.count - 1))
        try rowFacts.update(rows, clock: context.sla, now: context.now, from: repository)
        coaching = try (repository as? any CoachingFeedSource)?.coachingFeed(for: login, limit: Self.coachingLimit) ?? []
        if let ticket = selected, ticket.id != suggestionsFor || refresh {
            suggestions = try (repository as? any KnowledgeBasePort)?
                .suggestions(for: ticket.subject, lang: nil, limit: Self.suggestionLimit) ?? []
            suggestionsFor = ticket.id
        } else if selected == nil {
            suggestions = []
            suggestionsFor = nil
        }
        if let target = panel.ticket, let fresh = rows.first(where: { $0.id == target.id }) { panel.refresh(fresh) }
        if agents.isEmpty { agents = try repository.agents() }
    }

    public mutating func layout(area: Rect) { bodyHeight = area.height }
}
