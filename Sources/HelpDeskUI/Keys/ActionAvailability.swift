import HelpDeskCore

/// The "why is this disabled now" rules shared by ticket actions. Permission refusals come
/// from the core's ``Permissions`` so the UI and the CLI say the same sentence.
enum ActionAvailability {
    static func needsTicket(_ context: ActionContext) -> String? {
        context.ticket == nil ? "no ticket selected" : nil
    }

    static func needsForm(_ context: ActionContext) -> String? {
        context.inForm ? nil : "only in forms"
    }

    /// A reason if `action` may not be applied to the selected ticket by the current agent.
    static func ticket(_ context: ActionContext, _ makeAction: (Ticket, Agent) -> TicketAction, requireActive: Bool = true,
                       extra: (Ticket, Agent?) -> String? = { _, _ in nil }) -> String? {
        guard let ticket = context.ticket else { return "no ticket selected" }
        if requireActive, !ticket.status.isActive {
            return "#\(ticket.id) is \(ticket.status.rawValue); reopen it first (s)"
        }
        if let reason = extra(ticket, context.agent) { return reason }
        guard let agent = context.agent else { return nil }
        do {
            try Permissions.check(makeAction(ticket, agent), on: ticket, by: agent)
            return nil
        } catch {
            return error.description
        }
    }

    static func take(_ context: ActionContext) -> String? {
        ticket(context, { _, _ in .take }) { ticket, agent in
            ticket.assignee != nil && ticket.assignee == agent?.login ? "#\(ticket.id) is already yours" : nil
        }
    }

    static func escalate(_ context: ActionContext) -> String? {
        ticket(context, { ticket, _ in
            .escalate(Escalation(target: .tier(ticket.tier.next ?? .l3), reason: "", tried: ""))
        }) { ticket, _ in
            ticket.tier == .external ? "#\(ticket.id) is already with \(ticket.externalName ?? "an external party")" : nil
        }
    }

    static func sendBack(_ context: ActionContext) -> String? {
        ticket(context, { _, _ in .deescalate(note: "") }) { ticket, _ in
            ticket.tier == .l1 ? "#\(ticket.id) is in the L1 queue: there is no lower tier" : nil
        }
    }

    static func resolve(_ context: ActionContext) -> String? {
        ticket(context, { _, _ in .resolve(resolution: nil, articleID: nil) })
    }

    static func assign(_ context: ActionContext) -> String? {
        ticket(context, { _, agent in .assign(to: agent) })
    }

    static func status(_ context: ActionContext) -> String? {
        ticket(context, { _, _ in .changeStatus(.open) }, requireActive: false)
    }

    /// `K`: the core's rule (L2, L3 and supervisors; resolved or closed tickets), the same
    /// sentence `kb draft-from-ticket` prints.
    static func draftArticle(_ context: ActionContext) -> String? {
        guard let ticket = context.ticket else { return "no ticket selected" }
        guard let agent = context.agent else { return nil }
        return TicketArticleDraft.refusal(ticket: ticket, by: agent)?.description
    }
}
