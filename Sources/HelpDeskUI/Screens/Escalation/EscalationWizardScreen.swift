import Foundation
import HelpDeskCore
import TerminalKit

/// The escalation wizard (`e`): one step per page, keyboard only. Every rule is in the core's
/// ``EscalationWizard``; this screen only keeps the text inputs and list cursors, turns keys
/// into the wizard's events and draws its state.
public struct EscalationWizardScreen: Screen {
    public let ticketID: Int64
    public private(set) var ticket: Ticket?
    public private(set) var events: [TicketEvent] = []
    public private(set) var wizard: EscalationWizard?
    /// Which part of the step has the keyboard: 0 is the step's list (or only field), 1 the text field.
    public private(set) var focus = 0
    /// Cursor in the step's list (targets, areas, checklist).
    public private(set) var listCursor = 0
    var externalName = TextInput()
    var otherArea = TextInput()
    var reason = TextInput()
    var tried = TextInput()
    var urgency = TextInput()
    /// Asking "discard this escalation?" after Esc on the first step with something typed.
    public private(set) var confirmingCancel = false
    /// The escalation sent to the store, waiting for its result (keys are ignored meanwhile).
    var submitted = false

    public init(ticketID: Int64) {
        self.ticketID = ticketID
    }

    /// The wizard as a signal interrupted it: texts, choices (target, area, ticked checklist
    /// items) and step are handed to the core's wizard once it exists (on load), which replays
    /// the steps up to the saved one; a step that no longer validates stops it there, showing why.
    public init(ticketID: Int64, restoring draft: Draft) {
        self.ticketID = ticketID
        externalName = TextInput(draft["external"])
        otherArea = TextInput(draft["area"])
        reason = TextInput(draft["reason"])
        tried = TextInput(draft["tried"])
        urgency = TextInput(draft["urgency"])
        restoredChoices = draft.fields
    }

    /// The draft's fields when restoring, until ``load`` has applied them.
    private var restoredChoices: [String: String]?

    /// Nothing is kept once the escalation has been sent.
    public var draft: Draft? {
        guard !submitted else { return nil }
        var choices: [String: String] = [:]
        if let wizard {
            choices = ["step": "\(wizard.step.rawValue)", "target": "\(wizard.targetIndex)", "chosenArea": wizard.area,
                       "checked": wizard.checklist.indices.filter { wizard.checklist[$0].checked }.map(String.init).joined(separator: ",")]
        }
        return Draft.typed(.escalation, ticketID: ticketID, text: [
            "reason": reason.text, "tried": tried.text, "urgency": urgency.text, "external": externalName.text, "area": otherArea.text,
        ], choices: choices)
    }

    public var name: String { ScreenName.escalation }
    public var actionTicket: Ticket? { ticket }
    public var wantsRawKeys: Bool { true }

    public func title(_ context: ScreenContext) -> String { context.l10n(.wizardTitle, "\(ticketID)") }

    /// The status bar's keys: the generic form keys said "Ctrl-S save  Esc cancel", but Ctrl-S
    /// and Enter go to the next step and Esc goes back one (it cancels only on the first).
    public func typingKeys(_ context: ScreenContext) -> [LocalKey]? {
        let l10n = context.l10n
        let step = wizard?.step ?? .target
        var keys = [LocalKey(key: .enter, title: l10n.actionTitle(step == .confirm ? Act.escalate : Act.formConfirm))]
        if step == .tried { keys.append(LocalKey(key: .space, title: l10n.actionTitle(Act.formToggle))) }
        keys.append(LocalKey(key: .escape, title: l10n.actionTitle(step == .target ? Act.formCancel : Act.back)))
        return keys
    }
    public func disabledReason(_ action: ActionID, _ context: ScreenContext) -> String? { nil }

