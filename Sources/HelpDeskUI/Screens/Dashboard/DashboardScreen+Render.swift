import Foundation
import HelpDeskCore
import TerminalKit

/// Drawing of the dashboard: figure rows on top (two columns), then the attention list and the
/// workload side by side down to the bottom. Narrow terminals (80 columns) keep the essentials
/// with shorter bars; from 120 columns, rows with MTTR per priority, escalation per tier and
/// created/resolved trends appear, and the attention list gains tier, assignee and the
/// SLA timer at stake.
extension DashboardScreen {
    /// From this width the richer layout is used.
    static let wideWidth = 120
    /// The longest bar of the backlog and workload charts, in cells.
    static let maxBarWidth = 30
    /// The attention list keeps at least this much of the subject before adding columns.
    static let minimumSubject = 20

    public func render(into buffer: inout ScreenBuffer, area: Rect, context: ScreenContext) {
        let l10n = context.l10n
        guard metrics != nil else {
            buffer.write(l10n(.dashUnavailable), in: area.row(1).inset(left: 2), role: .dim)
            return
        }
        guard let report else { return }
        let wide = area.width >= Self.wideWidth
        let inner = area.inset(left: 1, right: 1)
        let split = wide ? inner.width / 2 : max(40, inner.width / 2 + 1)

        var rows: [(left: StyledLine, right: StyledLine)] = [
            (openLine(report, l10n), slaLine(l10n)),
            (rateLine(l10n(.dashFCR, period.name(l10n)), report.firstContactResolutionRate, report.trends.firstContactResolutionRate,
                      days: true, l10n),
             // At 80 columns the right half has no room for a second "(14 d)"; the left one says it.
             rateLine(l10n(.dashEscalation), report.escalationRate, report.trends.escalationRate, days: wide, l10n)),
            (mttrLine(report, groups: ["l1", "l2", "l3"], l10n), csatLine(report, l10n)),
        ]
        if wide {
            rows.append((mttrLine(report, groups: Priority.allCases.map(\.rawValue), l10n), escalationByTierLine(report, l10n)))
            rows.append((countLine(l10n(.dashCreated), report.ticketsCreated, report.trends.created),
                         countLine(l10n(.dashResolved), report.ticketsResolved, report.trends.resolved)))
        }
        // A pair that does not fit side by side (below 80 columns) takes two lines: cut at the
        // half, the right figure lost its number ("SLA  at risk 0  br").
        var top = 0
        for row in rows {
            if row.left.usedWidth <= split - 1 && row.right.usedWidth <= inner.width - split {
                row.left.draw(into: &buffer, row: inner.row + top, column: inner.column, width: split - 1)
                row.right.draw(into: &buffer, row: inner.row + top, column: inner.column + split, width: inner.width - split)
                top += 1
            } else {
                row.left.draw(into: &buffer, row: inner.row + top, column: inner.column, width: inner.width)
                row.right.draw(into: &buffer, row: inner.row + top + 1, column: inner.column, width: inner.width)
                top += 2
            }
        }
        backlogLine(report, width: inner.width, l10n).draw(into: &buffer, row: inner.row + top, column: inner.column, width: inner.width)
        top += 1
        if let coverage = report.coverage {
            let rows = Self.coverageRows(coverage, inner: inner)
            drawCoverage(coverage, into: &buffer, rect: Rect(row: inner.row + top, column: inner.column, width: inner.width, height: rows), l10n: l10n)
            top += rows
        }
        top += 1

        let gapRows = min(Self.gapRows(wide: wide), max(0, inner.height - top - 3))
        let lists = Rect(row: inner.row + top, column: inner.column, width: inner.width, height: max(0, inner.height - top - gapRows - 1))
        let listWidth = wide ? inner.width * 3 / 5 : inner.width - min(30, inner.width / 3)
        drawAttention(into: &buffer, rect: Rect(row: lists.row, column: lists.column, width: listWidth - 2, height: lists.height),
                      wide: wide, context: context)
        drawWorkload(report.workload, into: &buffer,
                     rect: Rect(row: lists.row, column: lists.column + listWidth, width: inner.width - listWidth, height: lists.height),
                     l10n: l10n)
        drawGaps(report.kbGaps, into: &buffer, rect: Rect(row: inner.maxRow - gapRows, column: inner.column, width: inner.width, height: gapRows),
                 wide: wide, context: context)
    }

    // MARK: Figure rows

    private func openLine(_ report: MetricsReport, _ l10n: Localizer) -> StyledLine {
        var segments: [(String, StyleRole)] = [(l10n(.dashOpen) + "  ", .section)]
        for tier in Tier.allCases {
            let text = "\(tier == .external ? l10n.tier(tier) : tier.label) \(report.openByTier[tier])"
            segments.append((text, tile == .tier(tier) ? .selected : .normal))
            segments.append(("  ", .normal))
        }
        return StyledLine(segments)
    }

