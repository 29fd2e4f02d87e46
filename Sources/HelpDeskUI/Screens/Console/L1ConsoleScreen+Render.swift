import HelpDeskCore
import TerminalKit

/// Drawing of the console: lists and coaching on the left, the preview on the right. Ticket,
/// article and coaching text is untrusted: it is sanitised and fitted by width.
extension L1ConsoleScreen {
    public func render(into buffer: inout ScreenBuffer, area: Rect, context: ScreenContext) {
        let l10n = context.l10n
        let leftWidth = min(area.width - 24, max(40, area.width * 11 / 20))
        let left = Rect(row: area.row, column: area.column, width: leftWidth, height: area.height)
        let right = Rect(row: area.row, column: area.column + leftWidth + 1, width: area.width - leftWidth - 1, height: area.height)
        for row in area.rows { buffer.write("│", row: row, column: area.column + leftWidth, role: .border) }

        // Coaching takes the bottom of the left column: a heading and up to three items.
        let coachingRows = 1 + max(1, min(3, coaching.count))
        let lists = Rect(row: left.row, column: left.column, width: left.width, height: left.height - coachingRows - 1)
        drawLists(in: lists, context: context, buffer: &buffer)
        drawCoaching(in: Rect(row: lists.maxRow + 1, column: left.column, width: left.width, height: coachingRows), l10n: l10n, buffer: &buffer)
        drawPreview(in: right.inset(left: 1), context: context, buffer: &buffer)
        panel.render(into: &buffer, area: area, context: context)
    }

    private func drawLists(in rect: Rect, context: ScreenContext, buffer: inout ScreenBuffer) {
        let l10n = context.l10n
        // Two headings and the column header; the rest is shared, mine first but never all of it.
        let available = max(2, rect.height - 3)
        let mineRows = Self.mineRows(mine: mine.count, waiting: waiting.count, available: available)
        let waitingRows = max(1, available - mineRows)
        buffer.write(" " + l10n(.consoleMine), in: rect.row(0), role: .section)
        if let searchText {
            // Said on the heading, so a short list is never mistaken for all of the work.
            let note = " · " + l10n(.listSearch, searchText.sanitized(.singleLine))
            let column = rect.column + 1 + l10n(.consoleMine).displayWidth
            buffer.write(note, row: rect.row, column: column, role: .warning, maxWidth: rect.maxColumn - column, ellipsis: true)
        }
        let header = " P  " + TextFitting.fit("#", width: idWidth) + TextFitting.fit("SLA", width: SLATimer.labelWidth, alignment: .right)
            + "  " + l10n(.colSubject)
        buffer.write(header, in: rect.row(1), role: .header)
        drawSection(mine, offset: 0, empty: l10n(.consoleEmptyMine), from: rect.row + 2, rows: mineRows, width: rect.width, context: context, buffer: &buffer)
        let waitingTop = rect.row + 2 + mineRows
        buffer.write(" " + l10n(.consoleNew), in: Rect(row: waitingTop, column: rect.column, width: rect.width, height: 1), role: .section)
        drawSection(waiting, offset: mine.count, empty: l10n(.consoleEmptyNew), from: waitingTop + 1, rows: waitingRows, width: rect.width, context: context, buffer: &buffer)
    }

    private func drawSection(_ tickets: [Ticket], offset: Int, empty: String, from row: Int, rows: Int, width: Int,
                             context: ScreenContext, buffer: inout ScreenBuffer) {
        guard !tickets.isEmpty else {
            buffer.write("  " + empty, in: Rect(row: row, column: 0, width: width, height: 1), role: .dim)
            return
        }
        // Scroll the section so the cursor stays visible when it is inside it.
        let local = cursor - offset
        let top = (0..<tickets.count).contains(local) ? max(0, local - rows + 1) : 0
        for (line, index) in (top..<min(tickets.count, top + rows)).enumerated() {
            let ticket = tickets[index]
            let facts = rowFacts.facts(for: ticket)
            let sla = (facts.sla?.label ?? "").sanitized(.singleLine)
            let marker = facts.markers.sentBack ? "↩" : (facts.markers.escalatedIn ? "▲" : " ")
            // The SLA column holds the widest label (`-41d`, `-9d23h`), so the marker never cuts it.
            let head = " \(ticket.priority.rawValue) " + TextFitting.fit("\(ticket.id)", width: idWidth)
                + TextFitting.fit(sla, width: SLATimer.labelWidth, alignment: .right) + marker
            let text = head + " " + ticket.subject.sanitized(.singleLine)
            let rect = Rect(row: row + line, column: 0, width: width, height: 1)
            let isCursor = offset + index == cursor
            buffer.write(text, in: rect, role: isCursor ? .selected : .normal)
            guard !isCursor else { continue }
            buffer.restyle(Rect(row: rect.row, column: 1, width: 2, height: 1), role: TicketQueueScreen.role(for: ticket.priority))
            let slaColumn = 4 + idWidth
            if let timer = facts.sla {
                buffer.restyle(Rect(row: rect.row, column: slaColumn, width: SLATimer.labelWidth, height: 1), role: TicketQueueScreen.role(for: timer))
            }
            if facts.markers.sentBack {
                buffer.restyle(Rect(row: rect.row, column: slaColumn + SLATimer.labelWidth, width: 1, height: 1), role: .sentBack)
            }
        }
    }

