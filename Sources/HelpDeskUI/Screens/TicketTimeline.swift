import Foundation
import HelpDeskCore
import TerminalKit

/// Turns a ticket's history into screen lines. Public replies and internal notes must never be
/// confused (a note read as a reply leaks internal talk to a customer), so each has its own
/// role, its own bar character and a tag in words: the difference survives a monochrome terminal.
public enum TicketTimeline {
    /// `articleNames`: reference and title per article id (see `TicketDetailScreen.articleNames`).
    public static func lines(ticket: Ticket, events: [TicketEvent], articleNames: [Int64: String] = [:], width: Int,
                             context: ScreenContext) -> [StyledLine] {
        let l10n = context.l10n
        var lines: [StyledLine] = []
        lines.append(StyledLine(l10n(.sectionDescription), role: .section))
        let description = ticket.description.trimmingCharacters(in: .whitespacesAndNewlines)
        if description.isEmpty {
            lines.append(StyledLine("  " + l10n(.noDescription), role: .dim))
        } else {
            lines += StyledLine.wrapped(description, width: width, prefix: "  ", prefixRole: .normal, role: .normal)
        }
        lines.append(StyledLine())
        lines.append(StyledLine(l10n(.sectionHistory), role: .section))
        for event in events {
            lines += eventLines(event, articleNames: articleNames, width: width, context: context)
        }
        return lines
    }

    static func eventLines(_ e: TicketEvent, articleNames: [Int64: String] = [:], width: Int, context: ScreenContext) -> [StyledLine] {
        let l10n = context.l10n
        let when = l10n.shortDateTime(e.at, now: context.now)
        let stamp = when + " "
        func line(_ text: String, _ role: StyleRole) -> [StyledLine] { head(stamp, text, role, width: width) }
        func body(_ text: String?, bar: String, role: StyleRole) -> [StyledLine] {
            guard let text, !text.isEmpty else { return [] }
            return StyledLine.wrapped(text, width: width, prefix: "   \(bar) ", prefixRole: role, role: role)
        }
        switch e.type {
        case .created: return line(l10n(.evCreated, e.actor), .event)
        case .reply:
            return line("[\(l10n(.replyTag))] " + l10n(.evReply, e.actor), .reply) + body(e.text, bar: "│", role: .reply)
        case .note:
            return line("[\(l10n(.internalTag))] " + l10n(.evNote, e.actor), .internalNote) + body(e.text, bar: "┃", role: .internalNote)
        case .assigned: return line(l10n(.evAssigned, e.actor, e.assignee ?? "—"), .event)
        case .taken: return line(l10n(.evTaken, e.actor), .event)
        case .statusChanged:
            return line(l10n(.evStatus, e.actor, e.fromStatus.map(l10n.status) ?? "?", e.toStatus.map(l10n.status) ?? "?"), .event)
        case .escalated:
            var head: String
            if e.toTier == .external {
                head = l10n(.evEscalatedExternal, e.actor, e.externalName ?? "", "")
            } else {
                head = l10n(.evEscalated, e.actor, e.fromTier.map(l10n.tier) ?? "?", e.toTier.map(l10n.tier) ?? "?")
            }
            if let area = e.area, !area.isEmpty { head += " · \(area)" }
            if let assignee = e.assignee { head += " → \(assignee)" }
            var out = line("▲ " + head, .escalated)
            out += labelled(l10n(.handoffReason), e.reason, width: width)
            out += labelled(l10n(.handoffTried), e.tried, width: width)
            out += labelled(l10n(.handoffNote), e.text, width: width)
            return out
        case .deescalated:
            let head = l10n(.evDeescalated, e.actor, e.fromTier.map(l10n.tier) ?? "?", e.toTier.map(l10n.tier) ?? "?")
            return line("↩ " + head, .sentBack) + body(e.text, bar: "┃", role: .sentBack)
        case .kbLinked: return line(l10n(.evKbLinked, e.actor, articleLabel(e.articleID, articleNames)), .event)
        case .kbViewed: return line(l10n(.evKbViewed, e.actor, articleLabel(e.articleID, articleNames)), .event)
        case .resolved:
            let head = l10n(.evResolved, e.actor) + (e.firstContact == true ? l10n(.evFirstContact) : "")
            return line("✓ " + head, .success) + body(e.text, bar: "│", role: .success)
        case .reopened: return line(l10n(.evReopened, e.actor), .event) + body(e.text, bar: "│", role: .event)
        case .closed: return line(l10n(.evClosed, e.actor) + (e.csat.map { l10n(.evCsat, "\($0)") } ?? ""), .event)
        case .slaAtRisk: return line(l10n(.evSlaAtRisk), .atRisk)
        case .slaBreached: return line(l10n(.evSlaBreached), .breached)
        }
    }

    /// An event's first line: the time, then the text wrapped under itself. Cut at the edge
    /// instead, a long article title pushed the actor off ("… read by" with no name).
    static func head(_ stamp: String, _ text: String, _ role: StyleRole, width: Int) -> [StyledLine] {
        let indent = String(repeating: " ", count: stamp.displayWidth)
        let parts = TextFitting.wrap(text.sanitized(.singleLine), width: max(1, width - stamp.displayWidth))
        return parts.enumerated().map { index, part in StyledLine([(index == 0 ? stamp : indent, .dim), (part, role)]) }
    }

    static func labelled(_ label: String, _ text: String?, width: Int) -> [StyledLine] {
        guard let text, !text.isEmpty else { return [] }
        let prefix = "   \(label): "
        var lines = StyledLine.wrapped(text, width: width, prefix: String(repeating: " ", count: prefix.displayWidth), prefixRole: .handoff, role: .handoff)
        if !lines.isEmpty { lines[0].segments[0] = (prefix, .label) }
        return lines
    }

    /// `KB-PWD-EN Reset a domain password` when the article is known, else `KB-5`; titles are
    /// untrusted text.
    static func articleLabel(_ id: Int64?, _ names: [Int64: String]) -> String {
        guard let id else { return "?" }
        return names[id].map { TextFitting.truncate($0.sanitized(.singleLine), toWidth: 48) } ?? "KB-\(id)"
    }
}
