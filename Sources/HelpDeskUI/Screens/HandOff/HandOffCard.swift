import HelpDeskCore
import TerminalKit

/// The parts of the hand-off card that come from the ticket's history rather than the
/// escalation event: time spent in the previous tier (for the title) and the KB articles
/// consulted there (one line). Kept apart from the detail's drawing so the tier work stays in
/// its own files.
enum HandOffCard {
    /// ` · 1h03 in L1`, appended to the card's title.
    static func titleSuffix(_ handOff: HandOff, l10n: Localizer) -> String {
        let tier = handOff.escalation.fromTier.map(l10n.tier) ?? "?"
        return " · " + l10n(.handoffTimeIn, HandOff.compactDuration(handOff.timeInPreviousTier), tier)
    }

    /// `KB read: KB-VPN-ES VPN: "authentication failed"… · KB-7`, or nothing when no article
    /// was consulted; `names` holds reference and title (untrusted text, sanitised here), and an
    /// article that is gone keeps its bare id.
    static func articleLines(_ handOff: HandOff, names: [Int64: String] = [:], width: Int, l10n: Localizer) -> [StyledLine] {
        guard !handOff.articlesConsulted.isEmpty else { return [] }
        let each = handOff.articlesConsulted.count == 1 ? width : max(16, width / handOff.articlesConsulted.count - 3)
        let list = handOff.articlesConsulted.map { id in
            names[id].map { TextFitting.truncate($0.sanitized(.singleLine), toWidth: each) } ?? "KB-\(id)"
        }.joined(separator: " · ")
        return Array(TicketTimeline.labelled(l10n(.handoffArticles), list, width: width).prefix(1))
    }
}
