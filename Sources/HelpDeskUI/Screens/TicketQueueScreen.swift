import Foundation
import HelpDeskCore
import TerminalKit

/// A ticket queue: one screen type for the L1, L2 and L3 queues (and all tiers at once),
/// parameterised by tier. Rows are fetched a page at a time as the cursor needs them.
public struct TicketQueueScreen: Screen {
    /// Whose tickets are listed; `f` cycles.
    public enum Filter: CaseIterable, Sendable {
        case mine, unassigned, all
    }

    /// `nil` lists every tier (the overseer's view until the dashboard exists).
    public let tier: Tier?
    public private(set) var filter: Filter
    public private(set) var order: TicketOrder = .urgency
    public private(set) var searchText: String?
    public private(set) var pager: TicketPager
    public private(set) var viewport = ListViewport(height: 10)
    var rowFacts = RowFactsCache()
    var panel = TicketActionPanel()
    var agents: [Agent] = []
    /// Counters for the title bar, counted in SQL on every load.
    var mineCount = 0
    var unassignedCount = 0
    /// Set by input that changes the query: the next load starts from the top.
    var needsReset = true
    /// Where `G` wants the cursor once enough rows are loaded.
    var jumpTarget: Int?
    /// The specialist area shown (`A` cycles through the agent's areas; nil is every area).
    public internal(set) var areaFilter: String?

    /// One agent's open tickets (the dashboard's workload drill-down); `f` is off then, since
    /// the list is already narrowed to that person.
    public let assignee: String?
    /// Only the tickets at risk or breached now (the dashboard's SLA counters' drill-down).
    /// Such a list changes with the clock alone, so it refreshes like the dashboard.
    public let sla: SLAListFilter.State?

    public init(tier: Tier?, filter: Filter = .all, assignee: String? = nil, sla: SLAListFilter.State? = nil) {
        self.tier = tier
        self.filter = filter
        self.assignee = assignee
        self.sla = sla
        self.pager = TicketPager(query: TicketQuery())
    }

    /// Tier queues are `l1`...`l3`; the all-tier list is a search across tiers.
    public var name: String { tier.map(\.rawValue) ?? ScreenName.search }
    public var actionTicket: Ticket? { selected }
    public var wantsRawKeys: Bool { panel.isActive }
    public func typingKeys(_ context: ScreenContext) -> [LocalKey]? { panel.typingKeys(context) }
    public var draft: Draft? { panel.draft }
    public var isSearchable: Bool { true }
    public var refreshesLive: Bool { sla != nil }
    /// The SLA column of the rows on screen turns at its own instants, not once a minute.
    public var nextClockChange: Date? { rowFacts.nextChange(of: visibleRows) }

    public mutating func clockMoved(context: ScreenContext) {
        rowFacts.retime(visibleRows, clock: context.sla, now: context.now)
    }

    /// The loaded rows inside the viewport (the ones whose facts are computed).
    var visibleRows: ArraySlice<Ticket> { pager.rows[viewport.visibleRange.clamped(to: pager.rows.indices)] }

    /// The ticket under the cursor.
    public var selected: Ticket? {
        pager.rows.indices.contains(viewport.cursor) ? pager.rows[viewport.cursor] : nil
    }

    public func title(_ context: ScreenContext) -> String {
        if let sla { return context.l10n(sla == .breached ? .screenSLABreached : .screenSLAAtRisk) }
        if let assignee { return context.l10n(.screenAgentTickets, assignee) }
        guard let tier else { return context.l10n(.screenAllTiers) }
        return context.l10n(.screenQueue, context.l10n.tier(tier))
    }

    public func counters(_ context: ScreenContext) -> [String] {
        [context.l10n(.counterMine, "\(mineCount)"), context.l10n(.counterUnassigned, "\(unassignedCount)")]
    }

    /// `f` and `o` are the queue's own keys until the catalogue has filter and sort actions.
    static let filterKey = Key.character("f"), sortKey = Key.character("o")

    public func localKeys(_ context: ScreenContext) -> [LocalKey] {
        let sort = LocalKey(key: Self.sortKey, title: context.l10n(.keySort))
        return (assignee == nil ? [LocalKey(key: Self.filterKey, title: context.l10n(.keyFilter)), sort] : [sort])
            + areaKeys(context)
    }

    public func disabledReason(_ action: ActionID, _ context: ScreenContext) -> String? {
        switch action {
        case Act.open: selected == nil ? context.l10n(.reasonNoTicket) : nil
        default: nil
        }
    }

    func query(for agent: Agent, now: Date) -> TicketQuery {
        var query = TicketQuery(statuses: TicketQuery.activeStatuses, text: searchText)
        query.sla = sla.map { SLAListFilter($0, asOf: now) }
        query.order = order
        if let tier { query.tiers = [tier] }
        query.category = areaFilter
        switch filter {
        case .mine: query.assignment = .agent(agent.login)
        case .unassigned: query.assignment = .unassigned
        case .all: query.assignment = .any
        }
        if let assignee { query.assignment = .agent(assignee) }
        return query
    }

