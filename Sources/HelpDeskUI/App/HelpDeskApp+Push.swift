import Foundation
import HelpDeskCore

/// Pushing screens other than the detail, and logging tickets from the intake form.
extension HelpDeskApp {
    /// Lays out and loads `screen`, then shows it; a failed load stays on the current screen.
    func push(_ screen: any Screen) {
        var screen = screen
        screen.layout(area: bodyArea)
        do {
            try screen.load(from: repository, context: context, refresh: true)
            stack.append(screen)
        } catch let unavailable as WizardUnavailable {
            showToast(context.l10n(.wizardNowhere, "\(unavailable.ticketID)"), .error)
        } catch {
            showToast(context.l10n(.toastError, describe(error)), .error)
        }
    }

    /// Creates the ticket, then applies the follow-up actions one by one. A refusal of the
    /// ticket itself goes back to the form with its field; once the ticket exists the result
    /// is `.done`, even if a follow-up failed (that one is reported in a toast), so the form
    /// never logs the same call twice.
    func createTicket(_ new: NewTicket, then actions: [TicketAction]) {
        let agent = configuration.agent
        var ticket: Ticket
        do {
            ticket = try repository.createTicket(new, by: agent, now: configuration.clock())
        } catch {
            report(error, ticketID: nil)
            return
        }
        for action in actions {
            do {
                ticket = try repository.perform(action, on: ticket.id, expectedVersion: nil, by: agent, now: configuration.clock())
            } catch {
                showToast(context.l10n(.toastError, describe(error)), .error)
                break
            }
        }
        changeToken = try? repository.changeToken()
        send(.performed(.done(ticket)))
    }

    private func report(_ error: any Error, ticketID: Int64?) {
        let l10n = context.l10n
        switch configuration.classify(error) {
        case .refused(let refusal):
            showToast(l10n(.toastRefused, refusal.description), .error)
            // The field of a missing value or of a refused short text (``WorkflowError/field``).
            send(.performed(.refused(message: refusal.description, field: refusal.field)))
        case .conflict:
            showToast(l10n(.toastConflict, ticketID.map { "\($0)" } ?? "?"), .error)
            send(.performed(.conflict))
        case .other(let message):
            showToast(l10n(.toastError, message), .error)
            send(.performed(.failed(message)))
        }
    }

    func describe(_ error: any Error) -> String {
        if case .other(let message) = configuration.classify(error) { return message }
        return "\(error)"
    }
}
