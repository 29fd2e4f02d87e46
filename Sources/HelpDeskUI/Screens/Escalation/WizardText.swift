import HelpDeskCore
import TerminalKit

/// Wording of the wizard's pieces in the technician's language.
enum WizardText {
    /// A checklist item as shown and as written into the hand-off.
    static func describe(_ item: TriedItem, l10n: Localizer) -> String {
        switch item.kind {
        case .article(_, let reference, let title):
            title.map { l10n(.triedArticle, reference, TriedItem.firstLine($0, limit: 50)) } ?? reference
        case .reply(let text): l10n(.triedReply, TriedItem.firstLine(text, limit: 60))
        case .note(let text): l10n(.triedNote, TriedItem.firstLine(text, limit: 60))
        }
    }

    static func stepTitle(_ step: EscalationWizard.Step, l10n: Localizer) -> String {
        switch step {
        case .target: l10n(.stepTarget)
        case .area: l10n(.stepArea)
        case .reason: l10n(.stepReason)
        case .tried: l10n(.stepTried)
        case .confirm: l10n(.stepConfirm)
        }
    }

    static func target(_ option: EscalationWizard.TargetOption, l10n: Localizer) -> String {
        switch option {
        case .tier(let tier): l10n.tier(tier)
        case .vendor: l10n(.targetVendor)
        case .department: l10n(.targetDepartment)
        }
    }

    static func problem(_ problem: EscalationProblem, l10n: Localizer) -> String {
        if let text = problem.text {
            return l10n.shortText(text, label: problem.field == .externalName ? l10n(.wizardExternalName) : l10n(.stepArea))
        }
        return switch problem.field {
        case .externalName: l10n(.problemExternalName)
        case .area: l10n(.problemArea)
        case .reason: l10n(.problemReason)
        case .tried: l10n(.problemTried)
        }
    }
}