    /// `SLA  at risk 5  breached 2`: open tickets as of now, whatever the period, so each
    /// counter equals the list Enter opens.
    private func slaLine(_ l10n: Localizer) -> StyledLine {
        let atRisk = slaCounts[.atRisk] ?? 0, breached = slaCounts[.breached] ?? 0
        return StyledLine([
            ("SLA  ", .section),
            (l10n(.dashAtRisk, "\(atRisk)"), tile == .sla(.atRisk) ? .selected : (atRisk > 0 ? .atRisk : .normal)), ("  ", .normal),
            (l10n(.dashBreached, "\(breached)"), tile == .sla(.breached) ? .selected : (breached > 0 ? .breached : .normal)),
        ])
    }

    /// `FCR today  64%  ▃▄▅▅▆▅▇ (14 d)`: the period's rate, then the daily rate over 14 days on
    /// a fixed 0–100% scale, so a flat line reads as stable rather than as "maximum".
    private func rateLine(_ label: String, _ rate: Double?, _ trend: [Double?], days: Bool, _ l10n: Localizer) -> StyledLine {
        var segments: [(String, StyleRole)] = [
            (label + "  ", .section), (DashboardFormat.percent(rate) + "  ", .strong), (Sparkline.render(trend, range: 0...1), .chart),
        ]
        if days { segments.append((" " + l10n(.dashTrendDays, "\(trend.count)"), .dim)) }
        return StyledLine(segments)
    }

    private func mttrLine(_ report: MetricsReport, groups: [String], _ l10n: Localizer) -> StyledLine {
        let byPriority = groups.first?.hasPrefix("P") ?? false
        let stats = byPriority ? report.timeToResolveByPriority : report.timeToResolveByTier
        var segments: [(String, StyleRole)] = [(l10n(.dashMTTR) + "  ", .section)]
        for group in groups {
            segments.append((group.uppercased() + " ", .dim))
            segments.append((DashboardFormat.hours(DashboardFormat.meanHours(stats, group)) + "  ", .normal))
        }
        return StyledLine(segments)
    }

    private func csatLine(_ report: MetricsReport, _ l10n: Localizer) -> StyledLine {
        let average = report.csat.average.map { DashboardFormat.decimal($0, l10n) + "/5" } ?? DashboardFormat.none
        return StyledLine([
            ("CSAT  ", .section), (average, .strong), (" (\(report.csat.count))  ", .dim),
            (Sparkline.render(report.trends.csatAverage, range: 1...5), .chart),
        ])
    }

    private func escalationByTierLine(_ report: MetricsReport, _ l10n: Localizer) -> StyledLine {
        var segments: [(String, StyleRole)] = [(l10n(.dashEscalatedFrom) + "  ", .section)]
        for tier in [Tier.l1, .l2, .l3] {
            segments.append((tier.label + " ", .dim))
            segments.append((DashboardFormat.percent(report.escalationRateByTier[tier.rawValue]) + "  ", .normal))
        }
        return StyledLine(segments)
    }

    private func countLine(_ label: String, _ total: Int, _ trend: [Int]) -> StyledLine {
        StyledLine([(label + "  ", .section), ("\(total)  ", .strong), (Sparkline.render(trend), .chart)])
    }

    /// `BACKLOG AGE  <4h ████ 31  <1d ██ 15 ...`: bars share one scale so buckets compare.
    private func backlogLine(_ report: MetricsReport, width: Int, _ l10n: Localizer) -> StyledLine {
        let title = l10n(.dashBacklog) + "  "
        let buckets = report.backlogAge.buckets.map { bucket in
            (label: bucket.label == "older" ? l10n(.dashOlder) : bucket.label, count: bucket.count)
        }
        let maximum = buckets.map(\.count).max() ?? 0
        let budget = (width - title.displayWidth) / max(1, buckets.count)
        var segments: [(String, StyleRole)] = [(title, .section)]
        for bucket in buckets {
            let fixed = bucket.label.displayWidth + "\(bucket.count)".displayWidth + 4
            let bar = Sparkline.bar(bucket.count, of: maximum, width: max(1, min(Self.maxBarWidth, budget - fixed)))
            segments.append((bucket.label + " ", .dim))
            segments.append((bar + (bar.isEmpty ? "" : " "), .chart))
            segments.append(("\(bucket.count)  ", .normal))
        }
        return StyledLine(segments)
    }

    // MARK: Lists