    public mutating func handle(_ input: ScreenInput, context: ScreenContext) -> [Effect] {
        if panel.isActive || isPanelResult(input) {
            return panel.handle(input, agents: agents, context: context)
        }
        switch input {
        case .action(let action): return handle(action, context: context)
        case .key(Self.filterKey) where assignee == nil: return cycleFilter(context)
        case .key(Self.sortKey): return cycleSort(context)
        case .key(Self.areaKey): return cycleArea(context)
        case .search(let text, _):
            searchText = text.isEmpty ? nil : text
            needsReset = true
            return [.reload]
        case .key, .edited, .performed: return []
        }
    }

    private func isPanelResult(_ input: ScreenInput) -> Bool {
        if case .performed = input { return panel.ticket != nil }
        return false
    }

    private mutating func cycleFilter(_ context: ScreenContext) -> [Effect] {
        let all = Filter.allCases
        filter = all[(all.firstIndex(of: filter)! + 1) % all.count]
        needsReset = true
        return [.reload, .toast(context.l10n(.toastFilter, filterName(context.l10n)), .info)]
    }

    private mutating func cycleSort(_ context: ScreenContext) -> [Effect] {
        order = order == .urgency ? .newest : .urgency
        needsReset = true
        return [.reload, .toast(context.l10n(.toastSort, orderName(context.l10n)), .info)]
    }

    private mutating func handle(_ action: ActionID, context: ScreenContext) -> [Effect] {
        let before = viewport.cursor
        switch action {
        case Act.moveDown: viewport.moveDown()
        case Act.moveUp: viewport.moveUp()
        case Act.pageDown: viewport.pageDown()
        case Act.pageUp: viewport.pageUp()
        case Act.top: viewport.moveToTop()
        case Act.bottom:
            // G: the end of the list, which may need more pages first (loaded on the next load).
            viewport.moveToBottom()
            if !pager.exhausted { jumpTarget = pager.total - 1; return [.reload] }
        case Act.open:
            guard let ticket = selected else { return [] }
            return [.openTicket(ticket.id)]
        case Act.kbDraft:
            guard let ticket = selected else { return [] }
            return [.draftArticle(ticketID: ticket.id)]
        case Act.back:
            // Only reaches here when the queue was pushed (a dashboard drill-down): Esc returns.
            return [.back]
        case _ where Act.ticketActions.contains(action):
            guard let ticket = selected else { return [] }
            return panel.begin(action, on: ticket, agents: agents, context: context)
        default:
            return []
        }
        // Moving near the end of what is loaded asks for the next page.
        if viewport.cursor != before, viewport.cursor + viewport.height >= pager.rows.count, !pager.exhausted {
            return [.reload]
        }
        return []
    }

    func filterName(_ l10n: Localizer) -> String {
        switch filter {
        case .mine: l10n(.filterMine)
        case .unassigned: l10n(.filterUnassigned)
        case .all: l10n(.filterAll)
        }
    }

    func orderName(_ l10n: Localizer) -> String {
        order == .urgency ? l10n(.sortUrgency) : l10n(.sortNewest)
    }

    public mutating func load(from repository: any HelpDeskRepository, context: ScreenContext, refresh: Bool) throws {
        let query = query(for: context.agent, now: context.now)
        let selectedID = selected?.id
        var keepSelection = false
        if needsReset || !pager.query.isSameList(as: query) {
            pager.reset(query: query)
            viewport.move(to: 0)
            needsReset = false
        } else if refresh || query.sla != nil {
            // An SLA list is re-read at its new instant: tickets cross into it as time passes.
            pager.query = query
            try pager.refresh(from: repository)
            keepSelection = true
        }
        let target = jumpTarget ?? viewport.cursor
        let wanted = max(target + 1, viewport.top + viewport.height) + viewport.height
        try pager.ensureLoaded(upTo: wanted, from: repository)
        viewport.setCount(pager.rows.count)
        if let jump = jumpTarget {
            viewport.move(to: jump)
            jumpTarget = nil
        } else if keepSelection, let selectedID, let index = pager.rows.firstIndex(where: { $0.id == selectedID }) {
            // Another technician's change may move the row; the cursor follows the ticket.
            viewport.move(to: index)
        }
        try rowFacts.update(visibleRows, clock: context.sla, now: context.now, from: repository)
        if let target = panel.ticket, let fresh = pager.rows.first(where: { $0.id == target.id }) { panel.refresh(fresh) }
        if agents.isEmpty { agents = try repository.agents() }
        var counting = TicketQuery(statuses: TicketQuery.activeStatuses)
        if let tier { counting.tiers = [tier] }
        counting.assignment = .agent(context.agent.login)
        mineCount = try repository.countTickets(matching: counting)
        counting.assignment = .unassigned
        unassignedCount = try repository.countTickets(matching: counting)
    }

    /// Two rows go to the summary and the column headers.
    public mutating func layout(area: Rect) { viewport.setHeight(max(1, area.height - 2)) }
}
