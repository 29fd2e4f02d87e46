import Foundation

/// The escalation wizard as a pure state machine (ARCHITECTURE.md): the UI turns keys into
/// ``EscalationWizard/Event``s and draws the state; every rule lives here and is tested with
/// tables of cases. Steps: target → area → reason → what was tried → confirm.
public struct EscalationWizard: Sendable, Equatable {
    public enum Step: Int, CaseIterable, Sendable, Comparable {
        case target, area, reason, tried, confirm
        public static func < (a: Step, b: Step) -> Bool { a.rawValue < b.rawValue }
    }

    /// A place the ticket can go from its current tier.
    public enum TargetOption: Sendable, Equatable {
        case tier(Tier)
        case vendor
        case department
    }

    public enum Event: Sendable, Equatable {
        case chooseTarget(Int)
        case setExternalName(String)
        case setArea(String)
        case setReason(String)
        case toggle(Int)
        case setTriedText(String)
        case setUrgencyNote(String)
        /// Enter: validate this step and go on; on the confirm step, finish.
        case next
        /// Esc: one step back; on the first step, cancel.
        case back
    }

    public enum Outcome: Sendable, Equatable {
        case none
        case cancelled
        case confirmed(Escalation)
    }

    public let ticketID: Int64
    public let fromTier: Tier
    public let targets: [TargetOption]
    /// Areas offered on the area step (the specialists' areas); free text is allowed too.
    public let areas: [String]
    public private(set) var step: Step = .target
    /// Steps validated on the way forward (the indicator's ✓).
    public private(set) var completed: Set<Step> = []
    public private(set) var targetIndex = 0
    public private(set) var externalName = ""
    public private(set) var area: String
    public private(set) var reason = ""
    public private(set) var checklist: [TriedItem]
    public private(set) var triedText = ""
    public private(set) var urgencyNote = ""
    /// The last validation failure: which field, and the step the UI must show for it.
    public private(set) var problem: EscalationProblem?

    /// Starts a wizard for a ticket at `tier`; nil when there is nowhere higher to go.
    public init?(ticketID: Int64, tier: Tier, area: String?, areas: [String], checklist: [TriedItem]) {
        var targets: [TargetOption] = []
        var next = tier.next
        while let t = next { targets.append(.tier(t)); next = t.next }
        if tier != .external { targets += [.vendor, .department] }
        guard !targets.isEmpty else { return nil }
        self.ticketID = ticketID
        self.fromTier = tier
        self.targets = targets
        self.areas = areas
        self.area = area ?? ""
        self.checklist = checklist
    }

    public var target: TargetOption { targets[targetIndex] }
    public var isExternal: Bool { target == .vendor || target == .department }

    /// True once the technician has typed or changed anything, so cancelling must ask first.
    public var hasInput: Bool {
        targetIndex != 0 || !externalName.isBlank || !reason.isBlank || !triedText.isBlank || !urgencyNote.isBlank
            || checklist.contains { !$0.checked && $0.kind.isDefaultChecked } || checklist.contains { $0.checked && !$0.kind.isDefaultChecked }
    }

    public mutating func send(_ event: Event) -> Outcome {
        switch event {
        case .chooseTarget(let index):
            guard targets.indices.contains(index) else { return .none }
            targetIndex = index
            clearProblem(.target)
        case .setExternalName(let text):
            externalName = text
            clearProblem(.target)
            flagText(FieldLimits.externalName, text, as: .externalName)
        case .setArea(let text):
            area = text
            clearProblem(.area)
            flagText(FieldLimits.area, text, as: .area)
        case .setReason(let text): reason = text; clearProblem(.reason)
        case .toggle(let index):
            guard checklist.indices.contains(index) else { return .none }
            checklist[index].checked.toggle()
            clearProblem(.tried)
        case .setTriedText(let text): triedText = text; clearProblem(.tried)
        case .setUrgencyNote(let text): urgencyNote = text
        case .back:
            problem = nil
            guard let previous = Step(rawValue: step.rawValue - 1) else { return .cancelled }
            step = previous
        case .next:
            return advance()
        }
        return .none
    }

    private mutating func advance() -> Outcome {
        if step == .confirm {
            // Everything again: an earlier answer may have been emptied since (it cannot here,
            // but a refusal from the store sends the technician back the same way).
            for s in Step.allCases where s != .confirm {
                if let failure = validate(s) { fail(failure); return .none }
            }
            completed.insert(.confirm)
            return .confirmed(escalation())
        }
        if let failure = validate(step) { fail(failure); return .none }
        completed.insert(step)
        problem = nil
        step = Step(rawValue: step.rawValue + 1) ?? .confirm
        return .none
    }

    private mutating func fail(_ failure: EscalationProblem) {
        problem = failure
        step = failure.step
        completed.remove(failure.step)
    }

    private mutating func clearProblem(_ s: Step) {
        if problem?.step == s { problem = nil }
    }

