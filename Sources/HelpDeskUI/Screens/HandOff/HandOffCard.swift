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

    /// `KB read: KB-3 · KB-7`, or nothing when no article was consulted.
    static func articleLines(_ handOff: HandOff, width: Int, l10n: Localizer) -> [StyledLine] {
        guard !handOff.articlesConsulted.isEmpty else { return [] }
        let list = handOff.articlesConsulted.map { "KB-\($0)" }.joined(separator: " · ")
        return Array(TicketTimeline.labelled(l10n(.handoffArticles), list, width: width).prefix(1))
    }
}
