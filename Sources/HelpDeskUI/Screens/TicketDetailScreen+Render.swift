import HelpDeskCore
import TerminalKit

/// Drawing of the detail: a fixed header (id, priority, subject, fields), the hand-off box,
/// then the scrolling description and timeline.
extension TicketDetailScreen {
    public func render(into buffer: inout ScreenBuffer, area: Rect, context: ScreenContext) {
        guard let ticket else { return }
        let l10n = context.l10n
        var row = area.row
        let width = area.width - 2
        let left = area.column + 1

        // Line 1: #id P2 · Incident · area                      L2 · open · luis
        let right = "\(l10n.tier(ticket.tier)) · \(l10n.status(ticket.status)) · \(ticket.assignee ?? l10n(.unassigned))"
        var head = StyledLine([("#\(ticket.id) ", .strong), (ticket.priority.rawValue, TicketQueueScreen.role(for: ticket.priority)),
                               (" · \(l10n.kind(ticket.kind))", .normal)])
        if let category = ticket.category { head.segments.append((" · " + category.sanitized(), .normal)) }
        head.draw(into: &buffer, row: row, column: left, width: width - right.displayWidth - 1)
        buffer.write(right, row: row, column: area.maxColumn - 1 - right.displayWidth, role: ticket.status.isActive ? .info : .resolved, maxWidth: right.displayWidth)
        row += 1
        // Line 2: the subject, in full width.
        buffer.write(ticket.subject.sanitized(.singleLine), in: Rect(row: row, column: left, width: width, height: 1), role: .heading, attributes: .bold)
        row += 1
        // Line 3: requester · organisation (plan) · opened, and the headline SLA on the right.
        // When that does not fit (80 columns), "opened" and the SLA move to a line of their own
        // rather than cutting the plan.
        var who = "\(l10n(.fieldRequester)) \(ticket.requester)"
        if let org = ticket.organisation { who += " · \(org) (\(l10n(.fieldPlan)) \(ticket.plan.rawValue))" }
        who = who.sanitized(.singleLine)
        let opened = "\(l10n(.fieldCreated)) \(l10n.dateTime(ticket.createdAt))"
        let timer = context.sla.evaluate(ticket, history: events, now: context.now).headline
        let slaText = timer.label.isEmpty ? ""
            : l10n(.slaHeader, l10n.slaTimer(timer.kind), timer.label.trimmingCharacters(in: .whitespaces))
        let slaWidth = slaText.isEmpty ? 0 : slaText.displayWidth + 1
        let oneLine = who + " · " + opened
        if oneLine.displayWidth + slaWidth > width {
            buffer.write(who, in: Rect(row: row, column: left, width: width, height: 1), role: .dim)
            row += 1
            buffer.write(opened, in: Rect(row: row, column: left, width: width - slaWidth, height: 1), role: .dim)
        } else {
            buffer.write(oneLine, in: Rect(row: row, column: left, width: width - slaWidth, height: 1), role: .dim)
        }
        if !slaText.isEmpty {
            buffer.write(slaText, row: row, column: area.maxColumn - 1 - slaText.displayWidth,
                         role: TicketQueueScreen.role(for: timer), maxWidth: slaText.displayWidth)
        }
        row += 1
        if !articles.isEmpty {
            articlesLine(l10n).draw(into: &buffer, row: row, column: left, width: width)
            row += 1
        }

        if let handoff, area.maxRow - row > 8 {
            row = drawHandoff(handoff, at: row, area: area, context: context, buffer: &buffer)
        }
        buffer.horizontalLine(row: row, column: area.column, length: area.width)
        let separator = row
        row += 1

        let body = Rect(row: row, column: left, width: width, height: area.maxRow - row)
        let lines = TicketTimeline.lines(ticket: ticket, events: events, articleNames: articleNames, width: width, context: context)
        let top = min(scroll, max(0, lines.count - body.height))
        for (offset, line) in lines.dropFirst(top).prefix(body.height).enumerated() {
            line.draw(into: &buffer, row: body.row + offset, column: body.column, width: body.width)
        }
        let below = lines.count - top - body.height
        // On the rule above the body, so the indicator never covers timeline text.
        if below > 0 {
            let text = " " + l10n(.moreBelow, "\(below)") + " "
            buffer.write(text, row: separator, column: area.maxColumn - text.displayWidth - 1, role: .dim)
        }
        panel.render(into: &buffer, area: area, context: context)
    }

    /// `KB: KB-41 VPN: authentication failed… (used) · KB-12 Reset a domain password (suggested)`.
    func articlesLine(_ l10n: Localizer) -> StyledLine {
        var segments: [(String, StyleRole)] = [(l10n(.detailArticles) + " ", .label)]
        for (index, link) in articles.enumerated() {
            if index > 0 { segments.append((" · ", .dim)) }
            segments.append((link.articleReference + " ", .link))
            segments.append((TextFitting.truncate(link.articleTitle.sanitized(.singleLine), toWidth: 40), .normal))
            segments.append((" (" + l10n.linkKind(link.kind) + ")", .dim))
        }
        return StyledLine(segments)
    }

    private func drawHandoff(_ e: TicketEvent, at row: Int, area: Rect, context: ScreenContext, buffer: inout ScreenBuffer) -> Int {
        let l10n = context.l10n
        let inner = area.width - 4
        var content: [StyledLine] = []
        content += TicketTimeline.labelled(l10n(.handoffReason), e.reason, width: inner).prefix(2)
        content += TicketTimeline.labelled(l10n(.handoffTried), e.tried, width: inner).prefix(2)
        content += TicketTimeline.labelled(l10n(.handoffNote), e.text, width: inner).prefix(1)
        let summary = ticket.map { HandOff(escalation: e, ticket: $0, history: events) }
        if let summary { content += HandOffCard.articleLines(summary, names: articleNames, width: inner, l10n: l10n) }
        let fromTier = e.fromTier.map(l10n.tier) ?? "?"
        var title = l10n(.handoffTitle, e.actor.sanitized(), fromTier, l10n.shortDateTime(e.at, now: context.now))
        if let summary { title += HandOffCard.titleSuffix(summary, l10n: l10n) }
        let rect = Rect(row: row, column: area.column, width: area.width, height: content.count + 2)
        buffer.box(rect, role: .escalated, title: "▲ " + title, titleRole: .escalated)
        for (offset, line) in content.enumerated() {
            line.draw(into: &buffer, row: row + 1 + offset, column: area.column + 1, width: area.width - 2)
        }
        return rect.maxRow
    }
}
