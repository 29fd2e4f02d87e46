import HelpDeskCore
import TerminalKit

/// The tier queues' area filter (`A`): specialists work the areas they cover, so the L2 and L3
/// queues can be narrowed to one of them. The L1 queue, where areas are not yet decided, and
/// agents without areas do not offer it.
extension TicketQueueScreen {
    static let areaKey = Key.character("A")

    /// The areas `A` cycles through: the agent's own, in the order they were given.
    func areaChoices(_ context: ScreenContext) -> [String] {
        guard tier == .l2 || tier == .l3 else { return [] }
        return context.agent.areas.map { $0.lowercased() }
    }

    func areaKeys(_ context: ScreenContext) -> [LocalKey] {
        areaChoices(context).isEmpty ? [] : [LocalKey(key: Self.areaKey, title: context.l10n(.keyArea))]
    }

    /// Every area → the first of the agent's areas → ... → the last → every area again.
    mutating func cycleArea(_ context: ScreenContext) -> [Effect] {
        let choices = areaChoices(context)
        guard !choices.isEmpty else { return [] }
        let next: String? = switch areaFilter.flatMap({ choices.firstIndex(of: $0) }) {
        case nil: choices[0]
        case let index? where index + 1 < choices.count: choices[index + 1]
        default: nil
        }
        areaFilter = next
        needsReset = true
        let l10n = context.l10n
        return [.reload, .toast(l10n(.toastArea, next ?? l10n(.allAreas)), .info)]
    }
}
