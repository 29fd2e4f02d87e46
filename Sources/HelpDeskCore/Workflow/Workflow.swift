import Foundation

/// The result of applying an action: the ticket after it and the events to append.
public struct WorkflowOutcome: Sendable, Equatable {
    public var ticket: Ticket
    public var events: [TicketEvent]
}

/// The tier workflow as a pure state machine.
///
/// `apply` never performs I/O: the store loads the ticket and its history, calls this, and
/// writes the outcome in one transaction guarded by the ticket's version. `now` and the actor
/// are always passed in, so every rule can be tested with a table of cases.
public enum Workflow {
    public static func apply(
        _ action: TicketAction, to ticket: Ticket, history: [TicketEvent], by actor: Agent, now: Date
    ) throws(WorkflowError) -> WorkflowOutcome {
        try Permissions.check(action, on: ticket, history: history, by: actor)
        var t = ticket
        var event = TicketEvent(ticketID: ticket.id, type: .note, at: now, actor: actor.login)

        switch action {
        case .take:
            if t.assignee == actor.login, !AutoAssignment.isPending(t, history: history) {
                throw .invalidTransition("#\(t.id) is already yours")
            }
            try requireActive(t, action)
            event.type = .taken
            event.assignee = actor.login
            t.assignee = actor.login
            openIfNew(&t)

        case .assign(let agent):
            try requireActive(t, action)
            if t.assignee == agent.login {
                throw .invalidTransition("#\(t.id) is already assigned to \(agent.login)")
            }
            event.type = .assigned
            event.assignee = agent.login
            t.assignee = agent.login
            openIfNew(&t)

        case .reply(let text):
            event.type = .reply
            event.text = try required(text, field: "text", "a reply needs some text")
            if t.firstResponseAt == nil { t.firstResponseAt = now }
            openIfNew(&t)

        case .note(let text):
            event.type = .note
            event.text = try required(text, field: "text", "a note needs some text")

        case .changeStatus(let status):
            switch status {
            case .resolved:
                return try apply(.resolve(resolution: nil, articleID: nil), to: ticket, history: history, by: actor, now: now)
            case .closed:
                return try apply(.close(csat: nil), to: ticket, history: history, by: actor, now: now)
            case .open where !t.status.isActive:
                return try apply(.reopen(reason: nil), to: ticket, history: history, by: actor, now: now)
            default:
                guard StatusTransitions.isAllowed(from: t.status, to: status) else {
                    throw .invalidTransition("cannot change #\(t.id): \(StatusTransitions.refusal(from: t.status, to: status))")
                }
                event.type = .statusChanged
                event.fromStatus = t.status
                event.toStatus = status
                t.status = status
            }

        case .escalate(let esc):
            try requireActive(t, action)
            let target = esc.target.tier
            guard target > t.tier else {
                throw .invalidTransition("cannot escalate #\(t.id) from \(t.tier.label) to \(target.label): escalation only goes up")
            }
            event.type = .escalated
            event.reason = try required(esc.reason, field: "reason", "an escalation needs a reason (--reason)")
            event.tried = try required(esc.tried, field: "tried", "an escalation needs what was already tried (--tried)")
            if case .external(let kind, let name) = esc.target {
                let name = try shortText(FieldLimits.externalName, name)
                guard !name.isEmpty else {
                    throw .missingField(field: "name", message: "an escalation to a \(kind) needs its name")
                }
                event.externalName = name
                t.externalName = name
                t.returnTier = t.tier
            }
            var area: String?
            if let raw = esc.area {
                let trimmed = try shortText(FieldLimits.area, raw)
                area = trimmed.isEmpty ? nil : trimmed
            }
            event.fromTier = t.tier
            event.toTier = target
            event.area = area
            event.text = esc.urgencyNote.flatMap { $0.isBlank ? nil : $0 }
            event.assignee = esc.assignTo
            if let area { t.category = area }
            t.tier = target
            t.assignee = esc.assignTo
            t.escalationCount += 1
            if t.status == .new { t.status = .open }

        case .deescalate(let note):
            try requireActive(t, action)
            guard t.tier != .l1 else {
                throw .invalidTransition("#\(t.id) is already at L1; there is no lower tier to send it back to")
            }
            event.type = .deescalated
            event.text = try required(note, field: "note", "sending a ticket back needs a coaching note (--note)")
            let target = t.tier == .external ? (t.returnTier ?? .l3) : (t.tier.previous ?? .l1)
            event.fromTier = t.tier
            event.toTier = target
            // It goes back to whoever escalated it out of that tier, so the coaching reaches them.
            let escalator = history.last { $0.type == .escalated && $0.fromTier == target }?.actor
            event.assignee = escalator
            t.tier = target
            t.assignee = escalator
            if target != .external { t.externalName = nil; t.returnTier = nil }

        case .linkArticle(let id), .viewArticle(let id):
            if case .viewArticle = action { event.type = .kbViewed } else { event.type = .kbLinked }
            event.articleID = id

        case .resolve(let resolution, let articleID):
            try requireActive(t, action)
            event.type = .resolved
            event.text = resolution.flatMap { $0.isBlank ? nil : $0 }
            event.articleID = articleID
            let fcr = FirstContact.qualifies(ticket: t, history: history, resolver: actor.login)
            event.firstContact = fcr
            event.fromStatus = t.status
            t.status = .resolved
            t.resolvedAt = now
            t.firstContactResolution = fcr
            if t.firstResponseAt == nil { t.firstResponseAt = now }

        case .reopen(let reason):
            guard !t.status.isActive else {
                throw .invalidTransition("#\(t.id) is \(t.status.rawValue), not resolved or closed; there is nothing to reopen")
            }
            event.type = .reopened
            event.text = reason.flatMap { $0.isBlank ? nil : $0 }
            event.fromStatus = t.status
            t.status = .open
            t.resolvedAt = nil
            t.closedAt = nil
            t.firstContactResolution = false
            // The score rated a resolution that did not hold; the `closed` event keeps it, and
            // the ticket is rated again when it is closed again.
            t.csat = nil

        case .close(let csat):
            guard t.status == .resolved else {
                throw .invalidTransition("cannot close #\(t.id): \(StatusTransitions.refusal(from: t.status, to: .closed))")
            }
            if let csat, !(1...5).contains(csat) {
                throw .invalidValue("CSAT must be between 1 and 5 (got \(csat))")
            }
            event.type = .closed
            event.csat = csat
            t.status = .closed
            t.closedAt = now
            t.csat = csat
        }

        if [.statusChanged, .taken, .assigned].contains(event.type), event.toStatus == nil, t.status != ticket.status {
            event.fromStatus = ticket.status
            event.toStatus = t.status
        }
        try checkLength(event)
        t.updatedAt = now
        t.version = ticket.version + 1
        return WorkflowOutcome(ticket: t, events: [event])
    }

