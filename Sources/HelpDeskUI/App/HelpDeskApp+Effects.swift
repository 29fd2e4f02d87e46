import Foundation
import HelpDeskCore
import TerminalKit

/// Executing what screens ask for: repository calls, navigation, toasts, the external editor.
extension HelpDeskApp {
    func run(_ effects: [Effect]) {
        for effect in effects { run(effect) }
    }

    func run(_ effect: Effect) {
        let l10n = context.l10n
        switch effect {
        case .perform(let action, let id, let version):
            performOnRepository(action, ticketID: id, expectedVersion: version)
        case .openTicket(let id):
            open(ticketID: id)
        case .push(let screen):
            push(screen)
        case .createTicket(let new, let then):
            createTicket(new, then: then)
        case .back:
            guard stack.count > 1 else { return }
            stack.removeLast()
            layoutTop()
            reloadTop(refresh: true)
        case .reload:
            reloadTop(refresh: false)
        case .toast(let text, let kind):
            showToast(text, kind)
        case .editExternally(let initial):
            let editor = configuration.editor
            do {
                let edited = try terminal.withSuspended { try editor.edit(initial) }
                send(.edited(edited))
            } catch {
                showToast(l10n(.toastEditorFailed, "\(error)"), .error)
                send(.edited(nil))
            }
        case .recordSearchGap(let query, let lang):
            // The outcome only matters to a debugger: a locked file must not disturb the technician.
            _ = configuration.knowledgeBase?.recordSearchGap(query: query, lang: lang, agent: configuration.agent.login,
                                                             now: configuration.clock())
        case .draftArticle(let ticketID):
            draftArticle(fromTicket: ticketID)
        case .quit:
            isRunning = false
        }
    }

    /// Pushes a ticket's detail, or says there is no such ticket.
    func open(ticketID id: Int64) {
        var screen: any Screen = TicketDetailScreen(ticketID: id)
        screen.layout(area: bodyArea)
        do {
            try screen.load(from: repository, context: context, refresh: true)
            stack.append(screen)
        } catch {
            showToast(context.l10n(.toastNotFound, "\(id)"), .error)
        }
    }

    func performOnRepository(_ action: TicketAction, ticketID: Int64, expectedVersion: Int?) {
        let l10n = context.l10n
        do {
            let ticket = try repository.perform(action, on: ticketID, expectedVersion: expectedVersion,
                                                by: configuration.agent, now: configuration.clock())
            showToast(successMessage(action, ticket: ticket, l10n: l10n), .success)
            send(.performed(.done(ticket)))
        } catch {
            switch configuration.classify(error) {
            case .conflict:
                showToast(l10n(.toastConflict, "\(ticketID)"), .error)
                send(.performed(.conflict))
            case .refused(let refusal):
                showToast(l10n(.toastRefused, refusal.description), .error)
                // The field of a missing value or of a refused short text (``WorkflowError/field``).
                send(.performed(.refused(message: refusal.description, field: refusal.field)))
            case .other(let message):
                showToast(l10n(.toastError, message), .error)
                send(.performed(.failed(message)))
            }
        }
        // Every outcome reloads: after a conflict the technician must see the other change.
        changeToken = try? repository.changeToken()
        reloadTop(refresh: true)
    }

    func successMessage(_ action: TicketAction, ticket: Ticket, l10n: Localizer) -> String {
        let id = "\(ticket.id)"
        switch action {
        case .take: return l10n(.toastTaken, id)
        case .assign(let agent): return l10n(.toastAssigned, id, agent.login)
        case .reply: return l10n(.toastReplied, id)
        case .note: return l10n(.toastNoted, id)
        case .changeStatus: return l10n(.toastStatus, id, l10n.status(ticket.status))
        case .escalate: return l10n(.toastEscalated, id, ticket.externalName ?? l10n.tier(ticket.tier))
        case .deescalate: return l10n(.toastSentBack, id, l10n.tier(ticket.tier))
        case .resolve: return l10n(.toastResolved, id)
        case .reopen: return l10n(.toastReopened, id)
        case .close: return l10n(.toastClosed, id)
        case .linkArticle: return l10n(.toastArticleLinked, id)
        case .viewArticle: return l10n(.toastUpdated, id)
        }
    }

    /// Loads the visible screen's data; a failure becomes a toast and leaves the old data shown.
    func reloadTop(refresh: Bool) {
        guard !stack.isEmpty else { return }
        var screen = stack.removeLast()
        do {
            try screen.load(from: repository, context: context, refresh: refresh)
        } catch let error as StoreLookupError {
            showToast(context.l10n(.toastError, error.description), .error)
        } catch {
            if case .other(let message) = configuration.classify(error) {
                showToast(context.l10n(.toastError, message), .error)
            } else {
                showToast(context.l10n(.toastError, "\(error)"), .error)
            }
        }
        stack.append(screen)
    }

    func layoutTop() {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].layout(area: bodyArea)
    }
}
