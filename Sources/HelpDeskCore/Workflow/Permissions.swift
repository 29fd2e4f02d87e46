/// Role rules: who may do what to which ticket. Refusals are sentences that say why.
public enum Permissions {
    public static func check(
        _ action: TicketAction, on t: Ticket, history: [TicketEvent] = [], by actor: Agent
    ) throws(WorkflowError) {
        let who = "\(actor.login) (\(actor.role.rawValue))"
        switch action {
        case .reply, .note, .viewArticle, .reopen:
            return // anyone on the desk may add information or reopen at the requester's call
        default:
            break
        }
        guard actor.role.canWork(t.tier) else {
            throw .notPermitted("\(who) cannot \(action.verb) #\(t.id): it is in the \(t.tier.label) queue")
        }
        if case .assign(let target) = action, !target.role.canWork(t.tier) {
            throw .notPermitted("\(target.login) (\(target.role.rawValue)) cannot work \(t.tier.label) tickets")
        }
        if actor.role.oversees { return }
        switch action {
        case .take:
            if let owner = t.assignee, owner != actor.login, !AutoAssignment.isPending(t, history: history) {
                throw .conflict("#\(t.id) was already taken by \(owner); only a supervisor can reassign it")
            }
        case .assign:
            if let owner = t.assignee, owner != actor.login {
                throw .notPermitted("\(who) cannot reassign #\(t.id): it belongs to \(owner); ask a supervisor")
            }
        case .escalate, .deescalate, .resolve, .changeStatus:
            if let owner = t.assignee, owner != actor.login {
                throw .notPermitted("\(who) cannot \(action.verb) #\(t.id): it is assigned to \(owner)")
            }
        default:
            break
        }
    }
}

/// An escalation's automatic assignment is a proposal until someone acts on it: until the
/// proposed specialist (or a colleague of the same tier) takes the ticket, anyone eligible may.
public enum AutoAssignment {
    public static func isPending(_ t: Ticket, history: [TicketEvent]) -> Bool {
        guard let owner = t.assignee else { return false }
        let last = history.last { [.escalated, .deescalated, .taken, .assigned].contains($0.type) }
        guard let last, last.type == .escalated || last.type == .deescalated else { return false }
        return last.assignee == owner
    }
}
