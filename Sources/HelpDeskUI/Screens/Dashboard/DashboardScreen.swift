import Foundation
import HelpDeskCore
import TerminalKit

/// The supervisor dashboard (`4`, and the start screen of supervisors and admins): open tickets
/// per tier, SLA risk, flow metrics with trends, backlog age, the tickets that need attention
/// and the workload per agent (UX.md).
///
/// Every figure comes from SQL-backed calls (``SLARepository`` and two counts) per load, so the
/// screen costs the same on a desk of a hundred tickets or a million; it never lists tickets
/// itself. Every tile drills down (Enter) to the tickets behind it.
public struct DashboardScreen: Screen {
    /// What ←/→ select and Enter drills into.
    public enum Tile: Equatable, Sendable {
        /// An OPEN counter: Enter opens that tier's queue.
        case tier(Tier)
        /// An SLA counter (at risk, breached): Enter lists exactly the tickets it counts.
        case sla(SLAListFilter.State)
        /// The BREACHED / AT RISK list: j/k move in it, Enter opens the ticket.
        case attention
        /// The WORKLOAD bars: j/k choose an agent, Enter lists that agent's open tickets.
        case workload
        /// The KB GAPS line: Enter lists the gap searches and the uncovered categories' tickets.
        case kbGaps
    }

    /// In reading order, as ←/→ visit them: the OPEN counters, the SLA counters, then the lists.
    static let tiles: [Tile] = [.tier(.l1), .tier(.l2), .tier(.l3), .tier(.external), .sla(.atRisk), .sla(.breached), .attention, .workload, .kbGaps]
    /// Days of the sparklines, as in the UX sketch.
    static let trendDays = 14

    let metrics: (any SLARepository)?
    /// Where a gap search drills down to (the KB screen); nil when the UI has no knowledge base.
    let knowledgeBase: (any KnowledgeBasePort)?
    public private(set) var period: DashboardPeriod = .today
    public private(set) var report: MetricsReport?
    public private(set) var watch: [SLAWatchItem] = []
    /// Open tickets at risk and breached now, counted with the very queries their drill-down
    /// lists use, so a counter and its list always agree.
    public private(set) var slaCounts: [SLAListFilter.State: Int] = [:]
    /// The attention rows' timers, computed like every list's SLA column (business time).
    var rowFacts = RowFactsCache()
    /// The tile ←/→ selected; the attention list by default, the thing a supervisor acts on.
    public private(set) var tile: Tile = .attention
    /// The cursor in the attention list.
    public private(set) var cursor = 0
    /// The cursor in the workload list.
    public private(set) var agentCursor = 0
    /// Rows the body has, to fetch only as many attention items as can be shown.
    var areaHeight = 20

    /// `metrics` nil (a repository without the SQL metrics) shows an explanation, not zeros
    /// that would look like a quiet desk.
    public init(metrics: (any SLARepository)?, knowledgeBase: (any KnowledgeBasePort)? = nil, period: DashboardPeriod = .today) {
        self.metrics = metrics
        self.knowledgeBase = knowledgeBase
        self.period = period
    }

    public var name: String { ScreenName.dashboard }
    /// Ticket actions need the ticket's detail (Enter) so the supervisor sees what they act on.
    public var actionTicket: Ticket? { nil }
    public var wantsRawKeys: Bool { false }
    public var refreshesLive: Bool { true }

    /// The agent under the workload cursor.
    public var selectedAgent: AgentWorkload? {
        let workload = report?.workload ?? []
        return workload.indices.contains(agentCursor) ? workload[agentCursor] : nil
    }

    var workloadCount: Int { report?.workload.count ?? 0 }

    /// The attention item under the cursor.
    public var selectedItem: SLAWatchItem? { watch.indices.contains(cursor) ? watch[cursor] : nil }

    public func title(_ context: ScreenContext) -> String {
        context.l10n(.screenDashboard, period.name(context.l10n))
    }

    public func counters(_ context: ScreenContext) -> [String] {
        guard let report else { return [] }
        return [context.l10n(.counterTotal, "\(report.openByTier.total)"), context.l10n(.counterBreached, "\(slaCounts[.breached] ?? 0)")]
    }

