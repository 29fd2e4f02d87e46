import HelpDeskCore
import TerminalKit

/// Drawing of the queue: a summary line, the column headers, the visible rows, and the action
/// panel on top. Every value from the database goes through the sanitiser and width-aware
/// fitting (``ColumnLayout/line(_:)`` fits; ``ScreenBuffer/write`` sanitises).
extension TicketQueueScreen {
    /// Columns in the order they appear; fixed columns drop from the right as the terminal
    /// narrows and the subject takes what is left.
    static func columns(_ l10n: Localizer) -> [ColumnSpec] {
        [
            ColumnSpec(id: "id", title: "#", width: 6, alignment: .right),
            ColumnSpec(id: "priority", title: l10n(.colPriority), width: 2),
            ColumnSpec(id: "sla", title: "SLA", width: 6, alignment: .right),
            ColumnSpec(id: "status", title: l10n(.colStatus), width: 12),
            ColumnSpec(id: "subject", title: l10n(.colSubject), width: 16, isFlexible: true),
            ColumnSpec(id: "requester", title: l10n(.colRequester), width: 16),
            ColumnSpec(id: "assignee", title: l10n(.colAssignee), width: 8),
            ColumnSpec(id: "markers", title: "", width: 2),
        ]
    }

    static func role(for priority: Priority) -> StyleRole {
        switch priority {
        case .p1: .p1
        case .p2: .p2
        case .p3: .p3
        case .p4: .p4
        }
    }

    static func role(for timer: SLATimer) -> StyleRole {
        switch timer.state {
        case .breached: .breached
        case .atRisk: .atRisk
        case .ok: .ok
        case .paused, .notApplicable: .dim
        case .met: .resolved
        }
    }

    public func render(into buffer: inout ScreenBuffer, area: Rect, context: ScreenContext) {
        let l10n = context.l10n
        var summary = pager.total == 1 ? l10n(.listSummaryOne, filterName(l10n), orderName(l10n))
            : l10n(.listSummary, filterName(l10n), orderName(l10n), "\(pager.total)")
        if let areaFilter { summary += " · " + l10n(.queueArea, areaFilter.sanitized(.singleLine)) }
        if let searchText { summary += " · " + l10n(.listSearch, searchText) }
        buffer.write(summary, in: area.row(0), role: .section)

        let layout = ColumnLayout(Self.columns(l10n), width: area.width - 1, gap: 1)
        buffer.write(" " + layout.headerLine, in: area.row(1), role: .header)
        let listArea = area.inset(top: 2)
        var viewport = viewport
        viewport.setHeight(listArea.height)

        if pager.rows.isEmpty {
            buffer.write(l10n(.listEmpty), in: listArea.row(1).inset(left: 2), role: .dim)
        }
        for (offset, index) in viewport.visibleRange.enumerated() {
            let ticket = pager.rows[index]
            let rowRect = listArea.row(offset)
            drawRow(ticket, layout: layout, in: rowRect, selected: index == viewport.cursor, context: context, buffer: &buffer)
        }
        // How much is below, on the summary line so it never covers a row.
        let below = pager.total - viewport.visibleRange.upperBound
        if below > 0 {
            let text = l10n(.moreBelow, "\(below)")
            buffer.write(" " + text + " ", row: area.row, column: area.maxColumn - text.displayWidth - 2, role: .dim)
        }
        panel.render(into: &buffer, area: area, context: context)
    }

    private func drawRow(_ ticket: Ticket, layout: ColumnLayout, in rect: Rect, selected: Bool, context: ScreenContext, buffer: inout ScreenBuffer) {
        let l10n = context.l10n
        let facts = rowFacts.facts(for: ticket)
        let raw: [String: String] = [
            "id": "\(ticket.id)",
            "priority": ticket.priority.rawValue,
            "sla": facts.sla?.label ?? "",  // blank when no SLA applies
            "status": l10n.shortStatus(ticket.status),
            "subject": ticket.subject,
            "requester": ticket.requester,
            "assignee": ticket.assignee ?? "—",
            "markers": facts.markers.text,
        ]
        // Sanitise before fitting, so a replaced control character cannot shift the columns.
        let values = raw.mapValues { $0.sanitized(.singleLine) }
        let line = " " + layout.line(values)
        let done = !ticket.status.isActive
        buffer.write(line, in: rect, role: selected ? .selected : (done ? .resolved : .normal))
        guard !selected else { return }
        // Colour only the cells whose meaning has a role; text stays readable without colour.
        for column in layout.columns {
            let cell = Rect(row: rect.row, column: rect.column + 1 + column.offset, width: column.width, height: 1)
            switch column.spec.id {
            case "priority": buffer.restyle(cell, role: Self.role(for: ticket.priority))
            case "id": buffer.restyle(cell, role: .dim)
            case "assignee" where ticket.assignee == nil: buffer.restyle(cell, role: .dim)
            case "sla":
                if let role = facts.sla.map(Self.role(for:)) { buffer.restyle(cell, role: role) }
            case "markers":
                let m = facts.markers
                if m.sentBack { buffer.restyle(cell, role: .sentBack) } else if m.escalatedIn { buffer.restyle(cell, role: .escalated) }
            default: break
            }
        }
    }
}