    /// Typing past a short field's limit (or a control character pasted into it) is flagged at
    /// once, on the step being typed; the text is kept as typed.
    private mutating func flagText(_ rule: ShortTextField, _ text: String, as field: EscalationProblem.Field) {
        if let error = rule.problem(in: text) { problem = EscalationProblem(field: field, text: error) }
    }

    /// Puts a refusal from the workflow (``WorkflowError/missingField``) on its step.
    public mutating func reject(field: String, message: String) {
        let f = EscalationProblem.Field(workflowField: field)
        fail(EscalationProblem(field: f, message: message))
    }

    /// Puts a refused short field from the workflow (``WorkflowError/invalidText``) on its step.
    public mutating func reject(_ error: ShortTextError) {
        fail(EscalationProblem(field: EscalationProblem.Field(workflowField: error.field.name), text: error))
    }

    /// The first missing or refused field of `step`, or nil when it is complete.
    public func validate(_ step: Step) -> EscalationProblem? {
        switch step {
        case .target where isExternal && externalName.isBlank:
            EscalationProblem(field: .externalName, message: "an escalation to a \(target == .vendor ? "vendor" : "department") needs its name")
        case .target where isExternal:
            FieldLimits.externalName.problem(in: externalName).map { EscalationProblem(field: .externalName, text: $0) }
        case .area where !isExternal && area.isBlank:
            EscalationProblem(field: .area, message: "choose the area, so the right specialist receives it")
        case .area:
            FieldLimits.area.problem(in: area).map { EscalationProblem(field: .area, text: $0) }
        case .reason where reason.isBlank:
            EscalationProblem(field: .reason, message: "say why the ticket needs the next tier")
        case .tried where !checklist.contains(where: \.checked) && triedText.isBlank:
            EscalationProblem(field: .tried, message: "tick or write at least one thing already tried")
        default:
            nil
        }
    }

    /// The ticked items in the order they happened, then the free text.
    public func triedSummary(describe: (TriedItem) -> String = TriedItem.plainDescription) -> String {
        var parts = checklist.filter(\.checked).map(describe)
        if !triedText.isBlank { parts.append(triedText.trimmed) }
        return parts.joined(separator: " · ")
    }

    /// The escalation for ``Workflow``; the store fills in the assignee (auto-assignment).
    public func escalation(describe: (TriedItem) -> String = TriedItem.plainDescription) -> Escalation {
        let name = externalName.trimmed
        let target: EscalationTarget = switch self.target {
        case .tier(let tier): .tier(tier)
        case .vendor: .external(kind: "vendor", name: name)
        case .department: .external(kind: "department", name: name)
        }
        let area = area.trimmed
        return Escalation(target: target, area: area.isEmpty ? nil : area.lowercased(), reason: reason.trimmed,
                          tried: triedSummary(describe: describe), urgencyNote: urgencyNote.isBlank ? nil : urgencyNote.trimmed)
    }
}

/// A missing answer: which field, with a sentence for the technician, and the step to go back to.
public struct EscalationProblem: Sendable, Equatable {
    public enum Field: String, Sendable, Equatable {
        case externalName, area, reason, tried

        /// The wizard step that asks for this field.
        public var step: EscalationWizard.Step {
            switch self {
            case .externalName: .target
            case .area: .area
            case .reason: .reason
            case .tried: .tried
            }
        }

        /// The workflow's field names (``WorkflowError/field``) to the wizard's.
        init(workflowField: String) {
            switch workflowField {
            case "name", FieldLimits.externalName.name: self = .externalName
            case "area", FieldLimits.area.name: self = .area
            case "tried": self = .tried
            default: self = .reason
            }
        }
    }

    public var field: Field
    public var message: String
    /// Set when the field was typed but refused (too long, a control character...), rather
    /// than left empty; the UI words it from this.
    public var text: ShortTextError?
    public var step: EscalationWizard.Step { field.step }

    public init(field: Field, message: String) {
        self.field = field
        self.message = message
    }

    public init(field: Field, text: ShortTextError) {
        self.field = field
        self.message = text.description
        self.text = text
    }
}

extension TriedItem.Kind {
    var isDefaultChecked: Bool {
        if case .note = self { return false }
        return true
    }
}

extension TriedItem {
    /// A language-neutral description for the hand-off (`KB-41 “title”`, the reply's first line).
    public static func plainDescription(_ item: TriedItem) -> String {
        switch item.kind {
        case .article(_, let reference, let title):
            title.map { "\(reference) “\($0)”" } ?? reference
        case .reply(let text), .note(let text):
            firstLine(text, limit: 80)
        }
    }

    /// The first line of a text, shortened to `limit` characters with an ellipsis.
    public static func firstLine(_ text: String, limit: Int) -> String {
        let line = text.trimmed.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
        return line.count > limit ? String(line.prefix(limit - 1)) + "…" : line
    }
}