    /// The most text one event may carry: as much as a ticket's description (1 MB), so a pasted
    /// log cannot swamp the history through a reply, a note or a resolution either.
    public static let maxEventTextBytes = NewTicket.maxDescriptionBytes

    private static func checkLength(_ event: TicketEvent) throws(WorkflowError) {
        for (field, text) in [("text", event.text), ("reason", event.reason), ("tried", event.tried)] {
            guard let bytes = text?.utf8.count, bytes > maxEventTextBytes else { continue }
            let name = field == "text" ? "the \(event.type.rawValue) text" : "the \(field)"
            throw .invalidValue("\(name) is \(bytes) bytes; the limit is \(maxEventTextBytes) bytes (1 MB)")
        }
    }

    /// A short field trimmed, or refused as ``WorkflowError/invalidText``.
    private static func shortText(_ field: ShortTextField, _ raw: String) throws(WorkflowError) -> String {
        try field.check(raw).mapError(WorkflowError.invalidText).get()
    }

    private static func requireActive(_ t: Ticket, _ action: TicketAction) throws(WorkflowError) {
        guard t.status.isActive else {
            throw .invalidTransition("cannot \(action.verb) #\(t.id): it is \(t.status.rawValue); reopen it first")
        }
    }

    private static func openIfNew(_ t: inout Ticket) {
        if t.status == .new { t.status = .open }
    }

    private static func required(_ text: String, field: String, _ message: String) throws(WorkflowError) -> String {
        let trimmed = text.trimmed
        guard !trimmed.isEmpty else { throw .missingField(field: field, message: message) }
        return trimmed
    }
}
