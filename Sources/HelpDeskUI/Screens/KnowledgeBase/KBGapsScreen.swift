import Foundation
import HelpDeskCore
import TerminalKit

/// The dashboard's KB-gaps drill-down: the categories escalated in the period without a
/// published article, each with its most recent escalated tickets, then the searches that
/// found nothing, most frequent first. Enter on a ticket opens it (what did the specialist do?
/// that is the article to write); Enter on a search opens it in the KB screen (is there really
/// nothing?). A snapshot of the dashboard's report: Esc and the dashboard's reload refresh it.
public struct KBGapsScreen: Screen {
    enum Row: Equatable {
        case heading(UIString)
        case category(UncoveredCategory)
        case ticket(GapTicket)
        case search(SearchGap)
        case empty

        var isSelectable: Bool {
            switch self {
            case .ticket, .search: true
            default: false
            }
        }
    }

    public let gaps: KBGapReport
    let periodName: String
    let knowledgeBase: (any KnowledgeBasePort)?
    let rows: [Row]
    public private(set) var cursor: Int
    var top = 0
    var height = 20

    public init(gaps: KBGapReport, periodName: String, knowledgeBase: (any KnowledgeBasePort)?) {
        self.gaps = gaps
        self.periodName = periodName
        self.knowledgeBase = knowledgeBase
        var rows: [Row] = []
        if !gaps.uncoveredCategories.isEmpty {
            rows.append(.heading(.dashGapCategories))
            for category in gaps.uncoveredCategories {
                rows.append(.category(category))
                rows += category.tickets.map(Row.ticket)
            }
        }
        if !gaps.searches.isEmpty {
            rows.append(.heading(.dashGapSearches))
            rows += gaps.searches.map(Row.search)
        }
        if rows.isEmpty { rows = [.empty] }
        self.rows = rows
        cursor = rows.firstIndex { $0.isSelectable } ?? 0
    }

    public var name: String { ScreenName.dashboard }
    public var actionTicket: Ticket? { nil }
    public var wantsRawKeys: Bool { false }

    public func title(_ context: ScreenContext) -> String { context.l10n(.screenKBGaps, periodName) }

    public func disabledReason(_ action: ActionID, _ context: ScreenContext) -> String? {
        switch action {
        case Act.open where !rows[cursor].isSelectable: context.l10n(.gapsEmpty)
        case Act.open where knowledgeBase == nil && { if case .search = rows[cursor] { true } else { false } }():
            context.l10n(.reasonKBMissing)
        case Act.kbDraft: context.l10n(.reasonNoTicket)
        // The list is the dashboard's period; Esc and p there change it.
        case Act.dashboardPeriod: context.l10n(.gapsPeriod)
        default: nil
        }
    }

    public mutating func layout(area: Rect) { height = max(1, area.height - 2) }

    public mutating func handle(_ input: ScreenInput, context: ScreenContext) -> [Effect] {
        guard case .action(let action) = input else { return [] }
        switch action {
        case Act.back: return [.back]
        case Act.moveDown: move(by: 1)
        case Act.moveUp: move(by: -1)
        case Act.top: cursor = rows.firstIndex { $0.isSelectable } ?? 0
        case Act.bottom: cursor = rows.lastIndex { $0.isSelectable } ?? 0
        case Act.open:
            switch rows[cursor] {
            case .ticket(let ticket): return [.openTicket(ticket.id)]
            case .search(let gap):
                guard let knowledgeBase else { return [] }
                return [.push(KnowledgeBaseScreen(knowledgeBase: knowledgeBase, query: gap.query, language: gap.lang))]
            default: return []
            }
        default: break
        }
        if cursor < top { top = cursor }
        if cursor >= top + height { top = cursor - height + 1 }
        return []
    }

    /// To the next selectable row in that direction, if there is one.
    private mutating func move(by step: Int) {
        var index = cursor + step
        while rows.indices.contains(index) {
            if rows[index].isSelectable { cursor = index; return }
            index += step
        }
    }

    public mutating func load(from repository: any HelpDeskRepository, context: ScreenContext, refresh: Bool) throws {}

    public func render(into buffer: inout ScreenBuffer, area: Rect, context: ScreenContext) {
        let l10n = context.l10n
        let inner = area.inset(left: 1, right: 1)
        let list = inner.inset(bottom: 2)
        for (offset, row) in rows.dropFirst(top).prefix(list.height).enumerated() {
            let index = top + offset
            let line = list.row(offset)
            let selected = index == cursor && row.isSelectable
            let styled = Self.line(row, context: context)
            if selected {
                buffer.write(styled.segments.map(\.text).joined(), in: line, role: .selected)
            } else {
                styled.draw(into: &buffer, row: line.row, column: line.column, width: line.width)
            }
        }
        buffer.write(l10n(.gapsHint), in: inner.row(inner.height - 1), role: .dim)
    }

    static func line(_ row: Row, context: ScreenContext) -> StyledLine {
        let l10n = context.l10n
        switch row {
        case .heading(let key): return StyledLine(l10n(key), role: .section)
        case .empty: return StyledLine(l10n(.gapsEmpty), role: .dim)
        case .category(let category):
            return StyledLine([("▲\(category.escalatedTickets)  ", .escalated), (category.category, .strong)])
        case .ticket(let ticket):
            return StyledLine([("    #\(ticket.id)  ", .dim), (ticket.subject, .normal), ("  " + l10n.status(ticket.status), .dim)])
        case .search(let gap):
            let seen = l10n.shortDateTime(gap.lastSeen, now: context.now)
            return StyledLine([(TextFitting.pad("\(gap.count)", toWidth: 5, alignment: .right) + "  ", .strong),
                               ("“" + gap.query + "”", .normal),
                               ("  " + (gap.lang?.rawValue ?? "*") + " · " + seen + " · " + gap.lastAgent, .dim)])
        }
    }
}