    /// Rows for MY TICKETS out of `available` list rows: each section gets what it needs when
    /// both fit; otherwise mine gets at most half, plus whatever the new queue leaves unused.
    static func mineRows(mine: Int, waiting: Int, available: Int) -> Int {
        let wantMine = max(1, mine), wantWaiting = max(1, waiting)
        if wantMine + wantWaiting <= available { return wantMine }
        let half = max(1, available / 2)
        if wantMine <= half { return wantMine }
        return max(half, available - wantWaiting)
    }

    /// The id column: the longest id on the lists and a space, at least five cells as before.
    var idWidth: Int { max(5, "\(rows.map(\.id).max() ?? 0)".count + 1) }

    private func drawCoaching(in rect: Rect, l10n: Localizer, buffer: inout ScreenBuffer) {
        let heading = coaching.isEmpty ? l10n(.consoleCoaching) : l10n(.consoleCoachingNew, "\(coaching.count)")
        buffer.write(" " + heading, in: rect.row(0), role: .section)
        guard !coaching.isEmpty else {
            buffer.write("  " + l10n(.consoleNoCoaching), in: rect.row(1), role: .dim)
            return
        }
        for (offset, item) in coaching.prefix(rect.height - 1).enumerated() {
            let text: String
            let role: StyleRole
            switch item.kind {
            case .sentBack:
                text = " ↩ \(item.ticketID)  " + l10n(.coachingSentBack, item.actor, TriedItem.firstLine(item.text ?? "", limit: 200))
                role = .sentBack
            case .solvedWithArticle:
                text = " ✓ \(item.ticketID)  " + l10n(.coachingSolved, item.actor, item.articleReference ?? "", item.articleTitle ?? "")
                role = .success
            }
            buffer.write(text.sanitized(.singleLine), in: rect.row(1 + offset), role: .normal)
            buffer.restyle(Rect(row: rect.row + 1 + offset, column: rect.column + 1, width: 1, height: 1), role: role)
        }
    }

    private func drawPreview(in rect: Rect, context: ScreenContext, buffer: inout ScreenBuffer) {
        let l10n = context.l10n
        guard let ticket = selected, rect.width > 4 else { return }
        var row = rect.row
        var head = "#\(ticket.id) \(ticket.priority.rawValue) \(l10n.kind(ticket.kind))"
        if let category = ticket.category { head += " · " + category }
        buffer.write(head, in: rect.row(0), role: .strong)
        buffer.write(ticket.subject.sanitized(.singleLine), in: rect.row(1), role: .heading, attributes: .bold)
        var who = ticket.requester
        if let org = ticket.organisation { who += " · \(org) (\(ticket.plan.rawValue))" }
        buffer.write(who.sanitized(.singleLine), in: rect.row(2), role: .dim)
        let opened = l10n(.consoleOpened, l10n.shortDateTime(ticket.createdAt, now: context.now))
        let firstReply = ticket.firstResponseAt.map { l10n(.consoleFirstReply, l10n.shortDateTime($0, now: context.now)) }
        if let firstReply, (opened + " · " + firstReply).displayWidth > rect.width {
            // A narrow preview puts the first reply on the spare line instead of cutting it.
            buffer.write(opened, in: rect.row(3), role: .dim)
            buffer.write(firstReply, in: rect.row(4), role: .dim)
        } else {
            buffer.write(firstReply.map { opened + " · " + $0 } ?? opened, in: rect.row(3), role: .dim)
        }
        row += 5

        // Suggestions get the bottom four rows; the description what is left between.
        let suggestionTop = rect.maxRow - 1 - Self.suggestionLimit
        let description = StyledLine.wrapped(ticket.description, width: rect.width, prefix: "", prefixRole: .normal, role: .normal)
        for line in description.prefix(max(0, suggestionTop - row - 1)) {
            line.draw(into: &buffer, row: row, column: rect.column, width: rect.width)
            row += 1
        }
        guard suggestionTop > rect.row + 4 else { return }
        buffer.write(l10n(.consoleSuggested), in: Rect(row: suggestionTop, column: rect.column, width: rect.width, height: 1), role: .section)
        if suggestions.isEmpty {
            // Wrapped into the suggestion rows: the narrow preview would cut the sentence.
            let lines = TextFitting.wrap(l10n(.intakeNoSuggestions), width: max(1, rect.width - 2)).prefix(Self.suggestionLimit)
            for (offset, line) in lines.enumerated() {
                buffer.write("  " + line, in: Rect(row: suggestionTop + 1 + offset, column: rect.column, width: rect.width, height: 1), role: .dim)
            }
        }
        for (offset, article) in suggestions.enumerated() {
            let text = (offset == 0 ? "▸ " : "  ") + article.title.sanitized(.singleLine) + " (\(article.lang.rawValue))"
            buffer.write(text, in: Rect(row: suggestionTop + 1 + offset, column: rect.column, width: rect.width, height: 1), role: .link)
        }
    }
}