    public mutating func load(from repository: any HelpDeskRepository, context: ScreenContext, refresh: Bool) throws {
        guard let fresh = try repository.ticket(id: ticketID) else { throw StoreLookupError.ticketNotFound(ticketID) }
        ticket = fresh
        events = try repository.events(ticketID: ticketID)
        guard wizard == nil else { return }
        // The checklist names articles by reference and title; the history only has their ids.
        var labels: [Int64: ArticleLabel] = [:]
        if let kb = repository as? any KnowledgeBasePort {
            for id in TriedChecklist.articleIDs(in: events) {
                if let article = try kb.article(id: id) {
                    labels[id] = ArticleLabel(reference: article.externalID ?? "KB-\(id)", title: article.title)
                }
            }
        }
        let specialists = try repository.agents().filter { $0.role == .l2 || $0.role == .l3 }
        var areas = Array(Set(specialists.flatMap { $0.areas.map { $0.lowercased() } })).sorted()
        if let category = fresh.category?.lowercased(), !areas.contains(category) { areas.append(category) }
        wizard = EscalationWizard(ticketID: ticketID, tier: fresh.tier, area: fresh.category, areas: areas,
                                  checklist: TriedChecklist.items(from: events, articles: labels))
        if wizard == nil { throw WizardUnavailable(ticketID: ticketID) }
        // Restored texts (empty on a fresh wizard, where these change nothing).
        if !externalName.isBlank { _ = wizard?.send(.setExternalName(externalName.text)) }
        if !otherArea.isBlank { _ = wizard?.send(.setArea(otherArea.text)) }
        if !reason.isBlank { _ = wizard?.send(.setReason(reason.text)) }
        if !tried.isBlank { _ = wizard?.send(.setTriedText(tried.text)) }
        if !urgency.isBlank { _ = wizard?.send(.setUrgencyNote(urgency.text)) }
        if let category = fresh.category, let index = areas.firstIndex(of: category.lowercased()) {
            areaCursorStart = index
        }
        if let choices = restoredChoices, var restored = wizard {
            restoredChoices = nil
            Self.replay(choices, on: &restored)
            wizard = restored
            enter(restored.step, wizard: restored)
        }
    }

    /// Applies a draft's choices and walks forward to its step, as the keys did.
    static func replay(_ choices: [String: String], on wizard: inout EscalationWizard) {
        if let target = choices["target"].flatMap(Int.init) { _ = wizard.send(.chooseTarget(target)) }
        if let area = choices["chosenArea"], !area.allSatisfy(\.isWhitespace) { _ = wizard.send(.setArea(area)) }
        if let checked = choices["checked"] {
            let wanted = Set(checked.split(separator: ",").compactMap { Int($0) })
            for index in wizard.checklist.indices where wizard.checklist[index].checked != wanted.contains(index) {
                _ = wizard.send(.toggle(index))
            }
        }
        let step = choices["step"].flatMap(Int.init).flatMap(EscalationWizard.Step.init(rawValue:)) ?? .target
        // Never past the confirm step: confirming is the technician's own Enter.
        while wizard.step < step, wizard.problem == nil {
            let before = wizard.step
            _ = wizard.send(.next)
            if wizard.step == before { break }
        }
    }

    /// Where the area list's cursor starts (the ticket's own category when it is a known area).
    var areaCursorStart = 0

    public mutating func handle(_ input: ScreenInput, context: ScreenContext) -> [Effect] {
        guard var wizard else { return [.back] }
        defer { self.wizard = wizard }
        switch input {
        case .performed(let result):
            submitted = false
            switch result {
            case .done(let t):
                let target = t.externalName ?? context.l10n.tier(t.tier)
                let message = t.assignee.map { context.l10n(.wizardEscalatedTo, "\(t.id)", target, $0) }
                    ?? context.l10n(.wizardEscalatedUnassigned, "\(t.id)", target)
                return [.back, .toast(message, .success)]
            case .refused(let message, let field):
                wizard.reject(field: field ?? "reason", message: message)
                enter(wizard.step, wizard: wizard)
            case .conflict, .failed:
                break
            }
            return []
        case .key(let key):
            guard !submitted else { return [] }
            return handleKey(key, wizard: &wizard, context: context)
        case .action, .search, .edited:
            return []
        }
    }