    private func drawAttention(into buffer: inout ScreenBuffer, rect: Rect, wide: Bool, context: ScreenContext) {
        guard rect.height > 0 else { return }
        let l10n = context.l10n
        let focused = tile == .attention
        buffer.write(l10n(.dashAttention), row: rect.row, column: rect.column, role: focused ? .selected : .section)
        // The countdowns are business time on each ticket's calendar, like the queues' SLA column.
        let note = " · " + l10n(.dashBusinessTime)
        let noteColumn = rect.column + l10n(.dashAttention).displayWidth
        if noteColumn + note.displayWidth <= rect.maxColumn {
            buffer.write(note, row: rect.row, column: noteColumn, role: .dim)
        }
        guard !watch.isEmpty else {
            buffer.write(l10n(.dashNothingAtRisk), in: rect.row(1), role: .dim)
            return
        }
        let idWidth = watch.map { "#\($0.ticket.id)".displayWidth }.max() ?? 0
        let first = Self.firstVisible(cursor: cursor, count: watch.count, rows: rect.height - 1)
        for (offset, item) in watch.dropFirst(first).prefix(rect.height - 1).enumerated() {
            let index = first + offset
            let ticket = item.ticket
            let timer = attentionTimer(item)
            let countdown = timer?.label ?? ""
            let breached = timer.map { $0.state == .breached } ?? item.isBreached
            var segments: [(String, StyleRole)] = [
                // The widest label plus one space, so the priority never touches it.
                (DashboardFormat.pad(countdown, SLATimer.labelWidth + 1), breached ? .breached : .atRisk),
                (ticket.priority.rawValue + " ", TicketQueueScreen.role(for: ticket.priority)),
                (DashboardFormat.pad("#\(ticket.id)", idWidth + 1), .dim),
            ]
            // The wide layout's extra columns, each only while the subject keeps room to be read
            // (at 120 columns the timer name would leave it ten cells).
            let fixed = SLATimer.labelWidth + 1 + 3 + idWidth + 1
            let withTierAndAssignee = wide && rect.width - fixed - 18 >= Self.minimumSubject
            let withTimer = withTierAndAssignee && rect.width - fixed - 18 - 24 >= Self.minimumSubject
            if withTierAndAssignee {
                let tier = ticket.tier == .external ? (ticket.externalName ?? l10n.tier(.external)) : ticket.tier.label
                segments.append((DashboardFormat.pad(TextFitting.truncate(tier, toWidth: 8), 9), .normal))
                let assignee = TextFitting.truncate(ticket.assignee ?? "—", toWidth: 8)
                segments.append((DashboardFormat.pad(assignee, 9), ticket.assignee == nil ? .dim : .normal))
            }
            if withTimer {
                // Which promise is at stake: a missed first response calls for a different fix than a late resolution.
                segments.append((DashboardFormat.pad(TextFitting.truncate(l10n.slaTimer(timer?.kind ?? item.timer), toWidth: 23), 24), .dim))
            }
            // The subject takes what is left, cut with an ellipsis rather than mid-word at the edge.
            let used = segments.reduce(0) { $0 + $1.0.displayWidth }
            segments.append((TextFitting.truncate(ticket.subject.sanitized(.singleLine), toWidth: max(0, rect.width - used)), .normal))
            let row = rect.row(offset + 1)
            if index == cursor {
                buffer.write(StyledLine(segments).segments.map { $0.text }.joined(), in: row, role: focused ? .selected : .selectedInactive)
            } else {
                StyledLine(segments).draw(into: &buffer, row: row.row, column: row.column, width: row.width)
            }
        }
    }

    /// Open tickets per agent as bars on one scale, busiest first, so an overloaded technician
    /// stands out at a glance.
    private func drawWorkload(_ workload: [AgentWorkload], into buffer: inout ScreenBuffer, rect: Rect, l10n: Localizer) {
        guard rect.height > 0, rect.width > 0 else { return }
        let focused = tile == .workload
        buffer.write(l10n(.dashWorkload), row: rect.row, column: rect.column, role: focused ? .selected : .section)
        guard !workload.isEmpty else {
            buffer.write(l10n(.dashNoWorkload), in: rect.row(1), role: .dim)
            return
        }
        let sorted = workload  // busiest first, ties by login (``Metrics/workload(_:)``)
        let loginWidth = min(10, sorted.map { $0.login.sanitized(.singleLine).displayWidth }.max() ?? 0)
        let maximum = sorted.map(\.open).max() ?? 0
        let countWidth = "\(maximum)".displayWidth
        // Capped so a wide terminal does not turn one ticket into a screen-wide bar.
        let barWidth = max(1, min(Self.maxBarWidth, rect.width - loginWidth - countWidth - 3))
        let first = Self.firstVisible(cursor: agentCursor, count: sorted.count, rows: rect.height - 1)
        for (offset, agent) in sorted.dropFirst(first).prefix(rect.height - 1).enumerated() {
            let index = first + offset
            let login = TextFitting.truncate(agent.login.sanitized(.singleLine), toWidth: loginWidth)
            let line = StyledLine([
                (DashboardFormat.pad(login, loginWidth + 1), .normal),
                (Sparkline.bar(agent.open, of: maximum, width: barWidth) + " ", .chart),
                ("\(agent.open)", .strong),
            ])
            if focused && index == agentCursor {
                buffer.write(line.segments.map { $0.text }.joined(), in: rect.row(offset + 1), role: .selected)
            } else {
                line.draw(into: &buffer, row: rect.row + offset + 1, column: rect.column, width: rect.width)
            }
        }
    }

    /// The first item shown in a list of `rows` rows so that the cursor's row is one of them:
    /// j went on past the last visible row and the highlight vanished (Enter then opened a
    /// ticket nobody could see).
    static func firstVisible(cursor: Int, count: Int, rows: Int) -> Int {
        guard rows > 0 else { return 0 }
        return max(0, min(cursor - rows + 1, count - rows))
    }
}