    public func disabledReason(_ action: ActionID, _ context: ScreenContext) -> String? {
        switch action {
        case Act.open where tile == .attention && selectedItem == nil: context.l10n(.reasonNoTicket)
        case Act.open where tile == .workload && selectedAgent == nil: context.l10n(.dashNoWorkload)
        case Act.kbDraft: context.l10n(.reasonNoTicket)
        default: nil
        }
    }

    public mutating func layout(area: Rect) {
        areaHeight = area.height
    }

    public mutating func handle(_ input: ScreenInput, context: ScreenContext) -> [Effect] {
        guard case .action(let action) = input else { return [] }
        switch action {
        case Act.moveLeft: moveTile(by: -1)
        case Act.moveRight: moveTile(by: 1)
        case Act.moveDown where tile == .workload:
            agentCursor = min(agentCursor + 1, max(0, workloadCount - 1))
        case Act.moveUp where tile == .workload:
            agentCursor = max(0, agentCursor - 1)
        case Act.moveDown:
            tile = .attention
            cursor = min(cursor + 1, max(0, watch.count - 1))
        case Act.moveUp:
            tile = .attention
            cursor = max(0, cursor - 1)
        case Act.top where tile == .workload: agentCursor = 0
        case Act.bottom where tile == .workload: agentCursor = max(0, workloadCount - 1)
        case Act.top: cursor = 0
        case Act.bottom: cursor = max(0, watch.count - 1)
        case Act.dashboardPeriod:
            period = period.next
            return [.reload, .toast(context.l10n(.toastPeriod, period.name(context.l10n)), .info)]
        case Act.open: return drillDown(context)
        default: break
        }
        return []
    }

    private mutating func moveTile(by step: Int) {
        let all = Self.tiles
        let index = all.firstIndex(of: tile) ?? 0
        tile = all[(index + step + all.count) % all.count]
    }

    /// Enter: a tier tile opens that tier's queue on top of the dashboard (Esc comes back), an
    /// SLA counter the tickets it counts; the attention list opens the ticket under the cursor.
    private func drillDown(_ context: ScreenContext) -> [Effect] {
        switch tile {
        case .tier(let tier): return [.push(TicketQueueScreen(tier: tier))]
        case .sla(let state): return [.push(TicketQueueScreen(tier: nil, sla: state))]
        case .attention:
            guard let item = selectedItem else { return [] }
            return [.openTicket(item.ticket.id)]
        case .workload:
            guard let agent = selectedAgent else { return [] }
            return [.push(TicketQueueScreen(tier: nil, assignee: agent.login))]
        case .kbGaps:
            guard let report else { return [] }
            return [.push(KBGapsScreen(gaps: report.kbGaps, periodName: period.name(context.l10n), knowledgeBase: knowledgeBase))]
        }
    }

    public mutating func load(from repository: any HelpDeskRepository, context: ScreenContext, refresh: Bool) throws {
        guard let metrics else { return }
        let now = context.now
        let timeZone = context.l10n.timeZone
        let (from, to) = period.interval(now: now, timeZone: timeZone)
        report = try metrics.metricsReport(from: from, to: to, now: now, timeZone: timeZone, trendDays: Self.trendDays)
        let selectedID = selectedItem?.ticket.id
        // At most a screenful: the list is drawn below the figures, never scrolled past that.
        for state in SLAListFilter.State.allCases {
            slaCounts[state] = try repository.countTickets(matching: Self.slaQuery(state, now: now))
        }
        watch = try metrics.atRiskAndBreached(limit: max(5, areaHeight), now: now)
        try rowFacts.update(watch.map(\.ticket), clock: context.sla, now: now, from: repository)
        // The list reorders as timers move; the cursor stays on its ticket while it is listed.
        if let selectedID, let index = watch.firstIndex(where: { $0.ticket.id == selectedID }) {
            cursor = index
        } else {
            cursor = min(cursor, max(0, watch.count - 1))
        }
        agentCursor = min(agentCursor, max(0, workloadCount - 1))
    }

    /// The open tickets an SLA counter counts; its drill-down list runs the same query.
    static func slaQuery(_ state: SLAListFilter.State, now: Date) -> TicketQuery {
        var query = TicketQuery(statuses: TicketQuery.activeStatuses)
        query.sla = SLAListFilter(state, asOf: now)
        return query
    }

    /// The attention row's timer (business time, from ``SLAClock`` as in the queues).
    func attentionTimer(_ item: SLAWatchItem) -> SLATimer? {
        rowFacts.facts(for: item.ticket).timers?.attention
    }
}