    private mutating func handleKey(_ key: Key, wizard: inout EscalationWizard, context: ScreenContext) -> [Effect] {
        if confirmingCancel {
            confirmingCancel = false
            if [.character("y"), .character("Y"), .character("s"), .character("S")].contains(key) { return [.back] }
            return []
        }
        switch key {
        case .escape:
            if wizard.step == .target {
                if wizard.hasInput { confirmingCancel = true; return [] }
                return [.back]
            }
            _ = wizard.send(.back)
            enter(wizard.step, wizard: wizard)
            return []
        case .enter, .ctrl("s"):
            let before = wizard.step
            let outcome = wizard.send(.next)
            if case .confirmed = outcome, let ticket {
                submitted = true
                // The core's escalation again, with the checklist worded in the technician's language.
                let localised = wizard.escalation { WizardText.describe($0, l10n: context.l10n) }
                return [.perform(.escalate(localised), ticketID: ticket.id, expectedVersion: ticket.version)]
            }
            if wizard.step != before || wizard.problem != nil { enter(wizard.step, wizard: wizard) }
            return []
        case .tab, .backTab:
            focus = hasTextField(wizard) ? 1 - focus : 0
            return []
        default:
            break
        }
        switch wizard.step {
        case .target: targetKey(key, wizard: &wizard)
        case .area: areaKey(key, wizard: &wizard)
        case .reason:
            reason.handle(key)
            _ = wizard.send(.setReason(reason.text))
        case .tried: triedKey(key, wizard: &wizard)
        case .confirm:
            urgency.handle(key)
            _ = wizard.send(.setUrgencyNote(urgency.text))
        }
        return []
    }

    /// Whether the current step has a text field besides its list (Tab switches between them).
    private func hasTextField(_ wizard: EscalationWizard) -> Bool {
        switch wizard.step {
        case .target: wizard.isExternal
        case .tried: !wizard.checklist.isEmpty
        default: false
        }
    }

    /// Puts the focus where a step (or its problem) needs it.
    private mutating func enter(_ step: EscalationWizard.Step, wizard: EscalationWizard) {
        switch step {
        case .target:
            listCursor = wizard.targetIndex
            focus = wizard.problem?.field == .externalName ? 1 : 0
        case .area:
            listCursor = wizard.areas.firstIndex(of: wizard.area.lowercased()) ?? (wizard.area.isEmpty ? areaCursorStart : wizard.areas.count)
            focus = 0
        case .tried:
            listCursor = 0
            focus = wizard.checklist.isEmpty ? 1 : 0
        case .reason, .confirm:
            focus = 0
        }
    }

    private mutating func targetKey(_ key: Key, wizard: inout EscalationWizard) {
        if focus == 1 {
            externalName.handle(key)
            _ = wizard.send(.setExternalName(externalName.text))
            return
        }
        switch key {
        case .up, .character("k"): listCursor = max(0, listCursor - 1)
        case .down, .character("j"): listCursor = min(wizard.targets.count - 1, listCursor + 1)
        default: return
        }
        _ = wizard.send(.chooseTarget(listCursor))
    }

    private mutating func areaKey(_ key: Key, wizard: inout EscalationWizard) {
        let otherRow = wizard.areas.count
        switch key {
        case .up: listCursor = max(0, listCursor - 1)
        case .down: listCursor = min(otherRow, listCursor + 1)
        // On the list j and k move, as on every other list (and the target and checklist steps):
        // typed there, they made an area called "jj" that no specialist has. On the "other
        // area" row they are letters like any other.
        case .character("k") where listCursor < otherRow: listCursor = max(0, listCursor - 1)
        case .character("j") where listCursor < otherRow: listCursor = min(otherRow, listCursor + 1)
        case .character(" ") where listCursor < otherRow: break  // Space chooses the row under the cursor
        default:
            // Other typing goes to the "other area" field, wherever the cursor was.
            guard otherArea.handle(key) == .edited else { return }
            listCursor = otherRow
        }
        _ = wizard.send(.setArea(listCursor < otherRow ? wizard.areas[listCursor] : otherArea.text))
    }

    private mutating func triedKey(_ key: Key, wizard: inout EscalationWizard) {
        if focus == 0, !wizard.checklist.isEmpty {
            switch key {
            case .up, .character("k"): listCursor = max(0, listCursor - 1)
            case .down, .character("j"): listCursor = min(wizard.checklist.count - 1, listCursor + 1)
            case .character(" "): _ = wizard.send(.toggle(listCursor))
            default: break
            }
            return
        }
        tried.handle(key)
        _ = wizard.send(.setTriedText(tried.text))
    }
}

/// The ticket cannot go higher (it is already with a vendor or department).
public struct WizardUnavailable: Error, CustomStringConvertible {
    public var ticketID: Int64
    public var description: String { "#\(ticketID) is already outside the desk; there is no higher tier" }
}
