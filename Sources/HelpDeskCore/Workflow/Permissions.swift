/// Role rules: who may do what to which ticket. Refusals are sentences that say why.
public enum Permissions {
    public static func check(_ action: TicketAction, on t: Ticket, by actor: Agent) throws(WorkflowError) {
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
            if let owner = t.assignee, owner != actor.login {
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
